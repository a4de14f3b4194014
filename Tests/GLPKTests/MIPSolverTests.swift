// Branch-and-cut on models with known optima, infeasible and unbounded models, limits and gaps.
import GLPK
import SolverControl
import Testing

@Suite struct MIPSolverTests {
    @Test func knapsackReachesTheKnownOptimum() throws {
        let model = TestModels.knapsack()
        let solution = try model.solve()
        let dynamicProgramming = TestModels.knapsackByDynamicProgramming(
            weights: TestModels.knapsackWeights, profits: TestModels.knapsackProfits,
            capacity: TestModels.knapsackCapacity)
        #expect(dynamicProgramming == 309)
        #expect(solution.status == .optimal)
        #expect(solution.stopReason == .finished)
        #expect(solution.objective == 309)
        #expect(solution.bound == 309)
        #expect(solution.gap == 0)
        #expect(solution.values.map { $0.rounded() } == [1, 1, 1, 1, 0, 1, 0, 0, 0, 0])
        #expect(model.violations(in: solution.values).isEmpty)
    }

    @Test(arguments: [true, false])
    func facilityLocationMatchesEnumeration(presolve: Bool) throws {
        let instance = TestModels.FacilityLocation(facilities: 7, customers: 25, seed: 11)
        let (model, open) = instance.model()
        let solution = try model.solve(SolveOptions(presolve: presolve, cuts: .all))
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective! - instance.optimumByEnumeration()) < 1e-6)
        #expect(model.violations(in: solution.values).isEmpty)
        #expect(open.contains { solution[$0] > 0.5 })
    }

    @Test func infeasibleMIPIsReportedNotThrown() throws {
        var model = Model()
        let x = model.addVariable(kind: .integer, lower: 0, upper: 10)
        let y = model.addVariable(kind: .integer, lower: 0, upper: 10)
        model.addConstraint([(x, 2), (y, 2)], .equal(7))  // even = odd
        for presolve in [true, false] {
            let solution = try model.solve(SolveOptions(presolve: presolve))
            #expect(solution.status == .infeasible)
            #expect(solution.stopReason == .finished)
            #expect(solution.objective == nil && solution.values.isEmpty && solution.bound == nil)
        }
    }

    @Test func unboundedMIPIsReportedNotThrown() throws {
        var model = Model(direction: .maximize)
        let x = model.addVariable(kind: .integer, objective: 1)
        let y = model.addVariable(kind: .integer, upper: 4, objective: 1)
        model.addConstraint([(x, 1), (y, -1)], .greaterOrEqual(1))
        for presolve in [true, false] {
            let solution = try model.solve(SolveOptions(presolve: presolve))
            #expect(solution.status == .unbounded)
            #expect(solution.objective == nil)
        }
    }

    @Test func integerInfeasibleWithUnboundedRelaxationIsInfeasible() throws {
        // z grows without limit in the relaxation, but 3x - 3y = 1 has no integer solution.
        var model = Model(direction: .maximize)
        let x = model.addVariable(kind: .integer, upper: 10)
        let y = model.addVariable(kind: .integer, upper: 10)
        let z = model.addVariable(objective: 1)
        model.addConstraint([(x, 3), (y, -3)], .equal(1))
        model.addConstraint([(z, 1), (x, -1)], .greaterOrEqual(0))
        for presolve in [true, false] {
            #expect(try model.solve(SolveOptions(presolve: presolve)).status == .infeasible)
        }
    }

    @Test func timeLimitStopsAHardModelWithItsIncumbent() throws {
        let model = TestModels.marketSplit()
        let solution = try model.solve(SolveOptions(timeLimit: 0.5))
        #expect(solution.status == .feasible)
        #expect(solution.stopReason == .timeLimit)
        let objective = try #require(solution.objective)
        let bound = try #require(solution.bound)
        #expect(bound < objective)  // minimising: the bound is below the incumbent
        #expect(objective >= 4)  // parity: every row needs a slack
        #expect(try #require(solution.gap) > 0)
        #expect(model.violations(in: solution.values).isEmpty)
        #expect(abs(model.objectiveValue(at: solution.values) - objective) < 1e-6)
        #expect(solution.nodes > 1)
    }

    @Test func relativeGapStopsEarlyWithAnHonestGap() throws {
        let model = TestModels.knapsack()
        let solution = try model.solve(SolveOptions(relativeGap: 0.5))
        #expect(solution.stopReason == .finished)
        #expect(solution.status == .feasible || solution.status == .optimal)
        #expect(try #require(solution.gap) <= 0.5)
        #expect(try #require(solution.bound) >= solution.objective!)
        #expect(solution.objective! >= 309 / 1.5)
    }

    @Test func objectiveConstantIsIncluded() throws {
        var model = TestModels.knapsack()
        model.objectiveConstant = 1000
        #expect(try model.solve().objective == 1309)
    }

    @Test func cancelledBeforeStartReturnsNoSolution() throws {
        let token = CancellationToken()
        token.cancel()
        let solution = try TestModels.knapsack().solve(SolveOptions(cancellation: token))
        #expect(solution.status == .noSolution)
        #expect(solution.stopReason == .cancelled)
    }
}

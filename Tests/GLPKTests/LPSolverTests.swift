// The simplex side: statuses of LPs, and duals and reduced costs checked by hand.
import GLPK
import Testing

@Suite struct LPSolverTests {
    /// max 3x + 2y s.t. x + y <= 4, x + 3y <= 9, x <= 3: optimum x = 3, y = 1, objective 11.
    /// By hand: rows 0 and 2 are active; duals solve y0 + y2 = 3, y0 = 2, so y0 = 2, y1 = 0, y2 = 1;
    /// reduced costs of the basic x and y are 0.
    private func tinyLP() -> (Model, x: Variable, y: Variable, rows: [Constraint]) {
        var model = Model(name: "tiny", direction: .maximize)
        let x = model.addVariable(name: "x", objective: 3)
        let y = model.addVariable(name: "y", objective: 2)
        let rows = [
            model.addConstraint([(x, 1), (y, 1)], .lessOrEqual(4), name: "sum"),
            model.addConstraint([(x, 1), (y, 3)], .lessOrEqual(9), name: "mix"),
            model.addConstraint([(x, 1)], .lessOrEqual(3), name: "cap_x"),
        ]
        return (model, x, y, rows)
    }

    @Test(arguments: [true, false])
    func dualsAndReducedCostsMatchTheHandSolution(presolve: Bool) throws {
        let (model, x, y, rows) = tinyLP()
        let lp = try model.solveRelaxation(SolveOptions(presolve: presolve))
        #expect(lp.status == .optimal)
        #expect(abs(lp.objective! - 11) < 1e-9)
        #expect(abs(lp[x] - 3) < 1e-9 && abs(lp[y] - 1) < 1e-9)
        #expect(zip(rows.map(lp.dual), [2.0, 0, 1]).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(abs(lp.reducedCost(x)) < 1e-9 && abs(lp.reducedCost(y)) < 1e-9)
    }

    @Test func reducedCostOfANonbasicColumn() throws {
        // min 2a + 3b s.t. a + b >= 1: a = 1 is basic, b is at its bound with reduced cost 3 - 2 = 1.
        var model = Model()
        let a = model.addVariable(objective: 2)
        let b = model.addVariable(objective: 3)
        let row = model.addConstraint([(a, 1), (b, 1)], .greaterOrEqual(1))
        let lp = try model.solveRelaxation()
        #expect(abs(lp.objective! - 2) < 1e-9)
        #expect(abs(lp.dual(row) - 2) < 1e-9)
        #expect(abs(lp.reducedCost(b) - 1) < 1e-9)
        #expect(abs(lp.reducedCost(a)) < 1e-9)
    }

    @Test func continuousModelSolvesAsAnLP() throws {
        let (model, x, _, _) = tinyLP()
        let solution = try model.solve()
        #expect(solution.status == .optimal && solution.stopReason == .finished)
        #expect(solution.bound == solution.objective && solution.gap == 0)
        #expect(abs(solution[x] - 3) < 1e-9)
        #expect(solution.nodes == 0)
    }

    @Test(arguments: [true, false])
    func infeasibleLP(presolve: Bool) throws {
        var model = Model()
        let x = model.addVariable(upper: 5)
        model.addConstraint([(x, 1)], .greaterOrEqual(6))
        #expect(try model.solve(SolveOptions(presolve: presolve)).status == .infeasible)
        #expect(try model.solveRelaxation(SolveOptions(presolve: presolve)).status == .infeasible)
    }

    @Test(arguments: [true, false])
    func unboundedLP(presolve: Bool) throws {
        var model = Model(direction: .maximize)
        let x = model.addVariable(objective: 1)
        let y = model.addVariable(objective: 1)
        model.addConstraint([(x, 1), (y, -1)], .lessOrEqual(1))
        let solution = try model.solve(SolveOptions(presolve: presolve))
        #expect(solution.status == .unbounded)
        #expect(solution.objective == nil && solution.values.isEmpty)
    }

    @Test func infeasibleAndDualInfeasibleLPIsInfeasible() throws {
        // x free with cost -1 (dual infeasible) and an impossible row: the presolver's "no dual feasible
        // solution" must not be reported as unbounded.
        var model = Model()
        let x = model.addVariable(lower: -.infinity, objective: -1)
        let y = model.addVariable(upper: 1)
        model.addConstraint([(y, 1)], .greaterOrEqual(2))
        _ = x
        #expect(try model.solve(SolveOptions(presolve: true)).status == .infeasible)
    }

    @Test func emptyModelIsOptimalWithItsConstant() throws {
        var model = Model()
        model.objectiveConstant = 7
        let solution = try model.solve()
        #expect(solution.status == .optimal)
        #expect(solution.objective == 7)
        #expect(solution.values.isEmpty)
    }

    @Test func relaxationDropsIntegrality() throws {
        let lp = try TestModels.knapsack().solveRelaxation()
        #expect(lp.status == .optimal)
        #expect(lp.objective! > 309)
        #expect(lp.values.contains { $0 > 1e-6 && $0 < 1 - 1e-6 })
    }
}

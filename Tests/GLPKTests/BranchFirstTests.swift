// A branching order (SolveOptions.branchFirst): the same optimum as GLPK's own rule, bad columns refused.
import GLPK
import SolverControl
import Testing

@Suite struct BranchFirstTests {
    @Test(arguments: [false, true])
    func facilityLocationBranchingOnOpeningsFirstMatchesEnumeration(withWarmStart: Bool) throws {
        let instance = TestModels.FacilityLocation(facilities: 7, customers: 25, seed: 11)
        let (model, open) = instance.model()
        var options = SolveOptions()
        options.branchFirst = open.map(\.index).reversed()
        if withWarmStart {
            // Every facility open, each customer at its nearest one: feasible.
            var start = [Double](repeating: 0, count: model.variableCount)
            for o in open { start[o.index] = 1 }
            let customers = instance.assignmentCost[0].count
            for k in 0..<customers {
                let nearest = instance.openingCost.indices.min {
                    instance.assignmentCost[$0][k] < instance.assignmentCost[$1][k]
                }!
                start[open.count + nearest * customers + k] = 1
            }
            #expect(model.violations(in: start).isEmpty)
            options.warmStart = start
        }
        let solution = try model.solve(options)
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective! - instance.optimumByEnumeration()) < 1e-6)
        #expect(model.violations(in: solution.values).isEmpty)
    }

    @Test func columnOutsideTheModelIsRefused() throws {
        let model = TestModels.knapsack()
        var options = SolveOptions()
        options.branchFirst = [0, model.variableCount]
        #expect {
            _ = try model.solve(options)
        } throws: { error in
            guard case GLPKError.invalidOptions(let problems) = error else { return false }
            return problems.contains { $0.contains("branchFirst has column \(model.variableCount)") }
        }
    }
}

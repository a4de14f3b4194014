// Loading into GLPK: the bulk load, and the guard that turns a GLPK fatal error into a Swift error.
import CGLPK
import Testing

@testable import GLPK

@Suite struct GLPKProblemTests {
    @Test func fatalGLPKErrorBecomesASwiftErrorAndGLPKStillWorks() throws {
        // Validation would reject this; here it goes to GLPK directly, which calls abort() on duplicates
        // in glp_load_matrix unless the guard catches the error.
        var model = Model()
        let x = model.addVariable()
        model.addConstraint([(x, 1), (x, 1)], .lessOrEqual(1))
        #expect(!model.validationProblems().isEmpty)
        let failure = #expect(throws: GLPKError.self) {
            try GLPKRuntime.withSession(verbose: false) { () throws(GLPKError) in
                let problem = try ProblemImage(model, shape: LoadShape()).build()
                problem.delete()
            }
        }
        guard case .solverFailed(let message) = failure else {
            Issue.record("expected solverFailed, got \(String(describing: failure))")
            return
        }
        #expect(message.contains("duplicate indices not allowed"))
        // The environment was freed and rebuilt: the same thread keeps solving.
        #expect(try TestModels.knapsack().solve().objective == 309)
    }

    @Test func loadedProblemMatchesTheModel() throws {
        let (model, _) = TestModels.FacilityLocation(facilities: 3, customers: 4, seed: 1).model()
        try GLPKRuntime.withSession(verbose: false) { () throws(GLPKError) in
            let problem = try ProblemImage(model, shape: LoadShape()).build()
            defer { problem.delete() }
            #expect(Int(glp_get_num_rows(problem.prob)) == model.constraintCount)
            #expect(Int(glp_get_num_cols(problem.prob)) == model.variableCount)
            #expect(Int(glp_get_num_nz(problem.prob)) == model.nonzeroCount)
            #expect(Int(glp_get_num_bin(problem.prob)) == 3)
        }
    }
}

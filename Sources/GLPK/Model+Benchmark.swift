// Timing hooks for `hubplan-bench glpk`: how long validation, the flat copy and GLPK's bulk load take.
import Dispatch

/// Seconds spent in each step of handing a model to GLPK.
@_spi(Benchmarks)
public struct LoadTimings: Sendable {
    /// ``Model/validate()``.
    public let validation: Double
    /// Copying the model into GLPK's 1-based flat arrays.
    public let copy: Double
    /// `glp_create_prob`, rows, columns and `glp_load_matrix`.
    public let glpkLoad: Double
    /// The number of non-zeros GLPK holds afterwards (zeros dropped).
    public let glpkNonzeros: Int
}

extension Model {
    /// Validates the model and loads it into GLPK exactly as a solve would, timing each step.
    @_spi(Benchmarks)
    public func timeLoading() throws(GLPKError) -> LoadTimings {
        func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
        let t0 = now()
        try validate()
        let t1 = now()
        return try GLPKRuntime.withSession(verbose: false) { () throws(GLPKError) -> LoadTimings in
            let image = ProblemImage(self, shape: LoadShape())
            let t2 = now()
            let problem = try image.build()
            let t3 = now()
            defer { problem.delete() }
            return LoadTimings(
                validation: Double(t1 - t0) / 1e9, copy: Double(t2 - t1) / 1e9, glpkLoad: Double(t3 - t2) / 1e9,
                glpkNonzeros: problem.nonzeroCount)
        }
    }
}

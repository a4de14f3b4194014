// Everything that can go wrong between a Model and GLPK, as a Swift error instead of GLPK's abort().
import SolverControl

/// A failure of the GLPK layer. Infeasible or unbounded models are not errors: they are a ``SolveStatus``.
public enum GLPKError: CategorizedError, Equatable {
    /// The model cannot be given to GLPK; each message names the row or column (index and name) and field.
    case invalidModel([String])
    /// A ``SolveOptions`` value is unusable (negative time limit, warm start of the wrong length, ...).
    case invalidOptions([String])
    /// The warm start violates bounds, integrality, a constraint or a lazy constraint; one message each.
    case infeasibleWarmStart([String])
    /// The lazy-constraint callback returned malformed rows; the solve was stopped.
    case invalidLazyRows([String])
    /// GLPK failed (numerical trouble, an internal error it reported, out of memory); GLPK's own words.
    case solverFailed(String)
    /// An LP or MPS file could not be written.
    case exportFailed(path: String, reason: String)

    /// Model and option mistakes are bad input (exit 2); a solver failure leaves no solution (exit 1).
    public var category: FailureCategory {
        switch self {
        case .invalidModel, .invalidOptions, .infeasibleWarmStart, .invalidLazyRows, .exportFailed: .badInput
        case .solverFailed: .infeasible
        }
    }

    /// A message for a planner: what is wrong, where, and in which field.
    public var description: String {
        switch self {
        case .invalidModel(let problems): Self.list("the optimisation model is invalid", problems)
        case .invalidOptions(let problems): Self.list("the solver options are invalid", problems)
        case .infeasibleWarmStart(let problems): Self.list("the warm start is not a feasible solution", problems)
        case .invalidLazyRows(let problems): Self.list("the lazy-constraint callback returned invalid rows", problems)
        case .solverFailed(let message): "GLPK failed: \(message)"
        case .exportFailed(let path, let reason): "cannot write \(path): \(reason)"
        }
    }

    private static func list(_ headline: String, _ problems: [String]) -> String {
        ([headline + ":"] + problems.map { "  " + $0 }).joined(separator: "\n")
    }
}

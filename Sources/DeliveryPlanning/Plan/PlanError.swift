// Errors of scenarios, plans and the pipeline: bad input (exit 2) or infeasible (exit 1).
import SolverControl

/// A failure of `hubplan plan`, `sweep`, `diff` or `verify`, with a message naming the file, key or item.
public struct PlanError: CategorizedError, Equatable {
    /// Bad input (exit 2) or infeasible (exit 1).
    public let category: FailureCategory
    /// What went wrong.
    public let message: String

    /// Bad input: a file, key or value at fault.
    public static func badInput(_ message: String) -> PlanError { PlanError(category: .badInput, message: message) }
    /// No plan meets the rules.
    public static func infeasible(_ message: String) -> PlanError { PlanError(category: .infeasible, message: message) }

    public var description: String { message }
}

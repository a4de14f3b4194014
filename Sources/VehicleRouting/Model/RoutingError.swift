// The errors VehicleRouting raises: bad input (exit 2) or an infeasible request (exit 1), each naming its cause.
import SolverControl

/// A routing failure that names the file, line or item and the field at fault.
public struct RoutingError: CategorizedError, Equatable {
    /// Bad input (exit 2) or infeasible (exit 1).
    public let category: FailureCategory
    /// The message for a planner, naming the file, the line or item id, and the field.
    public let message: String

    /// Creates an error of the given category.
    public init(_ message: String, category: FailureCategory = .badInput) {
        self.message = message
        self.category = category
    }

    /// Malformed or inconsistent input.
    public static func badInput(_ message: String) -> RoutingError { RoutingError(message, category: .badInput) }

    /// Well-formed input that admits no feasible plan (a client heavier than every vehicle, say).
    public static func infeasible(_ message: String) -> RoutingError { RoutingError(message, category: .infeasible) }

    public var description: String { message }
}

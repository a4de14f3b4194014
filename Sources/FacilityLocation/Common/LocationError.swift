// The one error type of FacilityLocation: bad input (exit 2) or an infeasible request (exit 1), always explained.
import SolverControl

/// Why a location model could not be read, built or solved; the message names the file, line, item or county.
public struct LocationError: CategorizedError, Equatable {
    /// Bad input (a malformed file, an inconsistent model) or infeasible (no plan meets the requirements).
    public let category: FailureCategory
    /// A sentence a planner can act on.
    public let message: String

    /// Creates an error.
    public init(_ category: FailureCategory, _ message: String) {
        self.category = category
        self.message = message
    }

    /// Bad input: the data or the request is malformed.
    public static func badInput(_ message: String) -> LocationError { LocationError(.badInput, message) }

    /// Infeasible: the request is well-formed but no plan satisfies it.
    public static func infeasible(_ message: String) -> LocationError { LocationError(.infeasible, message) }

    public var description: String { message }
}

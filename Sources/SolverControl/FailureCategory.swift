// How an error maps onto the CLI's exit codes: bad input (2) or an infeasible request (1).

/// What kind of failure an error is, so the command line can exit with the documented code.
public enum FailureCategory: Sendable {
    /// The input was malformed or inconsistent (a bad file, an unknown id): exit code 2.
    case badInput
    /// The input was well-formed but asks for something impossible (no feasible plan): exit code 1.
    case infeasible
}

/// An error that knows whether it is bad input or infeasibility, and explains itself to a planner.
///
/// Library errors conform so that `hubplan` can choose the exit code without knowing every error type.
public protocol CategorizedError: Error, CustomStringConvertible {
    /// Bad input or infeasible.
    var category: FailureCategory { get }
}

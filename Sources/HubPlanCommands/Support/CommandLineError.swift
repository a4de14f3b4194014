// Errors raised by the command layer itself (a missing file, an unwritable output).
import SolverControl

/// A failure the command layer detects before any library is involved.
public struct CommandLineError: CategorizedError {
    /// Bad input (exit 2) or infeasible (exit 1).
    public let category: FailureCategory
    /// What went wrong, naming the file or option at fault.
    public let message: String

    /// Creates an error.
    public init(_ message: String, category: FailureCategory = .badInput) {
        self.message = message
        self.category = category
    }

    public var description: String { message }
}

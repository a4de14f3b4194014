// Why a network could not be synthesized: a bad source table, an unknown region, a bad option.
import SolverControl

/// A failure while reading the source tables or building a network from them; always bad input (exit 2).
public struct SynthesisError: CategorizedError, Equatable {
    /// What went wrong, naming the file, the line and the column where there is one.
    public let message: String

    /// Creates an error with a message written for the planner.
    public init(_ message: String) { self.message = message }

    /// Source tables and options are inputs, so every synthesis failure is bad input.
    public var category: FailureCategory { .badInput }
    public var description: String { message }
}

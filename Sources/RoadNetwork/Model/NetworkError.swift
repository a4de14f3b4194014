// The error thrown when a network cannot be read or used: it carries every problem found, not just the first.
import SolverControl

/// A network that is unreadable or invalid; bad input (exit code 2).
public struct NetworkError: CategorizedError {
    /// Every problem found, errors first in file order, then warnings.
    public let issues: [ValidationIssue]

    /// Always bad input: an invalid network is never "infeasible".
    public var category: FailureCategory { .badInput }

    /// Creates an error carrying `issues`.
    public init(issues: [ValidationIssue]) { self.issues = issues }

    /// An error about a whole file (missing, unparsable, wrong format).
    public init(file: String, message: String) {
        self.issues = [ValidationIssue(.error, .unreadable, at: SourceLocation(file: file), message)]
    }

    /// The errors, one a line, after a count; warnings are left to `hubplan network validate`.
    public var description: String {
        let errors = issues.filter { $0.severity == .error }
        let shown = errors.isEmpty ? issues : errors
        if shown.count == 1 { return shown[0].description }
        return "\(shown.count) problems in the network:\n" + shown.map { "  " + $0.description }.joined(separator: "\n")
    }
}

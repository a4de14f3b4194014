// Options every location solver accepts: time limit, cancellation, GLPK verbosity, model export, progress log.
import SolverControl

/// How long to search, how to stop, and what to show; shared by every location model.
///
/// The location methods use no randomness: the same input gives the same plan (a time limit or Ctrl-C can
/// only stop a search earlier).
public struct LocationOptions: Sendable {
    /// Seconds allowed for the whole solve; `nil` means no limit.
    public var timeLimit: Double?
    /// Tripped (e.g. by Ctrl-C) to stop early with the best plan so far.
    public var cancellation: CancellationToken?
    /// Whether GLPK prints its progress (on stderr).
    public var verbose: Bool
    /// Where to write the MIP handed to GLPK, in CPLEX LP format (for inspection or other solvers).
    public var exportLP: String?
    /// Receives progress lines (bounds, nodes) when set; the CLI prints them on stderr with --verbose.
    public var log: (@Sendable (String) -> Void)?

    /// Creates options; by default no time limit, silent, no export.
    public init(
        timeLimit: Double? = nil, cancellation: CancellationToken? = nil, verbose: Bool = false,
        exportLP: String? = nil, log: (@Sendable (String) -> Void)? = nil
    ) {
        self.timeLimit = timeLimit
        self.cancellation = cancellation
        self.verbose = verbose
        self.exportLP = exportLP
        self.log = log
    }

    /// A fresh budget for one solve.
    public func budget() -> TimeBudget { TimeBudget(seconds: timeLimit, cancellation: cancellation) }
}

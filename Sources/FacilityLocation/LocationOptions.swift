// Options every location solver accepts: time limit, cancellation, seed, GLPK verbosity and model export.
import SolverControl

/// How long to search, how to stop, and what to show; shared by every location model.
public struct LocationOptions: Sendable {
    /// Seconds allowed for the whole solve; `nil` means no limit.
    public var timeLimit: Double?
    /// Tripped (e.g. by Ctrl-C) to stop early with the best plan so far.
    public var cancellation: CancellationToken?
    /// Seed of every randomised step, so the same input and seed give the same plan.
    public var seed: UInt64
    /// Whether GLPK prints its progress (on stderr).
    public var verbose: Bool
    /// Where to write the MIP handed to GLPK, in CPLEX LP format (for inspection or other solvers).
    public var exportLP: String?
    /// Receives progress lines (bounds, nodes) when set; the CLI prints them on stderr with --verbose.
    public var log: (@Sendable (String) -> Void)?

    /// Creates options; by default no time limit, seed 1, silent, no export.
    public init(
        timeLimit: Double? = nil, cancellation: CancellationToken? = nil, seed: UInt64 = 1, verbose: Bool = false,
        exportLP: String? = nil, log: (@Sendable (String) -> Void)? = nil
    ) {
        self.timeLimit = timeLimit
        self.cancellation = cancellation
        self.seed = seed
        self.verbose = verbose
        self.exportLP = exportLP
        self.log = log
    }

    /// A fresh budget for one solve.
    public func budget() -> TimeBudget { TimeBudget(seconds: timeLimit, cancellation: cancellation) }
}

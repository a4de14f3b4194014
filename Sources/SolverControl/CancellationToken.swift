// A flag that a signal handler, a UI or another thread trips to stop a running solver.
import Synchronization

/// Asks a running solver to stop and return the best solution it has.
///
/// Solvers poll ``isCancelled`` between units of work (a GLPK callback, a local-search pass), so cancelling is
/// cheap and never interrupts a solver mid-update. The token is shared by reference and safe to trip from any
/// thread, including a signal-handling dispatch source.
public final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Creates a token that is not cancelled.
    public init() {}

    /// Asks every solver watching this token to stop. Calling it again has no effect.
    public func cancel() { flag.store(true, ordering: .relaxed) }

    /// Whether ``cancel()`` has been called.
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}

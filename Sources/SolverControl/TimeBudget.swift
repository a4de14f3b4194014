// A wall-clock deadline plus an optional cancellation token: the one question every anytime solver asks.
import Foundation

/// When a solver must stop: a wall-clock time limit, a cancellation token, or both.
///
/// Solvers ask ``isExhausted`` in their outer loops; the check reads a monotonic clock, so it costs tens of
/// nanoseconds and may be asked once per iteration.
public struct TimeBudget: Sendable {
    /// The moment the budget started (monotonic clock, nanoseconds).
    public let start: UInt64
    /// Seconds allowed from ``start``; `nil` means no limit.
    public let limit: Double?
    /// Tripped from outside (Ctrl-C) to stop early.
    public let cancellation: CancellationToken?

    /// Starts a budget now.
    public init(seconds limit: Double?, cancellation: CancellationToken? = nil) {
        self.start = DispatchTime.now().uptimeNanoseconds
        self.limit = limit
        self.cancellation = cancellation
    }

    /// Seconds elapsed since the budget started.
    public var elapsed: Double {
        Double(DispatchTime.now().uptimeNanoseconds &- start) / 1e9
    }

    /// Seconds left, or `nil` when there is no limit; never negative.
    public var remaining: Double? {
        guard let limit else { return nil }
        return max(0, limit - elapsed)
    }

    /// Whether the solver was cancelled.
    public var isCancelled: Bool { cancellation?.isCancelled ?? false }

    /// Whether the solver must stop now: the time is up or it was cancelled.
    public var isExhausted: Bool {
        if isCancelled { return true }
        guard let limit else { return false }
        return elapsed >= limit
    }

    /// A budget for a sub-task: at most `seconds`, never beyond this budget's end, same cancellation.
    public func slice(seconds: Double?) -> TimeBudget {
        let left = remaining
        let s: Double?
        switch (seconds, left) {
        case let (a?, b?): s = min(a, b)
        case let (a?, nil): s = a
        case let (nil, b?): s = b
        case (nil, nil): s = nil
        }
        return TimeBudget(seconds: s, cancellation: cancellation)
    }
}

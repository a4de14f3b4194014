// The iterated search's late-acceptance history: the current solution's stats a fixed number of steps back.

/// The late-acceptance history: the stats of the current solution at each of the last `length` iterations
/// that improved on their entry (PyVRP's ring buffer; an iteration that did not only advances it).
struct LateAcceptanceHistory {
    private var entries: [SolutionStats?]
    private var next = 0

    init(length: Int) { entries = [SolutionStats?](repeating: nil, count: max(1, length)) }

    /// The entry `length` steps back, if written.
    func peek() -> SolutionStats? { entries[next] }

    mutating func append(_ stats: SolutionStats) {
        entries[next] = stats
        skip()
    }

    mutating func skip() { next = (next + 1) % entries.count }

    mutating func clear() {
        for k in entries.indices { entries[k] = nil }
        next = 0
    }

    /// Lengthens the history to `length` entries, the new ones copies of the oldest: the next `length` minus
    /// the old length iterations compare with it, and the threshold does not jump when the walk refits.
    mutating func grow(to length: Int) {
        guard length > entries.count else { return }
        let oldest = entries[next]
        entries =
            [SolutionStats?](repeating: oldest, count: length - entries.count)
            + entries[next...] + entries[..<next]
        next = 0
    }
}

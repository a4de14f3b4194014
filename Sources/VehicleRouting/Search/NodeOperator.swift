// The one small protocol every node-pair move of the local search implements (PyVRP's operator shape).

/// A move defined by two stops U and V: priced in O(1), applied only when it improves.
///
/// U is always a client. V is a client, or the start depot of a route when ``acceptsDepotV`` is true (moves
/// that put something right after the depot, or into an empty route). Operators hold no solution state: they
/// read the ``SearchSolution`` they are given, and only ``apply(_:_:in:)`` changes it.
protocol NodeOperator: AnyObject {
    /// A short name for logs and tests.
    var name: String { get }
    /// Whether V may be a route's start depot.
    var acceptsDepotV: Bool { get }
    /// The change in penalised cost if the move were applied; 0 when the move does not apply to (U, V).
    func evaluate(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Double
    /// Applies the move (only called right after ``evaluate(_:_:in:)`` found it improving).
    func apply(_ u: StopRef, _ v: StopRef, in s: SearchSolution)
}

/// A move on a pair of routes (SWAP*): it finds its own best variant and applies it.
protocol RouteOperator: AnyObject {
    /// A short name for logs and tests.
    var name: String { get }
    /// The change in penalised cost of the best move between routes `a` and `b` (kept for ``apply``).
    func evaluate(_ a: Int, _ b: Int, in s: SearchSolution) -> Double
    /// Applies the move found by the last ``evaluate(_:_:in:)``.
    func apply(in s: SearchSolution)
}

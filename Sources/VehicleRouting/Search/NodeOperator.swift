// The one small protocol every node-pair move of the local search implements (PyVRP's operator shape).

/// A move defined by two stops U and V: priced in O(1), applied only when it improves.
///
/// U is always a client. V is a client, or the start depot of a route when ``acceptsDepotV`` is true (moves
/// that put something right after the depot, or into an empty route). Operators hold no solution state: they
/// read the ``SearchSolution`` they are given, and only ``apply(_:_:in:)`` changes it.
protocol NodeOperator {
    /// A short name for logs and tests.
    var name: String { get }
    /// Whether V may be a route's start depot.
    var acceptsDepotV: Bool { get }
    /// Whether the move applies to (U, V) and its lower bound (a few matrix lookups) leaves room to improve:
    /// only then is it priced. Reads the solution only, so a caller may screen every operator of a pair before
    /// pricing any (``LocalSearch``'s `tryOperators` does, which keeps the loads of U's and V's stops shared).
    func screen(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Bool
    /// The exact change in penalised cost of the move on (U, V), which ``screen(_:_:in:)`` passed.
    func price(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Double
    /// Applies the move (only called right after ``evaluate(_:_:in:)`` found it improving).
    func apply(_ u: StopRef, _ v: StopRef, in s: SearchSolution)
}

extension NodeOperator {
    /// The change in penalised cost if the move were applied; 0 when the move does not apply to (U, V) or its
    /// bound rules it out.
    @inline(__always) func evaluate(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Double {
        screen(u, v, in: s) ? price(u, v, in: s) : 0
    }
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

/// One of the node operators, dispatched by a `switch` instead of an existential: the catalogue of the local
/// search's node operators, in the order it tries them.
///
/// ``LocalSearch``'s `tryOperators` writes the same sequence out, each operator a constant, rather than looping
/// over this list (see its comment and docs/profiles/genetic-long-routes.md); a test holds the two
/// together (`LocalSearchOrderTests`), and the operator tests take every operator from here. Adding an operator
/// means a case and an entry of ``all`` here and a line in `tryOperators`.
enum AnyNodeOperator: NodeOperator {
    case relocate(Relocate)
    case swap(Swap)
    case twoOpt(TwoOpt)
    case twoOptStar(TwoOptStar)

    /// The node operators of the local search, in the order it tries them (HGS's set: relocating one or two
    /// clients, swapping segments of up to two, 2-opt within a route and 2-opt* between routes).
    static let all: [AnyNodeOperator] = [
        .relocate(Relocate(length: 1)), .relocate(Relocate(length: 2)),
        .relocate(Relocate(length: 2, reversed: true)), .swap(Swap(lengthU: 1, lengthV: 1)),
        .swap(Swap(lengthU: 2, lengthV: 1)), .swap(Swap(lengthU: 2, lengthV: 2)), .twoOpt(TwoOpt()),
        .twoOptStar(TwoOptStar(reversing: true)), .twoOptStar(TwoOptStar(reversing: false)),
    ]

    var name: String {
        switch self {
        case let .relocate(op): op.name
        case let .swap(op): op.name
        case let .twoOpt(op): op.name
        case let .twoOptStar(op): op.name
        }
    }

    var acceptsDepotV: Bool {
        switch self {
        case let .relocate(op): op.acceptsDepotV
        case let .swap(op): op.acceptsDepotV
        case let .twoOpt(op): op.acceptsDepotV
        case let .twoOptStar(op): op.acceptsDepotV
        }
    }

    @inline(__always) func screen(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Bool {
        switch self {
        case let .relocate(op): op.screen(u, v, in: s)
        case let .swap(op): op.screen(u, v, in: s)
        case let .twoOpt(op): op.screen(u, v, in: s)
        case let .twoOptStar(op): op.screen(u, v, in: s)
        }
    }

    func price(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Double {
        switch self {
        case let .relocate(op): op.price(u, v, in: s)
        case let .swap(op): op.price(u, v, in: s)
        case let .twoOpt(op): op.price(u, v, in: s)
        case let .twoOptStar(op): op.price(u, v, in: s)
        }
    }

    func apply(_ u: StopRef, _ v: StopRef, in s: SearchSolution) {
        switch self {
        case let .relocate(op): op.apply(u, v, in: s)
        case let .swap(op): op.apply(u, v, in: s)
        case let .twoOpt(op): op.apply(u, v, in: s)
        case let .twoOptStar(op): op.apply(u, v, in: s)
        }
    }
}

// A row of a model: its handle and the bound its linear form must respect.

/// A handle to a row (linear constraint) of a ``Model``; `index` is 0-based.
public struct Constraint: Hashable, Sendable {
    /// The 0-based row number.
    public let index: Int

    /// A handle to row `index` (0-based).
    public init(index: Int) { self.index = index }
}

/// What a row's linear form `a·x` must satisfy.
public enum ConstraintBound: Sendable, Hashable {
    /// `a·x <= value` (value finite).
    case lessOrEqual(Double)
    /// `a·x >= value` (value finite).
    case greaterOrEqual(Double)
    /// `a·x == value` (value finite).
    case equal(Double)
    /// `lower <= a·x <= upper`; one side may be infinite (not both), `lower <= upper`.
    case ranged(Double, Double)

    /// The bounds as an interval, infinite where there is none.
    public var interval: (lower: Double, upper: Double) {
        switch self {
        case .lessOrEqual(let u): (-.infinity, u)
        case .greaterOrEqual(let l): (l, .infinity)
        case .equal(let v): (v, v)
        case .ranged(let l, let u): (l, u)
        }
    }
}

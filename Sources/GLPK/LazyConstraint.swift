// Row generation: what a lazy-constraint callback sees and what it returns.

/// What the lazy-constraint callback sees: the optimum of the current branch-and-bound node's LP.
///
/// **Contract.** The callback runs at every node whose LP relaxation is optimal and still promising
/// (GLPK's `GLP_IROWGEN`). When `isIntegral` is true and `values` violates one of your lazy constraints,
/// the callback **must** return at least one row violated by `values`: otherwise GLPK accepts the point as
/// a solution. When `isIntegral` is false, returning violated rows is optional (it tightens the bound).
/// Only returned rows violated by `values` (by more than 1e-6·(1 + |bound|)) are added, so a callback
/// cannot loop by returning satisfied rows; rows are added to the current node and its descendants, and may
/// need returning again in another branch. The callback runs on the solving thread, between GLPK calls;
/// it must not call ``Model/solve(_:)`` itself.
public struct LazyConstraintContext: Sendable {
    /// Column values of the node's LP optimum, in the model's column order.
    public let values: [Double]
    /// Whether every integer and binary column is within GLPK's integrality tolerance (1e-5).
    public let isIntegral: Bool

    /// A context, for unit-testing a callback.
    public init(values: [Double], isIntegral: Bool) {
        self.values = values
        self.isIntegral = isIntegral
    }
}

/// A row the lazy-constraint callback asks to add: `Σ coefficients[k]·x[indices[k]]` within `bound`.
public struct LazyRow: Sendable, Hashable {
    /// 0-based column indices, each at most once.
    public var indices: [Int]
    /// One finite coefficient per index.
    public var coefficients: [Double]
    /// The bound the row's linear form must respect.
    public var bound: ConstraintBound

    /// A row from parallel index and coefficient arrays.
    public init(indices: [Int], coefficients: [Double], bound: ConstraintBound) {
        self.indices = indices
        self.coefficients = coefficients
        self.bound = bound
    }

    /// A row from (variable, coefficient) terms.
    public init(_ terms: [(Variable, Double)], _ bound: ConstraintBound) {
        self.init(indices: terms.map(\.0.index), coefficients: terms.map(\.1), bound: bound)
    }

    /// How far `values` lies outside the bound (0 when satisfied); `values` must cover every index.
    func violation(at values: [Double]) -> Double {
        var activity = 0.0
        for (index, coefficient) in zip(indices, coefficients) { activity += coefficient * values[index] }
        let (lower, upper) = bound.interval
        return max(lower - activity, activity - upper, 0)
    }
}

// The outcome of a solve: status, why it stopped, objective, proven bound, gap and column values.

/// What a solve established about the model.
public enum SolveStatus: Sendable, Hashable {
    /// `values` is optimal (within the requested relative gap when it is 0).
    case optimal
    /// `values` is feasible; the search stopped with a gap (time limit, cancellation or gap target).
    case feasible
    /// The model has no feasible solution (proven).
    case infeasible
    /// The objective can improve without limit (proven: a feasible point exists and the relaxation is
    /// unbounded).
    case unbounded
    /// The search stopped before finding any feasible point.
    case noSolution
}

/// Why the solver returned.
public enum StopReason: Sendable, Hashable {
    /// It finished: proved optimality or infeasibility, or reached the relative gap asked for.
    case finished
    /// ``SolveOptions/timeLimit`` ran out.
    case timeLimit
    /// ``SolveOptions/cancellation`` was tripped.
    case cancelled
}

/// The result of ``Model/solve(_:)``.
public struct Solution: Sendable {
    /// What was established.
    public let status: SolveStatus
    /// Why the solver returned.
    public let stopReason: StopReason
    /// Objective of `values` (with the constant); nil without a solution.
    public let objective: Double?
    /// The best proven bound on the optimum (below it when minimising, above when maximising); equal to
    /// `objective` when optimal; nil when none was proven before stopping.
    public let bound: Double?
    /// `|objective - bound| / (|objective| + ε)`, GLPK's relative gap; 0 when optimal, nil without both.
    public let gap: Double?
    /// One value per column in the model's order; empty without a solution.
    public let values: [Double]
    /// Wall-clock seconds of the whole call, validation and loading included.
    public let seconds: Double
    /// Branch-and-bound nodes created (0 for an LP).
    public let nodes: Int
    /// Whether GLPK accepted ``SolveOptions/warmStart`` as an incumbent; nil without one, or when the search
    /// never asked for a heuristic solution (the root LP was already integral, or it stopped first).
    public let warmStartAccepted: Bool?
    /// Rows added through ``SolveOptions/lazyConstraints``.
    public let lazyRowsAdded: Int

    /// Whether `values` holds a feasible point.
    public var hasSolution: Bool { status == .optimal || status == .feasible }

    /// The value of `variable`; NaN when there is no solution or the handle is out of range.
    public subscript(_ variable: Variable) -> Double {
        values.indices.contains(variable.index) ? values[variable.index] : .nan
    }

    /// GLPK's relative gap between an objective and a bound.
    static func relativeGap(objective: Double, bound: Double) -> Double {
        abs(objective - bound) / (abs(objective) + Double.ulpOfOne)
    }
}

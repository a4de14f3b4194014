// The outcome of an LP relaxation: primal values with duals and reduced costs.

/// The result of ``Model/solveRelaxation(_:)``: the LP with integrality dropped.
///
/// Signs follow GLPK: a row's dual is the rate of change of the objective per unit increase of the row's
/// active bound, and a column's reduced cost is `c_j - Σ_i a_ij·dual_i`, for minimisation and maximisation
/// alike.
public struct LPSolution: Sendable {
    /// What was established (``SolveStatus/optimal`` when a basic optimum was found).
    public let status: SolveStatus
    /// Why the solver returned.
    public let stopReason: StopReason
    /// Objective of `values` (with the constant); nil without a solution.
    public let objective: Double?
    /// One value per column; empty without a solution.
    public let values: [Double]
    /// One dual value per row; empty without an optimal basis.
    public let duals: [Double]
    /// One reduced cost per column; empty without an optimal basis.
    public let reducedCosts: [Double]
    /// Wall-clock seconds of the whole call.
    public let seconds: Double

    /// The value of `variable`; NaN when there is none.
    public subscript(_ variable: Variable) -> Double {
        values.indices.contains(variable.index) ? values[variable.index] : .nan
    }

    /// The dual value of `constraint`; NaN when there is none.
    public func dual(_ constraint: Constraint) -> Double {
        duals.indices.contains(constraint.index) ? duals[constraint.index] : .nan
    }

    /// The reduced cost of `variable`; NaN when there is none.
    public func reducedCost(_ variable: Variable) -> Double {
        reducedCosts.indices.contains(variable.index) ? reducedCosts[variable.index] : .nan
    }
}

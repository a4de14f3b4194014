// The branch-and-cut callback: tracks the global bound, stops on time or cancellation, offers the warm
// start, and adds lazy rows.
import CGLPK
import CGLPKGuard
import SolverControl

/// State shared between a MIP solve and GLPK's callback, which reaches it through the `info` pointer.
///
/// It lives on the solving thread only: GLPK calls back synchronously from inside `glp_intopt`.
final class SearchMonitor {
    /// Rows violated by less than this (times `1 + |bound|`) are not added: GLPK's own feasibility
    /// tolerance is 1e-7, so a smaller violation would not move the LP point and the search could loop.
    static let violationTolerance = 1e-6
    /// GLPK's default integrality tolerance (`tol_int`).
    static let integralityTolerance = 1e-5

    let budget: TimeBudget
    let minimizing: Bool
    let columnCount: Int
    private let integerColumns: [Int]
    private let lazy: (@Sendable (LazyConstraintContext) -> [LazyRow])?
    /// Columns (GLPK's 1-based numbers) to branch on before any other (``SolveOptions/branchFirst``).
    private let branchFirst: [Int32]
    /// The warm start with GLPK's 1-based layout (entry 0 unused); nil once offered.
    private var warmStart: [Double]?

    /// The best global bound seen (a lower bound when minimising).
    private(set) var bestBound: Double?
    /// Nodes created so far.
    private(set) var nodes = 0
    /// Why this monitor asked GLPK to stop, if it did.
    private(set) var stopReason: StopReason?
    /// Malformed rows from the lazy callback; the search is stopped when there are any.
    private(set) var lazyProblems: [String] = []
    private(set) var lazyRowsAdded = 0
    private(set) var warmStartAccepted: Bool?

    init(model: Model, options: SolveOptions, budget: TimeBudget, warmStart: [Double]?) {
        self.budget = budget
        minimizing = model.direction == .minimize
        columnCount = model.variableCount
        integerColumns = model.kinds.indices.filter { model.kinds[$0] != .continuous }
        lazy = options.lazyConstraints
        branchFirst = options.branchFirst.map { Int32($0 + 1) }
        self.warmStart = warmStart.map { [0] + $0 }
    }

    /// Records a proven bound (the root LP optimum, or a node bound): any bound ever proven stays valid,
    /// so the tightest one is kept.
    func noteBound(_ bound: Double) {
        guard bound.isFinite, abs(bound) < Double.greatestFiniteMagnitude else { return }
        if let current = bestBound {
            bestBound = minimizing ? max(current, bound) : min(current, bound)
        } else {
            bestBound = bound
        }
    }

    /// GLPK's callback entry point: `info` is this monitor, unretained.
    static let callback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { tree, info in
        guard let tree, let info else { return }
        hpg_callback_enter()
        defer { hpg_callback_leave() }
        Unmanaged<SearchMonitor>.fromOpaque(info).takeUnretainedValue().handle(tree)
    }

    private func handle(_ tree: OpaquePointer) {
        let best = glp_ios_best_node(tree)
        if best != 0 { noteBound(glp_ios_node_bound(tree, best)) }
        var total: Int32 = 0
        glp_ios_tree_size(tree, nil, nil, &total)
        nodes = Int(total)
        if budget.isCancelled {
            stop(tree, .cancelled)
            return
        }
        if budget.isExhausted {
            stop(tree, .timeLimit)
            return
        }
        switch glp_ios_reason(tree) {
        case GLP_IROWGEN where lazy != nil:
            generateRows(tree)
        case GLP_IBRANCH where !branchFirst.isEmpty:
            branch(tree)
        case GLP_IHEUR where warmStart != nil:
            let accepted = warmStart!.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) == 0 }
            warmStartAccepted = accepted
            warmStart = nil
        default:
            break
        }
    }

    /// Branches on the most fractional column of `branchFirst` GLPK may branch on; GLPK's own rule otherwise.
    private func branch(_ tree: OpaquePointer) {
        let prob = glp_ios_get_prob(tree)
        var best: Int32 = 0, distance = 1.0
        for j in branchFirst where glp_ios_can_branch(tree, j) != 0 {
            let value = glp_get_col_prim(prob, j)
            let d = abs(value - value.rounded(.down) - 0.5)
            if d < distance { (best, distance) = (j, d) }
        }
        if best != 0 { glp_ios_branch_upon(tree, best, GLP_NO_BRNCH) }
    }

    private func stop(_ tree: OpaquePointer, _ reason: StopReason) {
        if stopReason == nil { stopReason = reason }
        glp_ios_terminate(tree)
    }

    private func generateRows(_ tree: OpaquePointer) {
        guard let lazy else { return }
        let prob = glp_ios_get_prob(tree)
        var values = [Double](repeating: 0, count: columnCount)
        for j in 0..<columnCount { values[j] = glp_get_col_prim(prob, Int32(j + 1)) }
        let integral = integerColumns.allSatisfy {
            abs(values[$0] - values[$0].rounded()) <= SearchMonitor.integralityTolerance
        }
        let rows = lazy(LazyConstraintContext(values: values, isIntegral: integral))
        var violated: [LazyRow] = []
        for (r, row) in rows.enumerated() {
            if let problem = SearchMonitor.rowProblem(row, columnCount: columnCount) {
                lazyProblems.append("lazy row \(r) (callback call with \(nodes) nodes): \(problem)")
            } else if SearchMonitor.isViolated(row, at: values) {
                violated.append(row)
            }
        }
        if !lazyProblems.isEmpty {
            glp_ios_terminate(tree)
            return
        }
        guard !violated.isEmpty else { return }
        let first = glp_add_rows(prob, Int32(violated.count))
        for (offset, row) in violated.enumerated() {
            let i = first + Int32(offset)
            let (type, low, high) = ProblemImage.glpkBounds(row.bound)
            glp_set_row_bnds(prob, i, type, low, high)
            let indices = [0] + row.indices.map { Int32($0 + 1) }
            let coefficients = [0] + row.coefficients
            glp_set_mat_row(prob, i, Int32(row.indices.count), indices, coefficients)
        }
        lazyRowsAdded += violated.count
    }

    /// Whether `row` is violated at `values` by more than the tolerance.
    static func isViolated(_ row: LazyRow, at values: [Double]) -> Bool {
        let (low, high) = row.bound.interval
        let scale = 1 + max(low.isFinite ? abs(low) : 0, high.isFinite ? abs(high) : 0)
        return row.violation(at: values) > violationTolerance * scale
    }

    /// Why GLPK cannot take `row` (lengths, indices, duplicates, coefficients, bound), or nil.
    static func rowProblem(_ row: LazyRow, columnCount: Int) -> String? {
        if row.indices.count != row.coefficients.count {
            return "\(row.indices.count) indices but \(row.coefficients.count) coefficients"
        }
        if let bad = row.indices.first(where: { $0 < 0 || $0 >= columnCount }) {
            return "column index \(bad) is out of range (the model has \(columnCount) columns)"
        }
        if let k = row.coefficients.firstIndex(where: { !$0.isFinite }) {
            return "coefficient of column \(row.indices[k]) is \(row.coefficients[k])"
        }
        switch row.bound {
        case .lessOrEqual(let v), .greaterOrEqual(let v), .equal(let v):
            if !v.isFinite { return "right-hand side is \(v)" }
        case .ranged(let low, let high):
            if low.isNaN || high.isNaN || low == .infinity || high == -.infinity || low > high
                || (low == -.infinity && high == .infinity)
            {
                return "bounds [\(low), \(high)] are not a proper interval"
            }
        }
        var sorted = row.indices
        sorted.sort()
        for k in sorted.indices.dropFirst() where sorted[k] == sorted[k - 1] {
            return "column \(sorted[k]) appears more than once"
        }
        return nil
    }
}

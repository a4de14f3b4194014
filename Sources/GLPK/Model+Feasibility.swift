// An independent feasibility check of a point: used for warm starts, and by tests to verify solutions.

extension Model {
    /// Every way `values` fails to be a feasible point of the model, one message each (at most
    /// ``ProblemList/limit``); empty when it is feasible.
    ///
    /// Bounds and rows are checked with an absolute-plus-relative tolerance `tolerance·(1 + |bound|)`;
    /// integer and binary columns must be within `tolerance` of an integer. Lazy constraints are not part
    /// of the model and are not checked.
    public func violations(in values: [Double], tolerance: Double = 1e-6) -> [String] {
        guard values.count == variableCount else {
            return ["the point has \(values.count) values; the model has \(variableCount) columns"]
        }
        var problems = ProblemList()
        for j in 0..<variableCount {
            let x = values[j]
            guard x.isFinite else {
                problems.add("\(columnLabel(j)): value is \(x)")
                continue
            }
            if x < lower[j] - tolerance * (1 + abs(lower[j])) {
                problems.add("\(columnLabel(j)): value \(x) is below the lower bound \(lower[j])")
            }
            if x > upper[j] + tolerance * (1 + abs(upper[j])) {
                problems.add("\(columnLabel(j)): value \(x) is above the upper bound \(upper[j])")
            }
            if kinds[j] != .continuous && abs(x - x.rounded()) > tolerance {
                problems.add("\(columnLabel(j)): value \(x) is not integral")
            }
        }
        for i in 0..<constraintCount {
            let activity = activity(ofRow: i, at: values)
            let (low, high) = rowBounds[i].interval
            if activity < low - tolerance * (1 + abs(low)) {
                problems.add("\(rowLabel(i)): activity \(activity) is below \(low)")
            }
            if activity > high + tolerance * (1 + abs(high)) {
                problems.add("\(rowLabel(i)): activity \(activity) is above \(high)")
            }
        }
        return problems.messages
    }

    /// The warm start as GLPK should receive it: checked against the model and the lazy constraints,
    /// integer entries rounded and every entry clamped into its bounds (GLPK accepts a heuristic solution
    /// only if its integer entries are exactly integral, and never checks feasibility itself).
    func preparedWarmStart(_ options: SolveOptions) throws(GLPKError) -> [Double]? {
        guard let warmStart = options.warmStart else { return nil }
        var problems = violations(in: warmStart)
        var point = warmStart
        if problems.isEmpty {
            for j in 0..<variableCount {
                if kinds[j] != .continuous { point[j] = point[j].rounded() }
                point[j] = min(max(point[j], lower[j]), upper[j])
            }
            if let lazy = options.lazyConstraints {
                for (r, row) in lazy(LazyConstraintContext(values: point, isIntegral: true)).enumerated() {
                    if let problem = SearchMonitor.rowProblem(row, columnCount: variableCount) {
                        problems.append("lazy row \(r) returned for the warm start: \(problem)")
                    } else if SearchMonitor.isViolated(row, at: point) {
                        problems.append(
                            "lazy row \(r) returned for the warm start is violated by "
                                + "\(row.violation(at: point))")
                    }
                }
            }
        }
        if !problems.isEmpty { throw GLPKError.infeasibleWarmStart(problems) }
        return point
    }
}

// The multi-period build-out MIP for GLPK: cumulative tier levels per site and year, closings, assignments.
import GLPK

/// The GLPK model of a ``MultiPeriodProblem`` over a group of sites and villages (one county, or all).
///
/// Tiers are levels: `u[i,k,t] = 1` when site `i` runs at tier `k` or larger in year `t`, so
/// `u[i,k,t] <= u[i,k-1,t]` and capacity is `sum_k (cap_k - cap_(k-1)) u[i,k,t]`. "Open stays open" and
/// "tiers only grow" are one row each: `u[i,k,t] >= u[i,k,t-1]`. An existing site at tier `e` has
/// `u[i,k,t] = 1 - q[i,t]` for `k <= e` with `q` (closed by year `t`) never decreasing; its levels above `e`
/// only grow, so a site that expanded cannot close. Capital falls in the year a level switches on
/// (`Δcapital_k (u[t] - u[t-1])`, telescoped into the coefficients), closing costs in the year `q` switches on.
/// `x[j,i,t]` serves village `j` from site `i`; `s[j,t]` is the village's share not yet served by a center.
struct MultiPeriodModel {
    let model: Model
    let sites: [Int]
    let clients: [Int]
    /// Column of `u` per (local site, tier, year), -1 where the level cannot be on.
    let level: [Int]
    /// Column of `q` per (local site, year) for existing sites, -1 otherwise.
    let closing: [Int]
    /// For each year and local village, its (local site, column) pairs, and its uncovered column (-1: none).
    let pairs: [[[(site: Int, column: Int)]]]
    let uncovered: [[Int]]
    /// `(x, y)` columns of the `x <= y` rows left out of the model for ``violatedLinks(_:)`` (`lazyLinks`).
    let links: [(x: Int, y: Int)]
    let tiers: Int
    let years: Int

    func levelColumn(_ a: Int, _ k: Int, _ t: Int) -> Int { level[(a * tiers + k) * years + t] }

    /// The model of `clients` and `sites`; `cuts: false` leaves out the valid inequalities (for tests that compare);
    /// `lazyLinks` leaves the `x <= y` rows of villages with demand to the search's callback (``links``);
    /// `cutoff` adds the row `objective <= cutoff`, so the model has only the plans cheaper than a known one.
    init(
        _ p: MultiPeriodProblem, clients: [Int], sites: [Int], cuts: Bool = true, lazyLinks: Bool = false,
        cutoff: Double? = nil
    ) {
        self.clients = clients
        self.sites = sites
        let tierCount = p.tiers.count, yearCount = p.years
        tiers = tierCount
        years = yearCount
        var model = Model(name: "multi_period")
        var costs: [Double] = []
        func add(_ kind: VariableKind, upper: Double = 1) -> Int {
            costs.append(0)
            return model.addVariable(kind: kind, lower: 0, upper: upper).index
        }
        let delta = (0..<yearCount).map(p.discount)
        func step(_ values: (Int) -> Double, _ k: Int) -> Double { values(k) - (k > 0 ? values(k - 1) : 0) }
        let capCapital = { (k: Int) in p.tiers[k].capital }, capOperating = { (k: Int) in p.tiers[k].operatingPerYear }
        let capSize = { (k: Int) in p.tiers[k].parcelsPerDay }

        var level = [Int](repeating: -1, count: sites.count * tierCount * yearCount)
        var closing = [Int](repeating: -1, count: sites.count * yearCount)
        for (a, i) in sites.enumerated() {
            let existing = p.existingTier[i]
            if existing != nil {
                for t in 0..<yearCount { closing[a * yearCount + t] = add(.binary) }
                if p.closed[i] {
                    for t in 0..<yearCount {
                        model.setBounds(Variable(index: closing[a * yearCount + t]), lower: 1, upper: 1)
                    }
                }
            }
            if p.closed[i] { continue }
            for k in 0..<tierCount {
                for t in 0..<yearCount where existing != nil || t >= p.firstYear[i] {
                    level[(a * tierCount + k) * yearCount + t] = add(.binary)
                }
            }
        }
        // Objective of levels: operating every year on, capital in the year switched on (telescoped), and
        // closing costs in the year of closing.
        for (a, i) in sites.enumerated() {
            let e = p.existingTier[i] ?? -1
            for k in 0..<tierCount {
                for t in 0..<yearCount {
                    let col = level[(a * tierCount + k) * yearCount + t]
                    guard col >= 0 else { continue }
                    var c = delta[t] * step(capOperating, k)
                    if k > e {
                        c += delta[t] * step(capCapital, k)
                        if t + 1 < yearCount { c -= delta[t + 1] * step(capCapital, k) }
                    }
                    costs[col] += c
                }
            }
            for t in 0..<yearCount where closing[a * yearCount + t] >= 0 {
                costs[closing[a * yearCount + t]] +=
                    delta[t] * p.closingCost[i] - (t + 1 < yearCount ? delta[t + 1] * p.closingCost[i] : 0)
            }
        }
        // Level rows: chain over tiers, growth over years, existing levels tied to closing.
        for (a, i) in sites.enumerated() where !p.closed[i] {
            let e = p.existingTier[i] ?? -1
            for t in 0..<yearCount {
                for k in 0..<tierCount {
                    let col = level[(a * tierCount + k) * yearCount + t]
                    guard col >= 0 else { continue }
                    if k > 0 {
                        model.addConstraint(
                            indices: [col, level[(a * tierCount + k - 1) * yearCount + t]], coefficients: [1, -1],
                            .lessOrEqual(0))
                    }
                    if k <= e {
                        model.addConstraint(
                            indices: [col, closing[a * yearCount + t]], coefficients: [1, 1], .equal(1))
                    } else if t > 0, level[(a * tierCount + k) * yearCount + t - 1] >= 0 {
                        model.addConstraint(
                            indices: [col, level[(a * tierCount + k) * yearCount + t - 1]], coefficients: [1, -1],
                            .greaterOrEqual(0))
                    }
                }
                if e >= 0, t > 0 {
                    model.addConstraint(
                        indices: [closing[a * yearCount + t], closing[a * yearCount + t - 1]], coefficients: [1, -1],
                        .greaterOrEqual(0)
                    )
                }
            }
            if p.forced[i], level[(a * tierCount) * yearCount + yearCount - 1] >= 0 {
                model.setBounds(Variable(index: level[(a * tierCount) * yearCount + yearCount - 1]), lower: 1, upper: 1)
            }
        }
        // Assignments, uncovered shares, capacity with the reserve.
        let kind: VariableKind = p.singleSource ? .binary : .continuous
        var pairs = [[[(site: Int, column: Int)]]](repeating: [[]], count: yearCount)
        var uncovered = [[Int]](repeating: [], count: yearCount)
        var links: [(x: Int, y: Int)] = []
        for t in 0..<yearCount {
            pairs[t] = [[(site: Int, column: Int)]](repeating: [], count: clients.count)
            uncovered[t] = [Int](repeating: -1, count: clients.count)
            var load = [[(column: Int, parcels: Double)]](repeating: [], count: sites.count)
            for (b, j) in clients.enumerated() {
                var row: [Int] = []
                for (a, i) in sites.enumerated() where p.allows(j, i) && level[(a * tierCount) * yearCount + t] >= 0 {
                    let col = add(kind)
                    costs[col] = delta[t] * p.transportCost(j, i, year: t)
                    pairs[t][b].append((a, col))
                    row.append(col)
                    load[a].append((col, (1 + p.reserve) * p.demands[t][j]))
                    let open = level[(a * tierCount) * yearCount + t]
                    // With demand, the site's capacity row below already forces x = 0 at a closed site in every
                    // integer plan (its levels, hence its capacity, are 0), so the row only tightens the LP and
                    // may be added when the LP breaks it (MultiPeriodLinks.swift).
                    if lazyLinks && p.demands[t][j] > 0 {
                        links.append((col, open))
                    } else {
                        model.addConstraint(indices: [col, open], coefficients: [1, -1], .lessOrEqual(0))
                    }
                }
                if t < p.coverFrom[p.clientCounty[j]] {
                    let col = add(.continuous)
                    costs[col] = delta[t] * p.uncoveredCostPerParcel * p.daysPerYear * p.demands[t][j]
                    uncovered[t][b] = col
                    row.append(col)
                }
                // A village with no way to be served this year leaves an empty row: GLPK then proves infeasible.
                model.addConstraint(
                    indices: row, coefficients: [Double](repeating: 1, count: row.count), .equal(1),
                    name: "serve_\(j + 1)_\(t + 1)")
            }
            // GLPK counts a binary within 1e-5 of 1 as 1 (`tol_int`), so a site filled to the brim could carry up to
            // 1e-5 of its load more than its capacity once read: the row keeps that margin (`capacityMargin`).
            for (a, _) in sites.enumerated() where !load[a].isEmpty {
                let levels = (0..<tierCount).map { level[(a * tierCount + $0) * yearCount + t] }
                model.addConstraint(
                    indices: load[a].map(\.column) + levels,
                    coefficients: load[a].map(\.parcels)
                        + (0..<tierCount).map { -step(capSize, $0) * (1 - MultiPeriodProblem.capacityMargin) },
                    .lessOrEqual(0))
            }
        }
        // Each county's centers from its cover year on.
        let countiesHere = Array(Set(sites.map { p.siteCounty[$0] } + clients.map { p.clientCounty[$0] })).sorted()
        for c in countiesHere {
            for t in p.coverFrom[c]..<yearCount {
                let open = sites.indices.filter { p.siteCounty[sites[$0]] == c }.map {
                    level[($0 * tierCount) * yearCount + t]
                }.filter { $0 >= 0 }
                model.addConstraint(
                    indices: open, coefficients: [Double](repeating: 1, count: open.count),
                    .greaterOrEqual(Double(p.centersPerCounty)), name: "county_\(c + 1)_\(t + 1)")
            }
        }
        // Valid inequalities on each county's capacity (MultiPeriodCuts.swift): the same optimum, a far better bound.
        for c in countiesHere where cuts {
            let here = sites.indices.filter { p.siteCounty[sites[$0]] == c }
            let villages = clients.indices.filter { p.clientCounty[clients[$0]] == c }
            for t in 0..<yearCount {
                let levels = here.map { a in
                    level[(a * tierCount) * yearCount + t] < 0
                        ? [] : (0..<tierCount).map { level[(a * tierCount + $0) * yearCount + t] }
                }
                let shares = villages.filter { uncovered[t][$0] >= 0 }.map {
                    (column: uncovered[t][$0], parcels: p.demands[t][clients[$0]])
                }
                let need = villages.reduce(0.0) { $0 + p.demands[t][clients[$1]] }
                for cut in p.countyCuts(year: t, levels: levels, shares: shares, need: need) {
                    model.addConstraint(
                        indices: cut.columns, coefficients: cut.coefficients, .greaterOrEqual(cut.lower))
                }
            }
        }
        // Budgets on the year's capital and closing costs.
        for t in 0..<yearCount {
            guard let budget = p.budgets[t] else { continue }
            var columns: [Int] = [], coefficients: [Double] = []
            for (a, i) in sites.enumerated() {
                let e = p.existingTier[i] ?? -1
                for k in (e + 1)..<tierCount where level[(a * tierCount + k) * yearCount + t] >= 0 {
                    columns.append(level[(a * tierCount + k) * yearCount + t]); coefficients.append(step(capCapital, k))
                    if t > 0, level[(a * tierCount + k) * yearCount + t - 1] >= 0 {
                        columns.append(level[(a * tierCount + k) * yearCount + t - 1]);
                        coefficients.append(-step(capCapital, k))
                    }
                }
                if closing[a * yearCount + t] >= 0 {
                    columns.append(closing[a * yearCount + t]); coefficients.append(p.closingCost[i])
                    if t > 0 { columns.append(closing[a * yearCount + t - 1]); coefficients.append(-p.closingCost[i]) }
                }
            }
            model.addConstraint(
                indices: columns, coefficients: coefficients, .lessOrEqual(budget), name: "budget_\(t + 1)")
        }
        for (col, c) in costs.enumerated() where c != 0 { model.setObjective(Variable(index: col), c) }
        if let cutoff, cutoff.isFinite {
            let columns = costs.indices.filter { costs[$0] != 0 }
            model.addConstraint(
                indices: columns, coefficients: columns.map { costs[$0] }, .lessOrEqual(cutoff), name: "cutoff")
        }
        self.model = model
        self.level = level
        self.closing = closing
        self.pairs = pairs
        self.uncovered = uncovered
        self.links = links
    }
}

extension MultiPeriodModel {
    /// Column values of `solution` restricted to this model's group, or `nil` when it uses a column the model
    /// does not have (a level before the land date, a pair outside the radius).
    func values(of solution: MultiPeriodSolution, existingTier: [Int?]) -> [Double]? {
        var v = [Double](repeating: 0, count: model.variableCount)
        for (a, i) in sites.enumerated() {
            for t in 0..<years {
                let tier = solution.tier[i][t]
                for k in stride(from: 0, through: tier, by: 1) {
                    let col = levelColumn(a, k, t)
                    guard col >= 0 else { return nil }
                    v[col] = 1
                }
                if closing[a * years + t] >= 0 && tier < 0 { v[closing[a * years + t]] = 1 }
                if existingTier[i] != nil && tier < 0 && closing[a * years + t] < 0 { return nil }
            }
        }
        for t in 0..<years {
            for (b, j) in clients.enumerated() {
                let i = solution.center[t][j]
                if i < 0 {
                    guard uncovered[t][b] >= 0 else { return nil }
                    v[uncovered[t][b]] = 1
                } else {
                    guard let pair = pairs[t][b].first(where: { sites[$0.site] == i }) else { return nil }
                    v[pair.column] = 1
                }
            }
        }
        return v
    }
}

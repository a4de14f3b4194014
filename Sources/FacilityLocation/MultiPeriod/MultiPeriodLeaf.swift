// Settles one open set of a county's build-out: tier paths listed, each year's assignment solved on its own.
import GLPK
import SolverControl

/// The branch and bound's leaves (``MultiPeriodBranch``): every site of a county is decided, `sites` open by the
/// last year and the others never. What is left is each open site's tier path (opening year, tier each year) and
/// the villages' assignments, and once the paths are fixed the years no longer interact: a plan costs its paths'
/// capital and operating costs plus, for each year, the cheapest assignment to the tiers open that year (a
/// generalized assignment problem of a few sites). So the leaf lists every combination of paths, bounds each by
/// the sum of its years' assignment LPs (one LP per year and tier vector, shared by every combination that has that
/// vector), and solves the assignment MIPs exactly, least bound first, only until the bound reaches the incumbent.
///
/// Why: GLPK on the open set's whole model branches on fractional tiers and assignments together; on 平城区 140213
/// (three open sites, 202 villages) it left 0.03% open after 11 s per leaf, while an assignment LP of three sites
/// has at most three split villages, so its bound is nearly exact and few MIPs are needed.
///
/// Only for single-source plans (a plan names one center per village) and sets without existing sites or budgets
/// (where the Lagrangian applies) small enough to list (``designLimit``); `nil` otherwise, and GLPK takes the set.
struct MultiPeriodLeaf {
    let p: MultiPeriodProblem
    let clients: [Int]
    let sites: [Int]
    /// Each open site's tier paths (tier each year, -1 not open yet) and their discounted capital and operating cost.
    private let paths: [[(tiers: [Int], cost: Double)]]
    private let states: Int
    /// Tier vectors a year can have (states^sites): the size of the LP and MIP tables.
    private let vectors: Int
    private let cover: Int

    /// Most path combinations a leaf lists (beyond, GLPK takes the set), and most tier vectors a year may have (the
    /// LP and MIP tables hold one entry per vector: states^sites).
    static let designLimit = 200_000
    static let vectorLimit = 1 << 16

    /// What the leaf settled: its best plan under `below` (if any), that plan's cost, the bound on the set's plans
    /// (the plan's cost when `settled`).
    struct Outcome {
        var plan: MultiPeriodSolution?
        var objective: Double
        var bound: Double
        var settled: Bool
    }

    init?(_ p: MultiPeriodProblem, clients: [Int], sites: [Int]) {
        guard !clients.isEmpty, !sites.isEmpty, p.singleSource, p.budgets.allSatisfy({ $0 == nil }),
            sites.allSatisfy({ p.existingTier[$0] == nil && !p.closed[$0] }),
            Set(sites.map { p.siteCounty[$0] } + clients.map { p.clientCounty[$0] }).count == 1
        else { return nil }
        self.p = p
        self.clients = clients
        self.sites = sites
        states = p.tiers.count + 1
        cover = p.coverFrom[p.clientCounty[clients[0]]]
        let vectors = pow1(Double(states), sites.count)
        guard vectors <= Double(Self.vectorLimit) else { return nil }
        self.vectors = Int(vectors)
        var paths: [[(tiers: [Int], cost: Double)]] = []
        for i in sites {
            var list: [(tiers: [Int], cost: Double)] = []
            // Tiers never shrink; a tier only from the site's land year; open by the last year (the leaf's rule).
            func extend(_ tiers: [Int], cost: Double) {
                let t = tiers.count, before = tiers.last ?? -1
                if t == p.years {
                    if before >= 0 { list.append((tiers, cost)) }
                    return
                }
                for k in before..<p.tiers.count where k < 0 || t >= p.firstYear[i] {
                    var c = cost
                    if k >= 0 {
                        c += p.discount(t) * p.tiers[k].operatingPerYear
                        if k > before {
                            c += p.discount(t) * (p.tiers[k].capital - (before >= 0 ? p.tiers[before].capital : 0))
                        }
                    }
                    extend(tiers + [k], cost: c)
                }
            }
            extend([], cost: 0)
            guard !list.isEmpty else { return nil }
            paths.append(list)
        }
        self.paths = paths
    }

    /// The tier vector of year `t` as one number: site `a`'s state (tier + 1) in base `states`.
    private func key(_ tiers: [Int], _ t: Int) -> Int {
        var key = 0
        for a in stride(from: sites.count - 1, through: 0, by: -1) { key = key * states + tiers[a * p.years + t] + 1 }
        return key
    }

    /// The year-`t` assignment model of the tiers `vector` (tier per open site, -1 closed): `nil` when no plan fits
    /// (a village the year must serve with no site open that may serve it, or too few centers).
    private func assignment(_ t: Int, _ vector: [Int]) -> (model: Model, columns: [[(site: Int, column: Int)]])? {
        let open = vector.filter { $0 >= 0 }.count
        if t >= cover && open < max(0, p.centersPerCounty) { return nil }
        var model = Model()
        let delta = p.discount(t)
        var columns = [[(site: Int, column: Int)]](repeating: [], count: clients.count)
        var load = [[(column: Int, parcels: Double)]](repeating: [], count: sites.count)
        for (b, j) in clients.enumerated() {
            var row: [Int] = []
            for (a, i) in sites.enumerated() where vector[a] >= 0 && p.allows(j, i) {
                let x = model.addVariable(
                    kind: .binary, lower: 0, upper: 1,
                    objective: delta * p.transportCost(j, i, year: t)
                ).index
                columns[b].append((a, x))
                load[a].append((x, (1 + p.reserve) * p.demands[t][j]))
                row.append(x)
            }
            if t < cover {
                row.append(
                    model.addVariable(
                        lower: 0, upper: 1,
                        objective: delta * p.uncoveredCostPerParcel * p.daysPerYear * p.demands[t][j]
                    ).index)
            }
            if row.isEmpty { return nil }
            model.addConstraint(indices: row, coefficients: [Double](repeating: 1, count: row.count), .equal(1))
        }
        for a in sites.indices where vector[a] >= 0 && !load[a].isEmpty {
            model.addConstraint(
                indices: load[a].map(\.column), coefficients: load[a].map(\.parcels),
                .lessOrEqual(p.tiers[vector[a]].parcelsPerDay * (1 - MultiPeriodProblem.capacityMargin)))
        }
        return (model, columns)
    }

    /// A bound on every plan of the set, separable by site, from the Lagrangian at some multipliers: `base` plus,
    /// for each open site, its path's cost and its knapsacks' values (`knap[a][t * tiers + k]`, site `a` at tier
    /// `k` in year `t`). Each plan of the set costs at least that (``MultiPeriodLagrangian/relaxed``, without the
    /// county programme's rows).
    struct Prices {
        var base: Double
        var knap: [[Double]]
    }

    /// The set's best plan below `below`, or the proof that none is, within `budget`; `prior` is a bound on the set
    /// already proven (the Lagrangian's), kept when the leaf stops early. `prices` prune the combinations of paths
    /// before any LP (without them only the paths' own costs do). `nil` when more than ``designLimit`` combinations
    /// are left to list.
    func solve(
        below: Double, prior: Double, prices: Prices?, options: LocationOptions, budget: TimeBudget
    ) throws(LocationError) -> Outcome? {
        let m = sites.count, years = p.years, tiers = p.tiers.count
        var out = Outcome(plan: nil, objective: .infinity, bound: prior, settled: false)
        // Each path's part of the priced bound; the paths of each site cheapest first.
        let base = prices?.base ?? 0
        let part = (0..<m).map { a in
            paths[a].map { path in
                path.cost
                    + (0..<years).reduce(0.0) { sum, t in
                        let k = path.tiers[t]
                        return sum + (k >= 0 ? prices?.knap[a][t * tiers + k] ?? 0 : 0)
                    }
            }
        }
        let order = part.map { g in g.indices.sorted { g[$0] != g[$1] ? g[$0] < g[$1] : $0 < $1 } }
        var rest = [Double](repeating: 0, count: m + 1)
        for a in stride(from: m - 1, through: 0, by: -1) { rest[a] = rest[a + 1] + part[a][order[a][0]] }
        // The combinations whose priced bound is below `below`, depth first over the sites.
        var designs: [(bound: Double, choice: [Int])] = []
        var choice = [Int](repeating: 0, count: m)
        var overflow = false
        func list(_ a: Int, _ sum: Double) {
            if overflow { return }
            if a == m {
                designs.append((base + sum, choice))
                overflow = designs.count > Self.designLimit
                return
            }
            for q in order[a] {
                let v = sum + part[a][q]
                if base + v + rest[a + 1] >= below { break }
                choice[a] = q
                list(a + 1, v)
            }
        }
        list(0, 0)
        if overflow { return nil }
        if budget.isExhausted { return out }
        designs.sort { $0.bound != $1.bound ? $0.bound < $1.bound : $0.choice.lexicographicallyPrecedes($1.choice) }
        // Each year's LP and MIP per tier vector, computed when a combination needs them.
        var lp = [[Double]](repeating: [Double](repeating: .nan, count: vectors), count: years)
        var exact = [[(value: Double, settled: Bool, centers: [Int])?]](
            repeating: [(value: Double, settled: Bool, centers: [Int])?](repeating: nil, count: vectors), count: years)
        var flat = [Int](repeating: -1, count: m * years), vector = [Int](repeating: -1, count: m)
        var target = below
        var unsettled = Double.infinity
        for (index, design) in designs.enumerated() {
            guard design.bound < target else { break }
            if budget.isExhausted {
                out.bound = max(prior, min(unsettled, design.bound, target))
                return out
            }
            var cost = 0.0
            for a in 0..<m {
                cost += paths[a][design.choice[a]].cost
                for t in 0..<years { flat[a * years + t] = paths[a][design.choice[a]].tiers[t] }
            }
            // The LP bound first: most combinations stop here.
            var bound = cost
            for t in 0..<years where bound < target {
                let k = key(flat, t)
                if lp[t][k].isNaN {
                    for a in 0..<m { vector[a] = flat[a * years + t] }
                    lp[t][k] = try relaxation(t, vector, options: options, budget: budget)
                }
                bound += lp[t][k]
            }
            if bound == -.infinity { return out }  // an LP stopped by the clock
            guard bound < target else { continue }
            var value = cost, settled = true
            for t in 0..<years where value < target {
                let k = key(flat, t)
                if exact[t][k] == nil {
                    for a in 0..<m { vector[a] = flat[a * years + t] }
                    exact[t][k] = try assignmentMIP(
                        t, vector, relaxed: lp[t][k], options: options, budget: budget, share: designs.count - index)
                }
                value += exact[t][k]!.value
                settled = settled && exact[t][k]!.settled
            }
            guard value < target else { continue }
            if !settled {
                unsettled = min(unsettled, value)
                continue
            }
            var plan = MultiPeriodSolution(sites: p.sites, clients: p.clients, years: years)
            for (a, i) in sites.enumerated() { plan.tier[i] = paths[a][design.choice[a]].tiers }
            for t in 0..<years {
                let centers = exact[t][key(flat, t)]!.centers
                for (b, j) in clients.enumerated() { plan.center[t][j] = centers[b] >= 0 ? sites[centers[b]] : -1 }
            }
            out.plan = plan
            out.objective = value
            target = value - MultiPeriodBranch.tolerance * max(1, abs(value))
        }
        out.settled = !unsettled.isFinite
        out.bound = out.settled ? min(out.objective, below) : max(prior, min(unsettled, target))
        return out
    }

    /// Year `t`'s assignment LP to the tiers in `vector`: infinity when no plan fits, -infinity when stopped.
    private func relaxation(
        _ t: Int, _ vector: [Int], options: LocationOptions, budget: TimeBudget
    )
        throws(LocationError) -> Double
    {
        guard let (model, _) = assignment(t, vector) else { return .infinity }
        let r: LPSolution
        do {
            r = try model.solveRelaxation(SolveOptions(timeLimit: budget.remaining, cancellation: options.cancellation))
        } catch { throw .badInput("GLPK: \(error)") }
        if r.status == .optimal, let objective = r.objective { return objective }
        return r.status == .infeasible ? .infinity : -.infinity
    }

    /// Year `t`'s assignment to the tiers in `vector`, exactly: its cost (a bound when not settled) and each
    /// village's site (local index, -1 unserved). `share`: the designs left, among which the time is shared.
    private func assignmentMIP(
        _ t: Int, _ vector: [Int], relaxed: Double, options: LocationOptions, budget: TimeBudget, share: Int
    ) throws(LocationError) -> (value: Double, settled: Bool, centers: [Int]) {
        let none = (value: Double.infinity, settled: true, centers: [Int]())
        guard let (model, columns) = assignment(t, vector) else { return none }
        let part = TimeBudget(
            seconds: budget.remaining.map { max(min($0, 0.5), $0 / Double(max(1, min(share, 20)))) },
            cancellation: budget.cancellation)
        let r = try LocationGLPK.solve(model, options: options, budget: part, warmStart: nil)
        if r.status == .infeasible { return none }
        guard let values = r.values, r.status == .optimal else {
            return (r.bound.isFinite ? max(relaxed, r.bound) : relaxed, false, [])
        }
        let centers = columns.map { pairs in pairs.first { values[$0.column] > 0.5 }?.site ?? -1 }
        return (r.objective, true, centers)
    }
}

extension MultiPeriodLagrangian {
    /// The relaxed problem at `lambda` with exactly `open` (global site indices) open, as prices for
    /// ``MultiPeriodLeaf``; `nil` when the county programme has no solution with them.
    func prices(_ lambda: [[Double]], open: [Int], scratch: inout Scratch) -> MultiPeriodLeaf.Prices? {
        let status = sites.map { open.contains($0) ? Int8(1) : -1 }
        var served = [[Double]](repeating: [Double](repeating: 0, count: clients.count), count: years)
        let value = relaxed(lambda, status: status, served: &served, scratch: &scratch)
        guard value.isFinite else { return nil }
        let width = years * tiers
        var knap: [[Double]] = []
        for i in open {
            guard let a = sites.firstIndex(of: i) else { return nil }
            knap.append(Array(scratch.knap[(a * width)..<((a + 1) * width)]))
        }
        return MultiPeriodLeaf.Prices(base: value - scratch.sitesValue, knap: knap)
    }
}

// Lower bounds on a county's build-out for each set of sites open in the last year, and their enumeration.

/// Why: the LP of the county model spreads capacity over many sites in fractions, next to the villages, so its
/// bound misses the transport that two or three whole sites cost (docs/years-benchmarks.md: 10-23% gaps on the
/// urban districts). Here the last year's open set `S` is fixed whole, and a plan whose last-year set is `S`
/// costs at least:
/// - last year: the cheapest multiset of exactly `|S|` tiers (capital and operating cost) that carries the
///   county's demand with the reserve, plus each village at its nearest site of `S` (capacities ignored);
/// - a year from the county's cover year on: the cheapest operating cost of at most `|S|` tiers that carry the
///   year's demand, plus each village at its nearest site of `S` (a site never closes, so that year's sites are
///   in `S`);
/// - a year before: for any `mu >= 0` (capacity priced instead of bought), each village at the lesser of its
///   uncovered cost and its nearest site of `S` plus `mu` per parcel a day with the reserve, and `|S|` times the
///   least `operating - mu x capacity` of a tier if negative; the best of a few `mu`.
///
/// Capital falls once per tier step, in a year whose discount is at least the last year's. Sets are enumerated
/// depth first over the sites; a subtree (sets that add any of the sites after the current one) is cut when the
/// same bound over all of them, with villages at their nearest site of `S` or of the sites left, is no better
/// than the incumbent. Only counties without existing sites (which may close) use this.
struct MultiPeriodSiteSets {
    let p: MultiPeriodProblem
    let clients: [Int]
    /// The group's sites that may open, and the forced ones among them (always in `S`).
    let sites: [Int]
    let forced: UInt64
    /// `cost[(a * years + t) * n + b]`: discounted cost of serving village `b` from site `a` in year `t`
    /// (infinity when the site may not serve it that year).
    private let cost: [Double]
    /// The least of `cost` over sites `a...` (`suffix[a]`), for subtree bounds.
    private let suffix: [[Double]]
    private let uncovered: [Double]
    private let parcels: [Double]
    private let cover: Int
    /// Facility bounds by the number of sites: `last[q]` (exactly q), `running[t][q]` (at most q) for cover years
    /// before the last, `priced[t]` the `mu`s of a year before the cover year with their per-site term.
    private let last: [Double]
    private let running: [[Double]]
    private let priced: [[(mu: Double, perSite: Double)]]
    let n: Int
    let years: Int

    /// The bounds of a single-county group; `nil` when they do not apply (existing sites, several counties, no
    /// villages, more than 64 sites, or more tiers than the configuration tables allow).
    init?(_ p: MultiPeriodProblem, clients: [Int], sites groupSites: [Int]) {
        let counties = Set(clients.map { p.clientCounty[$0] } + groupSites.map { p.siteCounty[$0] })
        guard counties.count == 1, let county = counties.first, !clients.isEmpty, p.tiers.count <= 4,
            groupSites.allSatisfy({ p.existingTier[$0] == nil })
        else { return nil }
        let sites = groupSites.filter { !p.closed[$0] }
        guard !sites.isEmpty, sites.count <= 64 else { return nil }
        self.p = p
        self.clients = clients
        self.sites = sites
        var forced: UInt64 = 0
        for (a, i) in sites.enumerated() where p.forced[i] { forced |= 1 << UInt64(a) }
        self.forced = forced
        let n = clients.count, m = sites.count, years = p.years
        self.n = n
        self.years = years
        let cover = p.coverFrom[county]
        self.cover = cover
        var cost = [Double](repeating: .infinity, count: m * years * n)
        for (a, i) in sites.enumerated() {
            for t in 0..<years where t >= p.firstYear[i] {
                for (b, j) in clients.enumerated() where p.allows(j, i) {
                    cost[(a * years + t) * n + b] = p.discount(t) * p.transportCost(j, i, year: t)
                }
            }
        }
        var suffix = [[Double]](repeating: [], count: m + 1)
        suffix[m] = [Double](repeating: .infinity, count: years * n)
        for a in stride(from: m - 1, through: 0, by: -1) {
            var row = suffix[a + 1]
            for q in 0..<(years * n) { row[q] = min(row[q], cost[a * years * n + q]) }
            suffix[a] = row
        }
        self.cost = cost
        self.suffix = suffix
        var uncovered = [Double](repeating: 0, count: years * n), parcels = uncovered
        for t in 0..<years {
            for (b, j) in clients.enumerated() {
                parcels[t * n + b] = (1 + p.reserve) * p.demands[t][j]
                uncovered[t * n + b] = p.discount(t) * p.uncoveredCostPerParcel * p.daysPerYear * p.demands[t][j]
            }
        }
        self.uncovered = uncovered
        self.parcels = parcels
        // Least cost of exactly q tiers carrying each year's need, from every multiset of at most m tiers.
        let need = (0..<years).map { t in (0..<n).reduce(0.0) { $0 + parcels[t * n + $1] } }
        let minimum = max(p.centersPerCounty, 0)
        var exactLast = [Double](repeating: .infinity, count: m + 1)
        var exactRunning = [[Double]](repeating: [Double](repeating: .infinity, count: m + 1), count: years)
        let tiers = p.tiers, lastYear = years - 1
        var counts = [Int](repeating: 0, count: tiers.count)
        func visit(_ k: Int, members: Int) {
            if k == tiers.count {
                guard members >= minimum else { return }
                var capacity = 0.0, capital = 0.0, operating = 0.0
                for (z, c) in counts.enumerated() {
                    capacity += Double(c) * tiers[z].parcelsPerDay
                    capital += Double(c) * tiers[z].capital
                    operating += Double(c) * tiers[z].operatingPerYear
                }
                for t in max(cover, 0)..<years where capacity >= need[t] * (1 - 1e-9) {
                    if t == lastYear {
                        exactLast[members] = min(exactLast[members], p.discount(t) * (capital + operating))
                    } else {
                        exactRunning[t][members] = min(exactRunning[t][members], p.discount(t) * operating)
                    }
                }
                return
            }
            for c in 0...(m - members) {
                counts[k] = c
                visit(k + 1, members: members + c)
            }
            counts[k] = 0
        }
        visit(0, members: 0)
        last = exactLast
        // At most q: the running least over the exact counts.
        running = exactRunning.map { row in
            var best = Double.infinity
            return row.map {
                best = min(best, $0); return best
            }
        }
        priced = (0..<years).map { t in
            let d = p.discount(t)
            let mus = [0.0] + tiers.map { d * $0.operatingPerYear / $0.parcelsPerDay }
            return mus.map { mu in (mu, min(0, tiers.map { d * $0.operatingPerYear - mu * $0.parcelsPerDay }.min()!)) }
        }
    }

    /// The bound of the plans whose last-year set has between `q` and `qMost` sites, with `near[at + t * n + b]`
    /// the cheapest cost of village `b` in year `t` over the sites they may use.
    private func bound(_ near: [Double], at: Int, q: Int, qMost: Int) -> Double {
        var total = Double.infinity
        for c in q...qMost { total = min(total, last[c]) }
        guard total.isFinite else { return .infinity }
        for t in 0..<years {
            let row = at + t * n, own = t * n
            if t >= cover {
                if t < years - 1 { total += running[t][qMost] }
                for b in 0..<n { total += near[row + b] }
                if !total.isFinite { return .infinity }
            } else {
                var best = -Double.infinity
                for (mu, perSite) in priced[t] {
                    var value = Double(qMost) * perSite
                    for b in 0..<n { value += min(uncovered[own + b], near[row + b] + mu * parcels[own + b]) }
                    best = max(best, value)
                }
                total += best
            }
        }
        return total
    }

    /// The bound of every set that adds `k >= 1` of the free sites from `from` on to the set whose costs are at
    /// `near[at...]` (`q` sites): adding sites saves at most the sum of what each saves alone (the cost of the
    /// cheapest site of a set, with uncovered as one more choice, has decreasing returns), so the set's costs less
    /// the `k` largest single savings, plus the facility bound of `q + k` sites; the least over `k`. A year before
    /// the cover year prices capacity with the `mu` best for the set itself. Infinity-free sets only (else
    /// `-infinity`).
    private func growthBound(
        _ near: [Double], at: Int, q: Int, from: Int, gains: inout [Double], mus: inout [Double]
    ) -> Double {
        let m = sites.count, size = years * n
        var base = 0.0, perSite = 0.0
        for t in 0..<years {
            let row = at + t * n, own = t * n
            if t >= cover {
                for b in 0..<n { base += near[row + b] }
                continue
            }
            var best = -Double.infinity, chosen = 0.0
            for (mu, site) in priced[t] {
                var value = Double(q) * site
                for b in 0..<n { value += min(uncovered[own + b], near[row + b] + mu * parcels[own + b]) }
                if value > best {
                    best = value
                    mus[t] = mu
                    chosen = site
                }
            }
            perSite += chosen
            base += best - Double(q) * chosen
        }
        guard base.isFinite else { return -.infinity }
        gains.removeAll(keepingCapacity: true)
        for a in from..<m where forced & (1 << UInt64(a)) == 0 {
            var gain = 0.0
            let row = a * size
            for t in 0..<years {
                let here = at + t * n, own = t * n, column = row + t * n
                if t >= cover {
                    for b in 0..<n where cost[column + b] < near[here + b] { gain += near[here + b] - cost[column + b] }
                } else {
                    let mu = mus[t]
                    for b in 0..<n where cost[column + b] < near[here + b] {
                        let before = min(uncovered[own + b], near[here + b] + mu * parcels[own + b])
                        gain += max(0, before - (cost[column + b] + mu * parcels[own + b]))
                    }
                }
            }
            gains.append(gain)
        }
        gains.sort(by: >)
        var least = Double.infinity, saved = 0.0
        for k in 1...max(gains.count, 1) where k <= gains.count {
            saved += gains[k - 1]
            var facility = last[q + k] + Double(q + k) * perSite
            for t in max(cover, 0)..<(years - 1) { facility += running[t][q + k] }
            least = min(least, facility + base - saved)
        }
        return least
    }

    /// Every set `S` (a bit per site of ``sites``) whose bound is below `upper`, with its bound, the `limit`
    /// least, sets in `skip` left out; `dropped` is the least bound of the sets the limit left out (infinity
    /// when none). `nil` when the enumeration visits more than `work` sets or `stop` says so.
    func candidates(
        below upper: Double, limit: Int, work: Int, skip: Set<UInt64>, stop: () -> Bool
    )
        -> (sets: [(bound: Double, set: UInt64)], dropped: Double)?
    {
        let m = sites.count, size = years * n
        var sets: [(bound: Double, set: UInt64)] = []
        var dropped = Double.infinity
        var visited = 0
        // Row `depth` of `levels` holds each village-year's cheapest cost over the set at that depth; the last
        // row is scratch for subtree bounds.
        var levels = [Double](repeating: .infinity, count: (m + 2) * size)
        let scratch = (m + 1) * size
        var q0 = 0
        for a in 0..<m where forced & (1 << UInt64(a)) != 0 {
            for r in 0..<size { levels[r] = min(levels[r], cost[a * size + r]) }
            q0 += 1
        }
        let free = (0...m).map { from in (from..<m).filter { forced & (1 << UInt64($0)) == 0 }.count }
        var aborted = false
        var gains: [Double] = []
        gains.reserveCapacity(m)
        var mus = [Double](repeating: 0, count: years)
        func keep(_ b: Double, _ set: UInt64) {
            sets.append((b, set))
            guard sets.count > 2 * limit else { return }
            sets.sort { $0.bound < $1.bound || ($0.bound == $1.bound && $0.set < $1.set) }
            dropped = min(dropped, sets[limit].bound)
            sets.removeLast(sets.count - limit)
        }
        // The sets that add sites from `from` on to `set` (of `q` sites, costs in row `depth`).
        func explore(set: UInt64, q: Int, from: Int, depth: Int) {
            visited += 1
            if visited > work || (visited & 1023 == 0 && stop()) { aborted = true }
            if aborted { return }
            let here = depth * size
            if q > 0 && !skip.contains(set) {
                let b = bound(levels, at: here, q: q, qMost: q)
                if b < upper { keep(b, set) }
            }
            guard free[from] > 0 else { return }
            let rest = suffix[from]
            for r in 0..<size { levels[scratch + r] = min(levels[here + r], rest[r]) }
            if bound(levels, at: scratch, q: q + 1, qMost: q + free[from]) >= upper { return }
            if growthBound(levels, at: here, q: q, from: from, gains: &gains, mus: &mus) >= upper { return }
            let next = here + size
            for a in from..<m where forced & (1 << UInt64(a)) == 0 {
                let row = a * size
                for r in 0..<size { levels[next + r] = min(levels[here + r], cost[row + r]) }
                explore(set: set | (1 << UInt64(a)), q: q + 1, from: a + 1, depth: depth + 1)
                if aborted { return }
            }
        }
        explore(set: forced, q: q0, from: 0, depth: 0)
        if aborted { return nil }
        sets.sort { $0.bound < $1.bound || ($0.bound == $1.bound && $0.set < $1.set) }
        if sets.count > limit {
            dropped = min(dropped, sets[limit].bound)
            sets.removeLast(sets.count - limit)
        }
        return (sets, dropped)
    }

    /// The sites (problem indices) of a set.
    func members(_ set: UInt64) -> [Int] { sites.indices.filter { set & (1 << UInt64($0)) != 0 }.map { sites[$0] } }
}

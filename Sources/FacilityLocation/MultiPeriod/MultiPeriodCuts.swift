// Valid inequalities on each county's open capacity per year: rounding cuts and cheapest-configuration cuts.

/// A row for the multi-period model: `sum coefficients x columns >= lower`.
struct MultiPeriodCut {
    var columns: [Int]
    var coefficients: [Double]
    var lower: Double
}

/// Why the cuts: a county whose year needs, say, 33,000 parcels a day of capacity is served in integers by two S
/// sites or one M, but the LP relaxation opens one S and 0.1 of a second site (the per-site rows let any site run
/// at a fraction), which left 20-60% gaps GLPK's own cuts did not close (docs/years-benchmarks.md). Both families
/// only restate what every integer plan satisfies, so the optimum does not move:
/// - the county's capacity row `sum_i sum_k step_k u[i,k,t] + (1 + reserve) sum_j D_j s[j,t] >= (1 + reserve) D`
///   (the sum of the site rows and the villages' serve rows), rounded with mixed-integer rounding for each tier
///   size as divisor;
/// - from the county's cover year on (no share left unserved), the tiers open that year form a multiset with
///   capacity >= the need and at least `centersPerCounty` members, so any cost weight `w` of its tiers is at least
///   the cheapest such multiset's: `sum_i sum_k (w_k - w_(k-1)) u[i,k,t] >= min w`, for operating cost, capital and
///   capital plus the operating cost of the years left.
extension MultiPeriodProblem {
    /// The cuts of county `c` in year `t`. `levels[a][k]` is the column of site `a`'s level `k` that year (`[]`
    /// when the site cannot be open then); `shares` are the county's villages' uncovered columns with their
    /// parcels a day; `need` is the county's parcels a day.
    func countyCuts(
        year t: Int, levels: [[Int]], shares: [(column: Int, parcels: Double)], need parcels: Double
    )
        -> [MultiPeriodCut]
    {
        let open = levels.filter { !$0.isEmpty }
        let need = (1 + reserve) * parcels
        guard !open.isEmpty, need > 0 else { return [] }
        var cuts: [MultiPeriodCut] = []
        let steps = tiers.indices.map { tiers[$0].parcelsPerDay - ($0 > 0 ? tiers[$0 - 1].parcelsPerDay : 0) }
        var divisors: [Double] = []
        for d in steps + tiers.map(\.parcelsPerDay) where !divisors.contains(d) { divisors.append(d) }
        for d in divisors {
            if let cut = Self.rounding(open, steps: steps, shares: shares, reserve: reserve, need: need, divisor: d) {
                cuts.append(cut)
            }
        }
        guard shares.isEmpty else { return cuts }
        let remaining = Double(years - t)
        let weights: [[Double]] = [
            tiers.map(\.operatingPerYear), tiers.map(\.capital),
            tiers.map { $0.capital + remaining * $0.operatingPerYear },
        ]
        for w in weights {
            guard let least = cheapestConfiguration(need: need, sites: open.count, weight: w), least > 0 else {
                continue
            }
            var cut = MultiPeriodCut(columns: [], coefficients: [], lower: least * (1 - 1e-9))
            for site in open {
                for k in tiers.indices {
                    cut.columns.append(site[k])
                    cut.coefficients.append(w[k] - (k > 0 ? w[k - 1] : 0))
                }
            }
            cuts.append(cut)
        }
        return cuts
    }

    /// Mixed-integer rounding of the county's capacity row divided by `divisor`: for `a u + s >= b` with `u`
    /// integer and `s >= 0`, `sum (floor(a) + min(frac(a), f) / f) u + s / f >= ceil(b)` where `f = frac(b)`.
    private static func rounding(
        _ open: [[Int]], steps: [Double], shares: [(column: Int, parcels: Double)], reserve: Double, need: Double,
        divisor: Double
    ) -> MultiPeriodCut? {
        let b = need / divisor
        let f = b - b.rounded(.down)
        // A right side that is (nearly) whole gives nothing new with continuous shares, and is numerically fragile.
        guard f > 1e-6, f < 1 - 1e-6 else { return nil }
        func rounded(_ a: Double) -> Double {
            let whole = a.rounded(.down), part = a - whole
            if part < 1e-9 { return whole }
            if part > 1 - 1e-9 { return whole + 1 }
            return whole + min(part, f) / f
        }
        var cut = MultiPeriodCut(columns: [], coefficients: [], lower: b.rounded(.up))
        for site in open {
            for (k, step) in steps.enumerated() {
                cut.columns.append(site[k])
                cut.coefficients.append(rounded(step / divisor))
            }
        }
        for share in shares {
            cut.columns.append(share.column)
            cut.coefficients.append((1 + reserve) * share.parcels / divisor / f)
        }
        return cut
    }

    /// The least total `weight` of a multiset of tiers with capacity >= `need`, at least `centersPerCounty` and at
    /// most `sites` members; `nil` when none exists or the enumeration would be too long to be worth it.
    func cheapestConfiguration(need: Double, sites: Int, weight: [Double]) -> Double? {
        var best = Double.infinity
        var work = 0
        let minimum = max(centersPerCounty, 0)
        // Counts of tiers 0..<k chosen so far, their capacity, members and weight.
        func visit(_ k: Int, capacity: Double, members: Int, cost: Double) {
            work += 1
            guard work < 200_000, cost < best else { return }
            let last = tiers.count - 1
            let size = tiers[k].parcelsPerDay
            let short = max(0, need * (1 - 1e-9) - capacity)
            if k == last {
                let n = max(Int((short / size).rounded(.up)), minimum - members, 0)
                if members + n <= sites { best = min(best, cost + Double(n) * weight[k]) }
                return
            }
            let most = min(sites - members, Int((short / size).rounded(.up)) + max(0, minimum - members))
            for n in stride(from: 0, through: max(most, 0), by: 1) {
                visit(
                    k + 1, capacity: capacity + Double(n) * size, members: members + n,
                    cost: cost + Double(n) * weight[k])
            }
        }
        visit(0, capacity: 0, members: 0, cost: 0)
        return work < 200_000 && best.isFinite ? best : nil
    }
}

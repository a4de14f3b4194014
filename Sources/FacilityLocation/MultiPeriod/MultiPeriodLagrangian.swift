// A Lagrangian lower bound on one county's build-out: villages' "served once" rows priced, each site alone.
import SolverControl

/// A lower bound on one county's multi-period model (``MultiPeriodModel``) that does not let a tier be built in
/// fractions, which is where the county LP is weak (two M centers cost more than 1.8 of them).
///
/// Each village-year's row "served once" is priced by a multiplier `λ`. The rest splits by site: a site picks its
/// tier path (opening year, tiers never shrinking) and, in each year, the villages whose price beats their
/// transport cost up to its tier's capacity (a fractional knapsack, so a valid relaxation of single sourcing).
/// The sites are then combined under two rows the model also has, kept exactly: the last year's tiers carry the
/// county's demand with the reserve, and `centersPerCounty` sites are open from the cover year. Subgradient steps
/// (Polyak's, towards the best plan's cost) raise the bound. Every plan of the model is feasible for each
/// relaxed problem at the same cost, so each value is a lower bound, whatever the multipliers.
///
/// Counties with existing sites or with budgets are left to the other methods (`nil`).
struct MultiPeriodLagrangian {
    let p: MultiPeriodProblem
    let clients: [Int]
    let sites: [Int]
    let years: Int
    let tiers: Int
    /// Per site, the villages (local index) it may serve, and each village's place in that list (-1: none), by
    /// `a * clients + b`.
    let reach: [[Int]]
    let place: [Int]
    /// `delta[t] x` transport of (local site, village in `reach` order, year), and each village-year's weight.
    let cost: [[Double]]
    let weight: [[Double]]
    /// Discounted cost of leaving village `b` unserved in year `t` (`.infinity` from the cover year on).
    let uncovered: [[Double]]
    let cover: Int

    init?(_ p: MultiPeriodProblem, clients: [Int], sites: [Int]) {
        guard !clients.isEmpty, !sites.isEmpty, p.budgets.allSatisfy({ $0 == nil }),
            sites.allSatisfy({ p.existingTier[$0] == nil }),
            Set(sites.map { p.siteCounty[$0] } + clients.map { p.clientCounty[$0] }).count == 1
        else { return nil }
        self.p = p
        self.clients = clients
        self.sites = sites.filter { !p.closed[$0] }
        years = p.years
        tiers = p.tiers.count
        cover = p.coverFrom[p.clientCounty[clients[0]]]
        let delta = (0..<p.years).map(p.discount)
        reach = self.sites.map { i in clients.indices.filter { p.allows(clients[$0], i) } }
        var place = [Int](repeating: -1, count: self.sites.count * clients.count)
        for (a, r) in reach.enumerated() { for (q, b) in r.enumerated() { place[a * clients.count + b] = q } }
        self.place = place
        var cost: [[Double]] = [], weight: [[Double]] = []
        for (a, i) in self.sites.enumerated() {
            for t in 0..<p.years {
                cost.append(reach[a].map { delta[t] * p.transportCost(clients[$0], i, year: t) })
            }
        }
        for t in 0..<p.years { weight.append(clients.map { (1 + p.reserve) * p.demands[t][$0] }) }
        self.cost = cost
        self.weight = weight
        uncovered = (0..<p.years).map { t in
            clients.map { j in
                t < p.coverFrom[p.clientCounty[j]]
                    ? delta[t] * p.uncoveredCostPerParcel * p.daysPerYear * p.demands[t][j] : .infinity
            }
        }
    }

    /// The best bound found within `iterations` steps or `budget`, given a plan costing `upper` (the target of
    /// the steps; the search stops once the bound reaches it), and the cheapest plan built on the relaxed problems'
    /// designs (``plan(design:)``, every fifth step's, up to 100 distinct) with its cost, when cheaper than `upper`.
    func run(
        upper: Double, iterations: Int = 3_000, budget: TimeBudget
    ) -> (
        bound: Double, plan: MultiPeriodSolution?, cost: Double
    ) {
        let n = clients.count
        // Start each price at the village's cheapest way to be served.
        var lambda = (0..<years).map { t in [Double](repeating: 0, count: n) }
        for t in 0..<years {
            for b in 0..<n { lambda[t][b] = uncovered[t][b] }
            for (a, r) in reach.enumerated() {
                for (q, b) in r.enumerated() { lambda[t][b] = min(lambda[t][b], cost[a * years + t][q]) }
            }
            for b in 0..<n where !lambda[t][b].isFinite { lambda[t][b] = 0 }
        }
        var best = -Double.infinity, theta = 2.0, stale = 0, target = upper
        var plan: MultiPeriodSolution?, planCost = upper, tried: Set<[Int]> = []
        var served = [[Double]](repeating: [Double](repeating: 0, count: n), count: years)
        var scratch = Scratch()
        for step in 0..<iterations {
            if step % 16 == 0 && budget.isExhausted { break }
            let value = relaxed(lambda, served: &served, scratch: &scratch)
            if !best.isFinite || value > best + 1e-9 * max(1, abs(best)) {
                best = value
                stale = 0
            } else {
                stale += 1
                if stale >= 20 {
                    theta /= 2
                    stale = 0
                }
            }
            if step % 5 == 0, tried.count < 100, tried.insert(scratch.design).inserted,
                let candidate = self.plan(design: scratch.design)
            {
                let c = p.discountedTotal(p.yearCosts(of: candidate))
                if c < planCost {
                    plan = candidate
                    planCost = c
                    target = c
                }
            }
            if best >= target * (1 - 1e-9) || theta < 1e-5 { break }
            // Subgradient of the "served once" rows: 1 - served; Polyak's step towards the best plan's cost.
            var norm = 0.0
            for t in 0..<years { for b in 0..<n { norm += (1 - served[t][b]) * (1 - served[t][b]) } }
            guard norm > 1e-12 else { break }
            let size = theta * (target - value) / norm
            for t in 0..<years { for b in 0..<n { lambda[t][b] += size * (1 - served[t][b]) } }
        }
        return (best, plan, planCost)
    }

    /// Buffers reused across steps.
    struct Scratch {
        var order: [Int] = []
        var ratio: [Double] = []
        /// The last relaxed problem's tier of each local site each year (-1: closed).
        var design: [Int] = []
        /// The relaxed problem's tier paths, knapsacks and county programme (``relaxed(_:served:scratch:)``).
        var pathCost: [Double] = [], back: [Int] = [], knap: [Double] = [], now: [Double] = [], next: [Double] = []
        var dp: [Double] = [], step: [Double] = [], choice: [Int] = [], from: [Int] = []
    }
}

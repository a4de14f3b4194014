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
    /// The county programme's shape: the last year's need and each tier's capacity in units (the need rounded
    /// down, capacities up: a weaker row, so still a relaxation), and the centers the county must open.
    let needUnits: Int
    let capUnits: [Int]
    let centers: Int

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
        let need = weight[p.years - 1].reduce(0, +)
        let unit = max(need / 200, 1e-9)
        needUnits = need > 0 ? Int((need / unit).rounded(.down)) : 0
        capUnits = p.tiers.map { Int(($0.parcelsPerDay / unit).rounded(.up)) }
        centers = max(0, p.centersPerCounty)
        uncovered = (0..<p.years).map { t in
            clients.map { j in
                t < p.coverFrom[p.clientCounty[j]]
                    ? delta[t] * p.uncoveredCostPerParcel * p.daysPerYear * p.demands[t][j] : .infinity
            }
        }
    }

    /// What a run of subgradient steps found.
    struct Run {
        /// The best bound, the multipliers that gave it and that relaxed problem's design (``Scratch/design``).
        var bound: Double
        var lambda: [[Double]]
        var design: [Int]
        /// The cheapest plan built on the relaxed problems' designs, when cheaper than the run's `upper`, and its cost
        /// (`upper` otherwise).
        var plan: MultiPeriodSolution?
        var cost: Double
        var steps: Int
    }

    /// The best bound found within `iterations` steps or `budget`, given a plan costing `upper` (the target of
    /// the steps; the search stops once the bound reaches it), and the cheapest plan built on the relaxed problems'
    /// designs (``plan(design:)``, every fifth step's, up to 100 distinct) with its cost, when cheaper than `upper`.
    func run(upper: Double, iterations: Int = 3_000, budget: TimeBudget) -> Run {
        var tried: Set<[Int]> = [], scratch = Scratch()
        return run(
            upper: upper, iterations: iterations, budget: budget, status: [], start: nil, theta: 2, stallLimit: 20,
            plans: 100, tried: &tried, scratch: &scratch)
    }

    /// The steps from `start` (each village's cheapest way to be served when `nil`) with sites' `status` fixed
    /// (``relaxed(_:status:served:scratch:)``), the first step's size `theta` (halved after `stallLimit` steps
    /// without a better bound), and at most `plans` plans from designs not in `tried`. A branch-and-bound node
    /// starts from its parent's multipliers (``MultiPeriodBranch``).
    func run(
        upper: Double, iterations: Int, budget: TimeBudget, status: [Int8], start: [[Double]]?, theta first: Double,
        stallLimit: Int, plans: Int, tried: inout Set<[Int]>, scratch: inout Scratch
    ) -> Run {
        let n = clients.count
        var lambda: [[Double]]
        if let start {
            lambda = start
        } else {
            // Start each price at the village's cheapest way to be served.
            lambda = (0..<years).map { t in [Double](repeating: 0, count: n) }
            for t in 0..<years {
                for b in 0..<n { lambda[t][b] = uncovered[t][b] }
                for (a, r) in reach.enumerated() {
                    for (q, b) in r.enumerated() { lambda[t][b] = min(lambda[t][b], cost[a * years + t][q]) }
                }
                for b in 0..<n where !lambda[t][b].isFinite { lambda[t][b] = 0 }
            }
        }
        var out = Run(
            bound: -.infinity, lambda: lambda, design: [Int](repeating: -1, count: sites.count * years), plan: nil,
            cost: upper, steps: 0)
        var theta = first, stale = 0, target = upper, built = 0
        var served = [[Double]](repeating: [Double](repeating: 0, count: n), count: years)
        for step in 0..<iterations {
            if step % 16 == 0 && budget.isExhausted { break }
            out.steps += 1
            let value = relaxed(lambda, status: status, served: &served, scratch: &scratch)
            if !out.bound.isFinite || value > out.bound + 1e-9 * max(1, abs(out.bound)) {
                out.bound = value
                for t in 0..<years { for b in 0..<n { out.lambda[t][b] = lambda[t][b] } }
                for q in out.design.indices { out.design[q] = scratch.design[q] }
                stale = 0
            } else {
                stale += 1
                if stale >= stallLimit {
                    theta /= 2
                    stale = 0
                }
            }
            if step % 5 == 0, built < plans, value.isFinite, tried.insert(scratch.design).inserted {
                built += 1
                for strict in [false, true] {
                    guard let candidate = self.plan(design: scratch.design, strict: strict) else { continue }
                    let c = p.discountedTotal(p.yearCosts(of: candidate))
                    if c < out.cost {
                        out.plan = candidate
                        out.cost = c
                        target = c
                    }
                }
            }
            if !value.isFinite || out.bound >= target * (1 - 1e-9) || theta < 1e-5 { break }
            // Subgradient of the "served once" rows: 1 - served; Polyak's step towards the best plan's cost.
            var norm = 0.0
            for t in 0..<years { for b in 0..<n { norm += (1 - served[t][b]) * (1 - served[t][b]) } }
            guard norm > 1e-12 else { break }
            let size = theta * (target - value) / norm
            for t in 0..<years { for b in 0..<n { lambda[t][b] += size * (1 - served[t][b]) } }
        }
        return out
    }

    /// The villages of one site-year in the knapsacks' order (``sortGains``), and their value per parcel.
    struct Sorting {
        var order: [Int] = []
        var ratio: [Double] = []
    }

    /// Buffers reused across steps. The sorting is its own part, so the relaxed problem can fill its knapsack
    /// table while sorting (two stored parts of one struct may be passed `inout` together).
    struct Scratch {
        var sorting = Sorting()
        /// The last relaxed problem's tier of each local site each year (-1: closed).
        var design: [Int] = []
        /// The relaxed problem's tier paths, knapsacks and county programme (``relaxed(_:status:served:scratch:)``).
        var pathCost: [Double] = [], back: [Int] = [], knap: [Double] = [], now: [Double] = [], next: [Double] = []
        var dp: [Double] = [], step: [Double] = [], choice: [Int] = [], from: [Int] = []
        /// The county programme's optimum in the last relaxed problem (its sites' part of the bound).
        var sitesValue = 0.0
        /// Forward and backward tables of the county programme (``forcedValues(status:scratch:)``).
        var forward: [Double] = [], backward: [Double] = []
        /// Per local site, the programme's optimum with it forced open and never open.
        var forced: [Double] = []
    }
}

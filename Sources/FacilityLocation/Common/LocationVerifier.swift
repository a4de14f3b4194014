// Independent checks of a location plan: allocation, p, capacities, radius, counties, budget, objective.

/// The rules a plan must satisfy, gathered from whichever model produced it.
///
/// Everything is optional except the sizes: a p-median plan sets `p`; a capacitated plan sets `demands` and
/// `capacities`; a county-center plan sets the county fields. The verifier shares no code with the solvers, so
/// a solver bug cannot hide behind the same bug in the check.
public struct LocationRules: Sendable {
    /// Number of clients and sites.
    public var clients: Int, sites: Int
    /// Whether each client must be served by exactly one site.
    public var singleSource = true
    /// Number of open sites allowed.
    public var openCount: ClosedRange<Int>?
    /// Demand per client and capacity per site (both needed for the capacity check).
    public var demands: [Double]?
    public var capacities: [Double?]?
    /// Client-to-site distances and the largest distance a client may be served over.
    public var distances: CostMatrix?
    public var radius: Double?
    /// Pairs a client may be served by at all (e.g. within a time limit); `nil` allows every pair.
    public var allowed: (@Sendable (Int, Int) -> Bool)?
    /// County of each client and site (indices into a county list), the number of centers each county must
    /// have, and whether clients must stay in their own county.
    public var clientCounty: [Int]?
    public var siteCounty: [Int]?
    public var centersPerCounty: ClosedRange<Int>?
    public var sameCounty = false
    /// Sites that must be open, and sites that must stay closed.
    public var forcedOpen: [Int] = []
    public var closed: [Int] = []
    /// Fixed cost per site and the most that may be spent on them.
    public var fixedCosts: [Double]?
    public var budget: Double?

    /// Rules with only the sizes set: every client served, fractions summing to one.
    public init(clients: Int, sites: Int) {
        self.clients = clients
        self.sites = sites
    }
}

/// How the objective of a plan is recomputed.
public enum LocationObjective: Sendable {
    /// `sum_j weight_j * distance(j, site)` over allocations (p-median).
    case weightedDistance(weights: [Double], distances: CostMatrix)
    /// `max_j distance(j, site)` (p-center).
    case maximumDistance(CostMatrix)
    /// Fixed costs of open sites plus `fraction * cost(j, site)` (UFL, CFL, county centers).
    case fixedPlusAllocation(fixedCosts: [Double], allocationCosts: CostMatrix)
    /// Number (or cost) of open sites (set covering).
    case openSiteCost([Double])
    /// Demand within `radius` of an open site (maximal covering; larger is better).
    case coveredDemand(weights: [Double], distances: CostMatrix, radius: Double)
}

/// What the verifier found.
public struct VerificationReport: Sendable {
    /// Every broken rule, one sentence each (empty when the plan is valid).
    public var violations: [String]
    /// The objective recomputed from the plan.
    public var objective: Double
    /// Whether no rule is broken.
    public var isValid: Bool { violations.isEmpty }
}

/// Checks a ``LocationSolution`` against ``LocationRules`` and recomputes its objective.
public enum LocationVerifier {
    /// Verifies `solution`; when `claimedObjective` is given, a recomputed objective that differs by more than
    /// `1e-6` relative is a violation too.
    public static func verify(
        _ solution: LocationSolution, rules: LocationRules, objective: LocationObjective,
        claimedObjective: Double? = nil
    ) -> VerificationReport {
        var problems: [String] = []
        let open = solution.open
        var isOpen = [Bool](repeating: false, count: rules.sites)
        for i in open {
            if i < 0 || i >= rules.sites {
                problems.append("open site \(i) does not exist (there are \(rules.sites) sites)")
            } else if isOpen[i] {
                problems.append("site \(i) is listed open twice")
            } else {
                isOpen[i] = true
            }
        }
        if let range = rules.openCount, !range.contains(open.count) {
            problems.append("\(open.count) sites are open; the model asks for \(describe(range))")
        }
        for i in rules.forcedOpen where i >= 0 && i < rules.sites && !isOpen[i] {
            problems.append("site \(i) must be open but is closed")
        }
        for i in rules.closed where i >= 0 && i < rules.sites && isOpen[i] {
            problems.append("site \(i) must stay closed but is open")
        }
        if solution.allocation.count != rules.clients {
            problems.append("the plan allocates \(solution.allocation.count) clients; there are \(rules.clients)")
            return VerificationReport(violations: problems, objective: .nan)
        }
        var load = [Double](repeating: 0, count: rules.sites)
        for (j, shares) in solution.allocation.enumerated() {
            if shares.isEmpty { problems.append("client \(j) is not served"); continue }
            if rules.singleSource && shares.count != 1 {
                problems.append("client \(j) is split over \(shares.count) sites; the model is single-source")
            }
            var total = 0.0
            for s in shares {
                guard s.site >= 0 && s.site < rules.sites else {
                    problems.append("client \(j) is served by site \(s.site), which does not exist")
                    continue
                }
                if !isOpen[s.site] { problems.append("client \(j) is served by site \(s.site), which is closed") }
                if !(s.fraction > 0 && s.fraction <= 1 + 1e-9) {
                    problems.append("client \(j) has fraction \(s.fraction) at site \(s.site)")
                }
                total += s.fraction
                if let d = rules.demands { load[s.site] += s.fraction * d[j] }
                if let r = rules.radius, let dist = rules.distances, dist[j, s.site] > r * (1 + 1e-9) + 1e-9 {
                    problems.append(
                        "client \(j) is served from site \(s.site) at distance \(dist[j, s.site]), beyond the radius \(r)"
                    )
                }
                if let allowed = rules.allowed, !allowed(j, s.site) {
                    problems.append("client \(j) may not be served by site \(s.site)")
                }
                if rules.sameCounty, let cc = rules.clientCounty, let sc = rules.siteCounty, cc[j] != sc[s.site] {
                    problems.append("client \(j) (county \(cc[j])) is served by site \(s.site) of county \(sc[s.site])")
                }
            }
            if abs(total - 1) > 1e-6 { problems.append("client \(j) has fractions summing to \(total), not 1") }
        }
        if let caps = rules.capacities, rules.demands != nil {
            for i in 0..<rules.sites {
                if let c = caps[i], load[i] > c * (1 + 1e-9) + 1e-6 {
                    problems.append("site \(i) carries \(load[i]), above its capacity \(c)")
                }
            }
        }
        if let range = rules.centersPerCounty, let sc = rules.siteCounty {
            let counties = (sc + (rules.clientCounty ?? [])).max().map { $0 + 1 } ?? 0
            var centers = [Int](repeating: 0, count: counties)
            for i in open where i >= 0 && i < sc.count && sc[i] >= 0 { centers[sc[i]] += 1 }
            var present = [Bool](repeating: false, count: counties)
            for c in (rules.clientCounty ?? []) + sc where c >= 0 { present[c] = true }
            for c in 0..<counties where present[c] && !range.contains(centers[c]) {
                problems.append("county \(c) has \(centers[c]) centers; the model asks for \(describe(range))")
            }
        }
        if let budget = rules.budget, let fixed = rules.fixedCosts {
            let spent = open.reduce(0.0) { $0 + fixed[$1] }
            if spent > budget * (1 + 1e-9) + 1e-6 {
                problems.append("fixed costs \(spent) exceed the budget \(budget)")
            }
        }
        let value = recompute(objective, solution)
        if let claimed = claimedObjective, abs(value - claimed) > 1e-6 * max(1, abs(value)) {
            problems.append("the claimed objective \(claimed) differs from the recomputed \(value)")
        }
        return VerificationReport(violations: problems, objective: value)
    }

    private static func recompute(_ objective: LocationObjective, _ solution: LocationSolution) -> Double {
        switch objective {
        case .weightedDistance(let weights, let distances):
            var total = 0.0
            for (j, shares) in solution.allocation.enumerated() {
                for s in shares { total += s.fraction * weights[j] * distances[j, s.site] }
            }
            return total
        case .maximumDistance(let distances):
            var worst = 0.0
            for (j, shares) in solution.allocation.enumerated() {
                for s in shares { worst = max(worst, distances[j, s.site]) }
            }
            return worst
        case .fixedPlusAllocation(let fixed, let costs):
            var total = solution.open.reduce(0.0) { $0 + fixed[$1] }
            for (j, shares) in solution.allocation.enumerated() {
                for s in shares { total += s.fraction * costs[j, s.site] }
            }
            return total
        case .openSiteCost(let costs):
            return solution.open.reduce(0.0) { $0 + costs[$1] }
        case .coveredDemand(let weights, let distances, let radius):
            var total = 0.0
            for j in 0..<distances.clients where solution.open.contains(where: { distances[j, $0] <= radius }) {
                total += weights[j]
            }
            return total
        }
    }

    private static func describe(_ range: ClosedRange<Int>) -> String {
        if range.lowerBound == range.upperBound { return "exactly \(range.lowerBound)" }
        if range.upperBound == Int.max { return "at least \(range.lowerBound)" }
        if range.lowerBound == 0 { return "at most \(range.upperBound)" }
        return "\(range.lowerBound) to \(range.upperBound)"
    }
}

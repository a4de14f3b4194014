// The county-center model: every county gets its express-logistics center(s); villages are served from them.

/// How many centers each county must have ("every county has a center" is `.atLeast(1)`).
public enum CenterCount: Sendable, Equatable {
    /// At least `k` centers in every county.
    case atLeast(Int)
    /// Exactly `k` centers in every county.
    case exactly(Int)
    /// At most `k` centers in every county (a county may have none).
    case atMost(Int)
    /// Between `lower` and `upper` centers in every county.
    case between(Int, Int)

    /// The allowed numbers of centers.
    public var range: ClosedRange<Int> {
        switch self {
        case .atLeast(let k): k...Int.max
        case .exactly(let k): k...k
        case .atMost(let k): 0...k
        case .between(let a, let b): a...b
        }
    }
}

/// Choose county centers among candidate sites and assign every village (client) to one, minimising fixed
/// costs plus transport (parcel-km).
///
/// Villages are served by a center of their own county unless ``crossCounty`` is set; existing centers stay
/// open; closed sites never open; an optional service radius (km and/or minutes) caps the village-to-center
/// distance; capacities and a budget on fixed costs are optional. The transport cost of serving village `j`
/// from site `i` is `costPerParcelKm * daysPerYear * demand_j * km_ij`, in the unit of the fixed costs
/// (yuan per year).
public struct CountyCenterProblem: Sendable {
    /// Parcels per day of each village (client).
    public var demands: [Double]
    /// County index of each village.
    public var clientCounty: [Int]
    /// County index of each candidate site.
    public var siteCounty: [Int]
    /// Fixed cost of each site (yuan per year).
    public var fixedCosts: [Double]
    /// Capacity of each site in parcels per day (`nil`: unlimited).
    public var capacities: [Double?]
    /// Sites that already operate and stay open.
    public var existing: [Bool]
    /// Sites that may not open (closed by the planner).
    public var closed: [Bool]
    /// Road kilometres from each village to each site.
    public var km: CostMatrix
    /// Road minutes from each village to each site (needed for ``maxMinutes``).
    public var minutes: CostMatrix?
    /// Number of counties (county indices are `0..<counties`); every county is subject to the center rule.
    public var counties: Int
    /// How many centers each county must have.
    public var centersPerCounty: CenterCount = .atLeast(1)
    /// Whether a village may be served by a center of another county.
    public var crossCounty = false
    /// The longest village-to-center road distance allowed (km).
    public var maxKm: Double?
    /// The longest village-to-center travel time allowed (minutes).
    public var maxMinutes: Double?
    /// The most that may be spent on fixed costs.
    public var budget: Double?
    /// Whether each village is served by one center (the default) or may be split.
    public var singleSource = true
    /// Transport cost per parcel and kilometre (yuan).
    public var costPerParcelKm: Double
    /// Days of demand per unit of fixed cost (365 when fixed costs are per year and demand per day).
    public var daysPerYear: Double = 365
    /// Names for messages and plans.
    public var labels = LocationLabels()
    /// Extra yuan a year of serving village `j` from site `i` (a re-plan's stability charge for moving a
    /// village to another center); `nil`: none. Part of ``transportCost(_:_:)``, so model, heuristic and
    /// verifier all price it.
    public var assignmentCharges: CostMatrix?

    /// Creates a problem; checks that every array matches the matrix and every county index is in range.
    public init(
        demands: [Double], clientCounty: [Int], siteCounty: [Int], fixedCosts: [Double], capacities: [Double?],
        km: CostMatrix, counties: Int, costPerParcelKm: Double
    ) throws(LocationError) {
        let n = km.clients, m = km.sites
        guard demands.count == n, clientCounty.count == n else {
            throw .badInput(
                "county-center: \(demands.count) demands and \(clientCounty.count) counties for \(n) villages")
        }
        guard siteCounty.count == m, fixedCosts.count == m, capacities.count == m else {
            throw .badInput("county-center: site arrays do not match the \(m) candidate sites")
        }
        guard (clientCounty + siteCounty).allSatisfy({ (0..<counties).contains($0) }) else {
            throw .badInput("county-center: a county index is outside 0..<\(counties)")
        }
        if let k = demands.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw .badInput("county-center: village \(k + 1) has demand \(demands[k])")
        }
        if let k = fixedCosts.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw .badInput("county-center: site \(k + 1) has fixed cost \(fixedCosts[k])")
        }
        if let k = capacities.firstIndex(where: { $0.map { !($0.isFinite && $0 >= 0) } ?? false }) {
            throw .badInput("county-center: site \(k + 1) has capacity \(capacities[k]!)")
        }
        guard costPerParcelKm.isFinite, costPerParcelKm >= 0 else {
            throw .badInput("county-center: the transport cost per parcel-km must be finite and >= 0")
        }
        self.demands = demands
        self.clientCounty = clientCounty
        self.siteCounty = siteCounty
        self.fixedCosts = fixedCosts
        self.capacities = capacities
        self.km = km
        self.counties = counties
        self.costPerParcelKm = costPerParcelKm
        existing = [Bool](repeating: false, count: m)
        closed = [Bool](repeating: false, count: m)
    }

    /// Number of villages and of candidate sites.
    public var clients: Int { km.clients }
    public var sites: Int { km.sites }

    /// Transport cost (per year) of serving all of village `j` from site `i`, plus any assignment charge.
    public func transportCost(_ j: Int, _ i: Int) -> Double {
        costPerParcelKm * daysPerYear * demands[j] * km[j, i] + (assignmentCharges?[j, i] ?? 0)
    }

    /// Whether village `j` may be served by site `i` (open-able, same county unless allowed, within the radius).
    public func allows(_ j: Int, _ i: Int) -> Bool {
        if closed[i] { return false }
        if !crossCounty && clientCounty[j] != siteCounty[i] { return false }
        if let maxKm, km[j, i] > maxKm { return false }
        if let maxMinutes, let minutes, minutes[j, i] > maxMinutes { return false }
        return true
    }

    /// Fixed costs of the open sites plus the transport cost of every share.
    public func objective(of solution: LocationSolution) -> Double {
        var total = solution.open.reduce(0.0) { $0 + fixedCosts[$1] }
        for (j, shares) in solution.allocation.enumerated() {
            for s in shares { total += s.fraction * transportCost(j, s.site) }
        }
        return total
    }

    /// The allocation costs as a matrix (for the verifier and reports).
    public func allocationCosts() -> CostMatrix {
        var values = [Double](repeating: 0, count: clients * sites)
        for j in 0..<clients {
            for i in 0..<sites { values[j * sites + i] = min(transportCost(j, i), Double.greatestFiniteMagnitude) }
        }
        // Finite and non-negative: demands, kilometres and the rate were checked in init.
        return CostMatrix(checkedClients: clients, sites: sites, values: values)
    }

    /// What ``LocationVerifier`` checks: allocation, capacities, radius, county rules, existing/closed, budget.
    public var verificationRules: LocationRules {
        var rules = LocationRules(clients: clients, sites: sites)
        rules.singleSource = singleSource
        rules.demands = demands
        rules.capacities = capacities
        rules.clientCounty = clientCounty
        rules.siteCounty = siteCounty
        rules.centersPerCounty = centersPerCounty.range
        rules.sameCounty = !crossCounty
        rules.forcedOpen = existing.indices.filter { existing[$0] }
        rules.closed = closed.indices.filter { closed[$0] }
        rules.fixedCosts = fixedCosts
        rules.budget = budget
        if let maxKm {
            rules.distances = km
            rules.radius = maxKm
        }
        if let maxMinutes, let minutes {
            rules.allowed = { j, i in minutes[j, i] <= maxMinutes }
        }
        return rules
    }

    /// Fixed plus transport cost, recomputed by the verifier.
    public var verificationObjective: LocationObjective {
        .fixedPlusAllocation(fixedCosts: fixedCosts, allocationCosts: allocationCosts())
    }
}

// Facility location with fixed costs: uncapacitated (UFL) or capacitated (CFL, split or single-source).

/// Open sites (each with a fixed cost and, optionally, a capacity) and serve every client's demand, minimising
/// fixed plus allocation cost.
///
/// `allocationCosts[j, i]` is the cost of serving **all** of client `j`'s demand from site `i` (OR-Library's
/// convention); serving a fraction `x` of it costs `x * allocationCosts[j, i]`. Without capacities the
/// problem is UFL and every client goes to one site; with capacities and `singleSource == false` a client's
/// demand may be split between sites (the convention of OR-Library's published optima).
public struct FacilityProblem: Sendable {
    /// Cost of serving each client's whole demand from each site.
    public let allocationCosts: CostMatrix
    /// Demand of each client (parcels per day, tonnes...).
    public let demands: [Double]
    /// Cost of opening each site.
    public let fixedCosts: [Double]
    /// Capacity of each site in demand units; `nil` for the uncapacitated problem.
    public let capacities: [Double]?
    /// Whether each client must be served by exactly one site.
    public var singleSource: Bool

    /// Creates a problem, checking sizes and that every number is finite and non-negative.
    public init(
        allocationCosts: CostMatrix, demands: [Double], fixedCosts: [Double], capacities: [Double]?,
        singleSource: Bool = false
    ) throws(LocationError) {
        let n = allocationCosts.clients, m = allocationCosts.sites
        guard demands.count == n else {
            throw .badInput("facility location: \(demands.count) demands for \(n) clients")
        }
        guard fixedCosts.count == m else {
            throw .badInput("facility location: \(fixedCosts.count) fixed costs for \(m) sites")
        }
        guard m > 0 else { throw .badInput("facility location: there are no candidate sites") }
        if let k = demands.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw .badInput(
                "facility location: client \(k + 1) has demand \(demands[k]); demands must be finite and non-negative")
        }
        if let k = fixedCosts.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw .badInput(
                "facility location: site \(k + 1) has fixed cost \(fixedCosts[k]); costs must be finite and non-negative"
            )
        }
        if let caps = capacities {
            guard caps.count == m else { throw .badInput("facility location: \(caps.count) capacities for \(m) sites") }
            if let k = caps.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
                throw .badInput(
                    "facility location: site \(k + 1) has capacity \(caps[k]); capacities must be finite and non-negative"
                )
            }
        }
        self.allocationCosts = allocationCosts
        self.demands = demands
        self.fixedCosts = fixedCosts
        self.capacities = capacities
        self.singleSource = singleSource
    }

    /// Number of clients.
    public var clients: Int { allocationCosts.clients }
    /// Number of candidate sites.
    public var sites: Int { allocationCosts.sites }
    /// Total demand.
    public var totalDemand: Double { demands.reduce(0, +) }

    /// The same problem without capacities (UFL).
    public var uncapacitated: FacilityProblem {
        FacilityProblem(checked: self, capacities: nil)
    }

    /// A copy with other capacities, for values already validated.
    private init(checked other: FacilityProblem, capacities: [Double]?) {
        allocationCosts = other.allocationCosts
        demands = other.demands
        fixedCosts = other.fixedCosts
        self.capacities = capacities
        singleSource = other.singleSource
    }

    /// Fixed plus allocation cost of `solution` (allocation fractions as given).
    public func objective(of solution: LocationSolution) -> Double {
        var total = solution.open.reduce(0.0) { $0 + fixedCosts[$1] }
        for (j, shares) in solution.allocation.enumerated() {
            for s in shares { total += s.fraction * allocationCosts[j, s.site] }
        }
        return total
    }
}

extension FacilityProblem {
    /// What ``LocationVerifier`` checks for a UFL/CFL plan: allocation, capacities, single-sourcing.
    public var verificationRules: LocationRules {
        var rules = LocationRules(clients: clients, sites: sites)
        rules.singleSource = singleSource || capacities == nil
        rules.demands = demands
        rules.capacities = capacities.map { $0.map { Optional($0) } }
        return rules
    }

    /// Fixed plus allocation cost, recomputed by the verifier.
    public var verificationObjective: LocationObjective {
        .fixedPlusAllocation(fixedCosts: fixedCosts, allocationCosts: allocationCosts)
    }
}

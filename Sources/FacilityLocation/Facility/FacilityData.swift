// The numbers of a facility-location problem laid out for its bound and heuristics (site-major costs).

/// Site-major allocation costs, demands, fixed costs and capacities (infinity when uncapacitated).
struct FacilityData: Sendable {
    /// Clients and sites.
    let n: Int, m: Int
    /// `bySite[i * n + j]`: cost of serving all of client j from site i.
    let bySite: [Double]
    /// Demand of each client.
    let demands: [Double]
    /// Fixed cost of each site.
    let fixed: [Double]
    /// Capacity of each site (infinity without capacities).
    let capacity: [Double]
    /// Whether capacities bind at all.
    let capacitated: Bool
    /// Total demand.
    let totalDemand: Double

    init(_ problem: FacilityProblem) {
        n = problem.clients
        m = problem.sites
        bySite = problem.allocationCosts.siteMajor()
        demands = problem.demands
        fixed = problem.fixedCosts
        capacity = problem.capacities ?? [Double](repeating: .infinity, count: problem.sites)
        capacitated = problem.capacities != nil
        totalDemand = problem.totalDemand
    }

    /// Cost of client `j` at site `i`.
    @inline(__always) func cost(_ i: Int, _ j: Int) -> Double { bySite[i * n + j] }

    /// The uncapacitated cost of opening `open`: fixed costs plus every client at its cheapest open site.
    func nearestCost(of open: [Int]) -> Double {
        var total = open.reduce(0.0) { $0 + fixed[$1] }
        for j in 0..<n {
            var best = Double.infinity
            for i in open { best = min(best, bySite[i * n + j]) }
            total += best
        }
        return total
    }
}

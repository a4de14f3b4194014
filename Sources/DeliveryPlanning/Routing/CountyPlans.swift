// A location plan cut into one small plan per county, so each county's routing reads only its own centers.
import RoadNetwork

/// The sites and assignments of a ``LocationPlan`` that concern each county of a network, and each county's
/// number of demand points (the size that orders parallel work, largest first).
///
/// Routing one county with the whole plan would index every assignment of the network (53,496 on Hebei) once
/// per county and scheme; the cut plan holds the county's demand points and the sites serving them.
struct CountyPlans: Sendable {
    /// Demand points of each county, in `network.counties` order.
    let points: [Int]
    private let plans: [LocationPlan]

    /// Cuts `plan` by the county of each assigned demand point; a site goes with every county it serves and
    /// with its own county.
    init(_ plan: LocationPlan, network: Network) {
        let index = network.nodeIndexByID()
        var position: [String: Int] = [:]
        for (k, county) in network.counties.enumerated() where position[county.code] == nil {
            position[county.code] = k
        }
        func county(of id: String) -> Int? { index[id].flatMap { network.nodes[$0].county }.flatMap { position[$0] } }
        var points = [Int](repeating: 0, count: network.counties.count)
        for node in network.nodes where node.kind.isDemandPoint {
            if let c = node.county.flatMap({ position[$0] }) { points[c] += 1 }
        }
        var assignments = [[LocationPlan.Assignment]](repeating: [], count: network.counties.count)
        var siteIDs = [Set<String>](repeating: [], count: network.counties.count)
        for a in plan.assignments {
            guard let c = county(of: a.node) else { continue }
            assignments[c].append(a)
            siteIDs[c].insert(a.site)
        }
        for site in plan.sites {
            if let c = county(of: site.id) { siteIDs[c].insert(site.id) }
        }
        plans = network.counties.indices.map { c in
            var cut = plan
            cut.sites = plan.sites.filter { siteIDs[c].contains($0.id) }
            cut.assignments = assignments[c]
            return cut
        }
        self.points = points
    }

    /// The plan of the county at `position` in `network.counties`.
    func plan(_ position: Int) -> LocationPlan { plans[position] }
}

// Which depot serves which stops in a county: the network's county centers (nearest one) or a location plan.
import RoadNetwork

/// A depot and the stops it serves (node indices).
public struct DepotGroup: Sendable, Equatable {
    /// Node index of the depot.
    public var depot: Int
    /// Node indices of its stops, in network order.
    public var stops: [Int]

    /// Creates a group.
    public init(depot: Int, stops: [Int]) { self.depot = depot; self.stops = stops }
}

/// Splits a county's stops among its depots.
enum DepotGroups {
    /// Stops of `county` among the node indices `scope` (the county's, ``CountyScopes``): nodes of `kinds` with
    /// parcels for `carriers` or produce to collect.
    static func stops(
        network: Network, scope: [Int], county: String, kinds: Set<NodeKind>, carriers: [String]?, pickups: Bool
    ) -> [Int] {
        scope.filter { i in
            let node = network.nodes[i]
            guard node.county == county, kinds.contains(node.kind) else { return false }
            return CountyRoutingInstance.parcels(of: node, carriers: carriers) > 0
                || (pickups && (node.pickups?.perDay ?? 0) > 0)
        }
    }

    /// Each stop to the nearest of `depots` by road km (ties to the first depot listed).
    static func nearest(depots: [Int], stops: [Int], roads: RoadDistances) -> [DepotGroup] {
        guard depots.count > 1 else { return depots.map { DepotGroup(depot: $0, stops: stops) } }
        let matrix = roads.matrix(from: depots, to: stops)
        var groups = depots.map { DepotGroup(depot: $0, stops: []) }
        for (c, s) in stops.enumerated() {
            let best = depots.indices.min { matrix.km($0, c) < matrix.km($1, c) }!
            groups[best].stops.append(s)
        }
        return groups
    }

    /// The depot groups of `county` (whose node indices are `scope`) under `source`.
    ///
    /// - Throws: ``CountyRoutingError`` (bad input) when the county has no center, or a plan names a site
    ///   missing from the network.
    static func groups(
        network: Network, index: [String: Int], county: String, scope: [Int], stops: [Int], source: CenterSource,
        roads: RoadDistances
    ) throws(CountyRoutingError) -> [DepotGroup] {
        switch source {
        case .network:
            let centers = scope.filter {
                network.nodes[$0].kind == .countyCenter && network.nodes[$0].county == county
            }
            guard !centers.isEmpty else {
                throw .badInput(
                    "\(network.name): county \(county) has no county-center node; give a plan with --centers")
            }
            return nearest(depots: centers, stops: stops, roads: roads)
        case .plan(let plan):
            var sites: [Int] = []
            for site in plan.sites {
                guard let i = index[site.id] else {
                    throw .badInput("plan: site \(site.id) is not a node of network \(network.name)")
                }
                if network.nodes[i].county == county { sites.append(i) }
            }
            guard !sites.isEmpty else {
                throw .badInput("plan: no open site in county \(county) of network \(network.name)")
            }
            // The plan's assignment decides (the largest share of a split point); points it leaves out go nearest.
            var share: [String: (site: String, fraction: Double)] = [:]
            for a in plan.assignments where a.fraction > (share[a.node]?.fraction ?? 0) {
                share[a.node] = (a.site, a.fraction)
            }
            var groups = sites.map { DepotGroup(depot: $0, stops: []) }
            var rest: [Int] = []
            for s in stops {
                if let site = share[network.nodes[s].id]?.site,
                    let g = groups.firstIndex(where: { network.nodes[$0.depot].id == site })
                {
                    groups[g].stops.append(s)
                } else {
                    rest.append(s)
                }
            }
            for (g, extra) in nearest(depots: sites, stops: rest, roads: roads).enumerated() {
                groups[g].stops = (groups[g].stops + extra.stops).sorted()
            }
            return groups
        }
    }
}

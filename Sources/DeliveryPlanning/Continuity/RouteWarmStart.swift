// A re-plan's previous routes as the starting solution of one depot's routing search.
import RoadNetwork
import VehicleRouting

/// Maps the previous plan's routes onto a new depot problem, for ``HybridGeneticSearch/warmStart``: the routes
/// that left this depot (same center id, same carrier, not direct trips), their stops by node id onto the
/// problem's client locations; stops that no longer exist, were skipped, or are now served by another center
/// are dropped (they are not clients of this problem). The search's ``WarmStart`` then repairs capacities and
/// inserts the clients no previous route visits.
enum RouteWarmStart {
    /// The previous routes of `instance`'s depot, or `nil` when none keeps a stop.
    static func solution(
        for instance: CountyRoutingInstance, network: Network, routes: [NetworkPlan.Route], carrier: String?
    ) -> Solution? {
        guard !routes.isEmpty else { return nil }
        let depot = network.nodes[instance.depotNode].id
        var location: [String: Int] = [:]
        for (k, n) in instance.stopNodes.enumerated() { location[network.nodes[n].id] = instance.data.numDepots + k }
        let vans = instance.fleet.vans.map(\.name)
        let mapped = routes.filter { $0.center == depot && !$0.directTrip && $0.carrier == carrier }.map { r in
            Route(vehicleType: vans.firstIndex(of: r.vehicle) ?? 0, visits: r.stops.compactMap { location[$0] })
        }
        let solution = Solution(routes: mapped)
        return solution.routes.isEmpty ? nil : solution
    }
}

// The stability charge inside the routing search: reaching a stop over a link the previous routes lacked costs.
import RoadNetwork
import VehicleRouting

/// What a depot's routing search reads in a re-plan with `stability: W`: the instance's problem with every arc
/// that is not a link of the previous routes of this depot and carrier (in either direction, the center
/// counting as an end) made dearer by W a year, as yuan a day, for each village at its ends (twice between two
/// villages, once between a village and the center), in metres of the first van.
///
/// So the search pays W for each side of a village that got a new neighbour: a village whose round changed
/// (``RouteChanges``) pays W or 2W (2W only when both its neighbours changed: a village moved to another round),
/// and the search's charge lies between the charge billed for the routes it returns and twice it; it never
/// takes a change whose saving is below what it is billed. A round kept, or driven backwards, pays nothing;
/// stops new to the plan pay for their links wherever they go, which changes no decision. The charge lives in
/// the distance matrix, which every move, bound and neighbourhood of the search already prices, so the search
/// weighs each change exactly as it weighs km; the instance's own data (used for routes, costs and
/// verification) is untouched. A van whose per-km cost differs from the first van's sees the charge scaled
/// by its own per-km cost.
enum RouteStability {
    /// `instance`'s problem data with the charge, or `nil` when nothing is charged (`yuanPerDay` not positive,
    /// or no previous route of this depot and carrier).
    static func searchData(
        for instance: CountyRoutingInstance, network: Network, routes: [NetworkPlan.Route], carrier: String?,
        yuanPerDay: Double
    ) throws(CountyRoutingError) -> ProblemData? {
        let data = instance.data
        guard yuanPerDay > 0, let perMetre = data.vehicleTypes.first?.unitDistanceCost, perMetre > 0 else {
            return nil
        }
        let depot = network.nodes[instance.depotNode].id
        let own = routes.filter { $0.center == depot && !$0.directTrip && $0.carrier == carrier }
        guard !own.isEmpty else { return nil }
        let n = data.numLocations
        var location: [String: Int] = [depot: 0]
        for (k, node) in instance.stopNodes.enumerated() { location[network.nodes[node].id] = data.numDepots + k }
        var kept = [Bool](repeating: false, count: n * n)
        for r in own {
            let ends = [0] + r.stops.map { location[$0] ?? -1 } + [0]
            for (a, b) in zip(ends, ends.dropFirst()) where a >= 0 && b >= 0 {
                kept[a * n + b] = true
                kept[b * n + a] = true
            }
        }
        let metres = Int((yuanPerDay / instance.costUnitYuan / Double(perMetre)).rounded())
        guard metres > 0 else { return nil }
        var values = data.distances.values
        let depots = data.numDepots
        for i in 0..<n {
            for j in 0..<n where i != j && !kept[i * n + j] {
                values[i * n + j] += metres * ((i >= depots ? 1 : 0) + (j >= depots ? 1 : 0))
            }
        }
        do {
            return try ProblemData(
                depots: data.depots, clients: data.clients, vehicleTypes: data.vehicleTypes,
                distances: Matrix(size: n, values: values), durations: data.durations, scale: data.scale)
        } catch {
            // The instance's own data passed the same checks, and the charge only adds positive metres.
            throw .badInput("county \(instance.county), depot \(depot): the stability charge: \(error)")
        }
    }
}

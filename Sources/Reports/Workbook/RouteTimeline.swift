// The driver's view of a route: each stop's estimated arrival, the load on board and the km driven so far.
import DeliveryPlanning
import RoadNetwork

/// Per-stop times and loads of a planned route, rebuilt from plan.json and the network.
///
/// plan.json keeps each route's total km and minutes, not its legs; the legs here share them in proportion to
/// straight-line distance, so the last leg ends exactly at the route's km and the stops' times are estimates.
/// The van leaves at the fleet's depot opening, waits for a stop's window to open, and spends the stop's service
/// minutes there. The load on board is counted on arrival: every delivery still aboard plus pickups so far.
struct RouteTimeline {
    struct Stop {
        var node: String
        var arrivalMinute: Double
        var onBoard: Double
        var kmSoFar: Double
    }

    var stops: [Stop] = []

    init(_ route: NetworkPlan.Route, names: PlaceNames, fleet: FleetSpec = .rural, postal: String?) {
        let nodes = ([route.center] + route.stops + [route.center]).map { names.node($0) }
        var legs: [Double] = []
        for i in 1..<nodes.count {
            guard let a = nodes[i - 1], let b = nodes[i] else { legs.append(0); continue }
            legs.append(greatCircleKm(lon1: a.lon, lat1: a.lat, lon2: b.lon, lat2: b.lat))
        }
        let straight = legs.reduce(0, +)
        let service = route.stops.map { names.node($0)?.serviceMinutes ?? fleet.defaultServiceMinutes }
        let driving = max(0, route.minutes - service.reduce(0, +))
        // Deliveries: the stop's parcels of the route's carrier, or every carrier's on a shared van.
        let deliveries = route.stops.map { id -> Double in
            guard let node = names.node(id) else { return 0 }
            return route.carrier.map { node.parcels[$0] ?? 0 } ?? node.totalParcels
        }
        let collects = route.carrier == nil || route.carrier == postal
        var load = deliveries.reduce(0, +), km = 0.0, minute = fleet.depotOpenMinute
        for (i, id) in route.stops.enumerated() {
            let share = straight > 0 ? legs[i] / straight : 1 / Double(legs.count)
            km += route.km * share
            minute += driving * share
            if let open = names.node(id)?.timeWindow?.open { minute = max(minute, open) }
            stops.append(Stop(node: id, arrivalMinute: minute, onBoard: load, kmSoFar: km))
            minute += service[i]
            load -= deliveries[i]
            if collects { load += names.node(id)?.pickups?.perDay ?? 0 }
        }
    }
}

// Prices and times a route from road km and minutes, and names every constraint of the full model it breaks.
import RoadNetwork

/// Measures routes of a ``CountyRoutingInstance`` in planners' units (km, hours, yuan, kg CO2) by its own code
/// path, independent of the solver's integer objective.
enum RouteMeasure {
    /// Minutes of slack on times: the solver works on whole seconds rounded leg by leg, so a route it plans to
    /// the second may measure up to half a second per leg later in exact minutes.
    static let slackMinutes = 0.5

    /// The planned route of van type `van` visiting clients `visits` (client indices) in order.
    ///
    /// The van leaves as late as it can without waiting at the first stop (never before the depot opens),
    /// waits at a stop that is not open yet, and drives the matrix times.
    static func route(_ visits: [Int], van: Int, instance: CountyRoutingInstance, network: Network) -> PlannedRoute {
        let type = instance.fleet.vans[van]
        let travel = instance.travel
        let fleet = instance.fleet
        var violations: [String] = []
        let first = visits.first.map { $0 + 1 } ?? 0
        let depart = max(
            fleet.depotOpenMinute, (visits.first.map { instance.openMinute[$0] } ?? 0) - travel.minutes(0, first))
        var time = depart, km = 0.0, previous = 0
        var load = visits.reduce(0.0) { $0 + instance.deliveries[$1] }
        var peak = load, collected = 0.0
        for k in visits {
            km += travel.km(previous, k + 1)
            time += travel.minutes(previous, k + 1)
            time = max(time, instance.openMinute[k])
            let id = network.nodes[instance.stopNodes[k]].id
            if time > instance.closeMinute[k] + slackMinutes {
                violations.append("arrives at \(id) at \(StopScreen.clock(time)), after its window closes")
            }
            time += instance.serviceMinutes[k]
            load += instance.pickups[k] - instance.deliveries[k]
            collected += instance.pickups[k]
            peak = max(peak, load)
            if instance.coldPickup[k] && !type.coldChain {
                violations.append("cold-chain pickup at \(id) on a \(type.name)")
            }
            previous = k + 1
        }
        km += travel.km(previous, 0)
        time += travel.minutes(previous, 0)
        let hours = (time - depart) / 60
        if peak > Double(type.capacityParcels) + 1e-9 {
            violations.append(
                "carries \(StopScreen.fmt(peak)) parcels, above the \(type.name)'s \(type.capacityParcels)")
        }
        if hours > fleet.shiftHours + slackMinutes / 60 {
            violations.append(
                "takes \(StopScreen.fmt(hours)) h, longer than the \(StopScreen.fmt(fleet.shiftHours)) h shift")
        }
        if time > fleet.depotCloseMinute + slackMinutes {
            violations.append("returns at \(StopScreen.clock(time)), after the depot closes")
        }
        let parcels = visits.reduce(0.0) { $0 + instance.deliveries[$1] }
        return PlannedRoute(
            depot: network.nodes[instance.depotNode].id, van: type.name,
            stops: visits.map { network.nodes[instance.stopNodes[$0]].id }, km: km, hours: hours, departMinute: depart,
            returnMinute: time, parcels: parcels, pickups: collected, peakLoad: peak,
            cost: type.fixedCostPerDay + km * type.costPerKm + hours * type.costPerHour, kgCO2: km * type.kgCO2PerKm,
            directTrip: false, violations: violations)
    }

    /// The out-and-back trips of `trip`, in the largest van type (the largest refrigerated one when asked).
    static func directTrips(_ trip: DirectTrip, instance: CountyRoutingInstance, network: Network) -> [PlannedRoute] {
        let fleet = instance.fleet
        let type = fleet.largestVan(coldChain: trip.coldChain)!
        let roads = instance.travel
        // The stop is a client of the instance (its remainder is routed), so its matrix row is there.
        let k = instance.stopNodes.firstIndex(of: trip.node)!
        let km = roads.km(0, k + 1) + roads.km(k + 1, 0)
        let hours = (roads.minutes(0, k + 1) + instance.serviceMinutes[k] + roads.minutes(k + 1, 0)) / 60
        let depart = max(fleet.depotOpenMinute, instance.openMinute[k] - roads.minutes(0, k + 1))
        let one = PlannedRoute(
            depot: network.nodes[instance.depotNode].id, van: type.name, stops: [network.nodes[trip.node].id], km: km,
            hours: hours, departMinute: depart, returnMinute: depart + hours * 60, parcels: trip.parcels,
            pickups: trip.collected, peakLoad: max(trip.parcels, trip.collected),
            cost: type.fixedCostPerDay + km * type.costPerKm + hours * type.costPerHour,
            kgCO2: km * type.kgCO2PerKm, directTrip: true, violations: [])
        return [PlannedRoute](repeating: one, count: trip.trips)
    }
}

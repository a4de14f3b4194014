// Finds the stops no van of the fleet can serve: too heavy, cold chain without a cold van, out of reach in time.
import RoadNetwork

/// Checks each stop on its own against the fleet and the working day, before any routing.
///
/// A stop passes when some van could serve it alone on an out-and-back trip: that is necessary for any plan,
/// so a failing stop makes the request infeasible and is named (or skipped with `skipInfeasible`).
enum StopScreen {
    /// The reason each failing stop cannot be served, by position in `stops`; `travel` is over `[depot] + stops`.
    static func reasons(
        network: Network, depot: Int, stops: [Int], travel: TravelMatrix, fleet: FleetSpec,
        carriers: [String]?, pickups: Bool, heavyStops: HeavyStopPolicy
    ) -> [Int: String] {
        let depotName = network.nodes[depot].name
        var reasons: [Int: String] = [:]
        for (k, s) in stops.enumerated() {
            let node = network.nodes[s]
            let delivery = CountyRoutingInstance.parcels(of: node, carriers: carriers)
            let pickup = pickups ? node.pickups?.perDay ?? 0 : 0
            let needsCold = CountyRoutingInstance.needsColdVan(node, pickups: pickups)
            guard let van = fleet.largestVan(coldChain: needsCold) else {
                reasons[k] =
                    "its pickup (\(node.pickups?.product ?? "produce")) needs cold chain but the fleet has no"
                    + " refrigerated van"
                continue
            }
            let capacity = van.capacityParcels
            if heavyStops == .infeasible && delivery.rounded(.up) > Double(capacity) {
                reasons[k] = "\(fmt(delivery)) parcels a day, more than the largest usable van holds (\(capacity))"
                continue
            }
            if heavyStops == .infeasible && pickup.rounded(.up) > Double(capacity) {
                reasons[k] =
                    "\(fmt(pickup)) parcels of produce a day, more than the largest usable van holds (\(capacity))"
                continue
            }
            let out = travel.minutes(0, k + 1), back = travel.minutes(k + 1, 0)
            let open = node.timeWindow?.open ?? fleet.depotOpenMinute
            let close = node.timeWindow?.close ?? fleet.depotCloseMinute
            let service = node.serviceMinutes ?? fleet.defaultServiceMinutes
            let arrival = fleet.depotOpenMinute + out
            if arrival > close {
                reasons[k] =
                    "the earliest arrival from \(depotName) (\(clock(arrival))) is after its window closes"
                    + " (\(clock(close)))"
            } else if out + service + back > fleet.shiftHours * 60 {
                reasons[k] =
                    "a round trip from \(depotName) takes \(fmt((out + service + back) / 60)) h, more than the"
                    + " \(fmt(fleet.shiftHours)) h shift"
            } else if max(arrival, open) + service + back > fleet.depotCloseMinute {
                reasons[k] =
                    "no van from \(depotName) can serve it and be back before the depot closes"
                    + " (\(clock(fleet.depotCloseMinute)))"
            }
        }
        return reasons
    }

    /// `08:05` for 485 minutes after midnight.
    static func clock(_ minutes: Double) -> String {
        let m = Int(minutes.rounded())
        let h = m / 60, r = m % 60
        return (h < 10 ? "0" : "") + "\(h):" + (r < 10 ? "0" : "") + "\(r)"
    }

    /// One decimal.
    static func fmt(_ x: Double) -> String { String(Double((x * 10).rounded()) / 10) }
}

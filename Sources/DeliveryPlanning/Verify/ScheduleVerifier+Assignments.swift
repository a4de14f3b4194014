// The schedule verifier's check of one year's assignments: each village once, open own-county centers, capacity.
import FacilityLocation
import RoadNetwork

extension ScheduleVerifier {
    /// Checks one year: every demand point served once or listed unserved, by a center open that year in its
    /// county and within the radius; each center's load recomputed and within its tier's capacity with the
    /// reserve. Returns the year's transport and uncovered costs, recomputed.
    static func verifyAssignments(
        _ period: NetworkPlan.Schedule.Period, factor: Double, plan: NetworkPlan, network: Network,
        index: [String: Int],
        open: [String: Int], baseDemand: [String: Double], roads: RoadDistances, v: inout [String]
    ) -> (transport: Double, uncovered: Double) {
        guard let years = plan.scenario.years else { return (0, 0) }
        let y = period.year, rates = plan.scenario.rates
        var seen: [String: Int] = [:]
        var load: [String: Double] = [:]
        var transport = 0.0, uncovered = 0.0
        for id in period.uncovered {
            seen[id, default: 0] += 1
            uncovered += years.uncoveredCostPerParcel * rates.daysPerYear * (baseDemand[id] ?? 0) * factor
        }
        var pairs: [(node: Int, center: Int)] = []
        for a in period.assignments {
            seen[a.node, default: 0] += 1
            guard let j = index[a.node], network.nodes[j].kind.isDemandPoint else {
                v.append("schedule \(y) village \(a.node): not a demand point"); continue
            }
            guard let i = index[a.center], open[a.center] != nil else {
                v.append("schedule \(y) village \(a.node): center \(a.center) is not open that year"); continue
            }
            if network.nodes[j].county != network.nodes[i].county {
                v.append("schedule \(y) village \(a.node): center \(a.center) is in another county")
            }
            pairs.append((j, i))
        }
        // Distances one county at a time (Hebei has no single matrix), as the plan's own assignments.
        let distance = PlanVerifier.pairDistances(pairs, network: network, roads: roads)
        for (j, i) in pairs {
            let id = network.nodes[j].id, center = network.nodes[i].id
            let (km, minutes) = distance[j &* network.nodes.count &+ i]!
            if let r = plan.scenario.centers.radiusKm, km > r * (1 + 1e-6) {
                v.append("schedule \(y) village \(id): \(fmt(km)) km to \(center), beyond the radius \(r) km")
            }
            if let r = plan.scenario.centers.radiusMinutes, minutes > r * (1 + 1e-6) {
                v.append("schedule \(y) village \(id): \(fmt(minutes)) min to \(center), beyond the radius \(r) min")
            }
            let parcels = (baseDemand[id] ?? 0) * factor
            load[center, default: 0] += parcels
            transport += rates.perParcelKm * rates.daysPerYear * parcels * km
        }
        for node in network.nodes where node.kind.isDemandPoint && seen[node.id] != 1 {
            v.append(
                "schedule \(y) village \(node.id): listed \(seen[node.id] ?? 0) times (must be once, served or unserved)"
            )
        }
        let tiers = years.centerTiers
        for s in period.sites where s.action != .close {
            let recomputed = load[s.id] ?? 0
            if abs(s.load - recomputed) > 1e-6 * max(1, recomputed) {
                v.append("schedule \(y) site \(s.id): load \(fmt(s.load)), its villages send \(fmt(recomputed))")
            }
            if let tier = open[s.id], (1 + years.reserve) * recomputed > tiers[tier].parcelsPerDay * (1 + 1e-9) {
                v.append(
                    "schedule \(y) site \(s.id): (1 + reserve \(years.reserve)) x load \(fmt(recomputed)) over tier"
                        + " \(tiers[tier].name)'s capacity \(fmt(tiers[tier].parcelsPerDay))")
            }
        }
        return (transport, uncovered)
    }
}

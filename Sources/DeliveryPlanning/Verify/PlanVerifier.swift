// The independent verifier of a plan file against its network: its own code path, recomputing every number.
import FacilityLocation
import Foundation
import RoadNetwork

/// Checks a ``NetworkPlan`` against the network it was made for (with the plan's own scenario applied again):
/// every demand point assigned once to an open center of its own county, every county has its centers,
/// capacities, the radius, assignment distances, routes (each routed stop once, within the van's capacity,
/// distances recomputed), hubs within the range and every center on a line to an open hub, and the costs
/// recomputed. Shares no code with the pipeline beyond reading the network.
public enum PlanVerifier {
    /// Relative tolerance of recomputed numbers.
    static let tolerance = 1e-6

    /// The violations found, one sentence each naming the node, county or field; empty when the plan holds.
    public static func verify(_ plan: NetworkPlan, network original: Network) throws(PlanError) -> [String] {
        guard plan.format == NetworkPlan.formatTag else {
            throw .badInput("not a plan file (format \"\(plan.format)\")")
        }
        let network = try ScenarioNetwork(network: original, scenario: plan.scenario).network
        let index = network.nodeIndexByID()
        var v: [String] = []
        let roads = RoadDistances(network: network)
        if let changed = PlanDistance.check(plan.distance, network: network, roads: roads) { v.append(changed) }
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= tolerance * max(1, abs(a), abs(b)) }

        // Centers: known sites, no duplicates.
        var centerIDs: [String: NetworkPlan.Center] = [:]
        for c in plan.centers {
            guard let i = index[c.id], [.countyCenter, .candidateSite].contains(network.nodes[i].kind) else {
                v.append("center \(c.id): not a candidate center of the network"); continue
            }
            if centerIDs[c.id] != nil { v.append("center \(c.id): listed twice") }
            centerIDs[c.id] = c
            if network.nodes[i].county != c.county {
                v.append("center \(c.id): county \(c.county), network says \(network.nodes[i].county ?? "none")")
            }
        }
        for id in plan.scenario.centers.closed where plan.centers.contains(where: { $0.id == id || $0.name == id }) {
            v.append("center \(id): open although the scenario closes it")
        }
        for id in plan.scenario.centers.forced where !plan.centers.contains(where: { $0.id == id || $0.name == id }) {
            v.append("center \(id): closed although the scenario forces it open")
        }

        // Assignments: every demand point once, own county, radius, km recomputed, capacity.
        var assigned: [String: Int] = [:]
        var load: [String: Double] = [:]
        let pairs = plan.assignments.compactMap { a -> (node: Int, center: Int)? in
            guard let j = index[a.node], let i = index[a.center] else { return nil }
            return (j, i)
        }
        let distance = Self.pairDistances(pairs, network: network, roads: roads)
        for a in plan.assignments {
            assigned[a.node, default: 0] += 1
            guard let j = index[a.node], network.nodes[j].kind.isDemandPoint else {
                v.append("assignment \(a.node): not a demand point of the network"); continue
            }
            guard let c = centerIDs[a.center], let i = index[a.center] else {
                v.append("assignment \(a.node): center \(a.center) is not an open center"); continue
            }
            let node = network.nodes[j]
            if node.county != c.county {
                v.append(
                    "assignment \(a.node) (county \(node.county ?? "?")): center \(a.center) is in county \(c.county)")
            }
            let (km, minutes) = distance[j &* network.nodes.count &+ i]!
            if !near(km, a.km) { v.append("assignment \(a.node): km \(a.km), recomputed \(km)") }
            if let r = plan.scenario.centers.radiusKm, km > r * (1 + tolerance) {
                v.append("assignment \(a.node): \(fmt(km)) km to \(a.center), beyond the radius \(r) km")
            }
            if let r = plan.scenario.centers.radiusMinutes, minutes > r * (1 + tolerance) {
                v.append("assignment \(a.node): \(fmt(minutes)) min to \(a.center), beyond the radius \(r) min")
            }
            let demand = ScenarioNetwork.demand(of: node)
            if !near(demand, a.parcelsPerDay) {
                v.append("assignment \(a.node): \(a.parcelsPerDay) parcels/day, network says \(demand)")
            }
            load[a.center, default: 0] += demand
        }
        for node in network.nodes where node.kind.isDemandPoint {
            let n = assigned[node.id] ?? 0
            if n != 1 { v.append("demand point \(node.id): assigned \(n) times (must be once)") }
        }
        for c in plan.centers {
            let cap = index[c.id].flatMap { network.nodes[$0].site?.capacity }
            // A build-out sizes its centers by tier: ScheduleVerifier checks those capacities instead.
            if plan.schedule == nil, let cap, (load[c.id] ?? 0) > cap * (1 + tolerance) {
                v.append("center \(c.id): \(fmt(load[c.id] ?? 0)) parcels/day over its capacity \(fmt(cap))")
            }
        }
        let demand = network.countiesWithDemand()
        for county in network.counties where demand.contains(county.code) {
            let n = plan.centers.filter { $0.county == county.code }.count
            if n < plan.scenario.centers.perCounty {
                v.append(
                    "county \(county.code) \(county.name): \(n) centers, needs at least \(plan.scenario.centers.perCounty)"
                )
            }
        }

        v += verifyRoutes(plan, network: network, index: index, roads: roads)
        v += verifyHubs(plan, network: network, index: index, roads: roads, load: load)
        v += verifySchedules(plan, network: network, index: index, roads: roads) + verifyCompleteness(plan)
        v += ScheduleVerifier.verify(plan, network: network, original: original, roads: roads)
        v += verifyContinuity(plan) + verifyYearRoutes(plan, network: network, index: index, roads: roads)
        v += verifyPostalBackstop(plan, network: network, index: index, roads: roads)
        v += verifyVillageStations(plan, network: network, index: index, roads: roads)
        v += verifyBusLines(plan, network: network, index: index, roads: roads)
        v += verifyOriginWarehouses(plan, network: network, index: index, roads: roads)
        return v
    }

    static func fmt(_ x: Double) -> String { String(format: "%.2f", x) }
}

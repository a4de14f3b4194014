// The verifier's checks of routes, hubs, line-haul and costs.
import FacilityLocation
import RoadNetwork

extension PlanVerifier {
    /// Each routed stop once (once per carrier with parcels there when carriers deliver alone), on a route of
    /// its own center, loads within capacity, km recomputed.
    static func verifyRoutes(
        _ plan: NetworkPlan, network: Network, index: [String: Int], roads: RoadDistances
    ) -> [String] {
        var v: [String] = []
        let centerOf = Dictionary(plan.assignments.map { ($0.node, $0.center) }, uniquingKeysWith: { a, _ in a })
        let alone = !plan.scenario.coDelivery
        let carrierIDs = Set(network.carriers.map(\.id))
        // Visits per stop and carrier ("" for shared vans).
        var visits: [String: Int] = [:]
        var direct: Set<String> = []
        func key(_ stop: String, _ carrier: String?) -> String { stop + "\u{1F}" + (carrier ?? "") }
        for (r, route) in plan.routes.enumerated() {
            let name = "route \(r + 1) (\(route.center))"
            if plan.operatingModels?.ownsRoute(route) ?? false { continue }  // checked by the operating models' parts
            if alone, route.carrier.map({ !carrierIDs.contains($0) }) ?? true {
                v.append(
                    "\(name): carriers deliver alone (co_delivery: false), but the route names no carrier of the network"
                )
            }
            if !alone, let c = route.carrier { v.append("\(name): carrier \(c) alone, but the scenario shares vans") }
            guard let depot = index[route.center], plan.centers.contains(where: { $0.id == route.center }) else {
                v.append("\(name): starts at \(route.center), not an open center"); continue
            }
            var stops: [Int] = []
            for id in route.stops {
                guard let s = index[id] else { v.append("\(name): unknown stop \(id)"); continue }
                if route.directTrip {
                    direct.insert(key(id, route.carrier))
                } else {
                    visits[key(id, route.carrier), default: 0] += 1
                }
                stops.append(s)
                if let c = centerOf[id], c != route.center { v.append("\(name): stop \(id) belongs to center \(c)") }
            }
            // Deliveries and pickups each at most the sum on board; the peak is what the route reports.
            if route.load > route.capacity * (1 + tolerance) {
                v.append("\(name): load \(fmt(route.load)) over the van's capacity \(fmt(route.capacity))")
            }
            let tour = [depot] + stops
            let m = roads.matrix(from: tour, to: tour)
            var km = 0.0
            for k in tour.indices { km += m.km(k, (k + 1) % tour.count) }
            if abs(km - route.km) > 1e-3 * max(1, km) {
                v.append("\(name): \(fmt(route.km)) km, recomputed \(fmt(km))")
            }
        }
        if plan.stages.contains(where: { $0.name == .routes && $0.status.ran }) {
            let routedCounties = Set(plan.routes.map(\.county))
            let skipped = Set(plan.skippedStops)
            let carriers = network.carriers.map(\.id)
            let vans: [String?] = alone ? carriers : [nil]
            let elsewhere = plan.operatingModels?.offCenterRoutes ?? []  // checked by the operating models' parts
            for a in plan.assignments where !elsewhere.contains(a.node) {
                guard let i = index[a.node], routedCounties.contains(network.nodes[i].county ?? "") else { continue }
                let node = network.nodes[i]
                // Who must call: the shared van, or each carrier with parcels for the stop.
                let callers: [String?] = alone ? carriers.filter { (node.parcels[$0] ?? 0) > 0 } : [nil]
                for carrier in vans {
                    let n = visits[key(a.node, carrier)] ?? 0
                    let who = carrier.map { " by carrier \($0)" } ?? ""
                    if n > 1 { v.append("stop \(a.node): visited\(who) by \(n) routes (must be once)") }
                }
                guard RouteStage.isStop(network, i), !skipped.contains(a.node), ScenarioNetwork.demand(of: node) > 0
                else {
                    continue
                }
                for carrier in callers
                where visits[key(a.node, carrier)] == nil && !direct.contains(key(a.node, carrier)) {
                    v.append("stop \(a.node): on no route" + (carrier.map { " of carrier \($0)" } ?? ""))
                }
            }
        }
        return v
    }

    /// Hub count in range, each center on a line to an open hub, hub capacity, line-haul and costs recomputed.
    static func verifyHubs(
        _ plan: NetworkPlan, network: Network, index: [String: Int], roads: RoadDistances,
        load: [String: Double]
    ) -> [String] {
        var v: [String] = []
        let rates = plan.scenario.rates
        let hubsRun = plan.stages.contains { $0.name == .hubs && $0.status.ran }
        let candidates = network.nodes.filter { $0.kind == .regionalHub }.count
        if hubsRun {
            let range = plan.scenario.hubs.count
            let low = min(range.lowerBound, candidates), high = min(range.upperBound, candidates)
            if plan.hubs.count < low || plan.hubs.count > high {
                v.append("hubs: \(plan.hubs.count) open, the scenario allows \(low)..\(high)")
            }
        }
        if hubsRun && network.nodes.contains(where: { $0.kind == .gateway }) {
            return v + verifyPolicy(plan, network: network, index: index, roads: roads)
        }
        var lineHaul = 0.0, tolls = 0.0
        var hubLoad: [String: Double] = [:]
        for line in plan.lines {
            if line.subsidy != 0 || line.kind != .feeder {
                v.append(
                    "line \(line.from) -> \(line.to): a \(line.kind.rawValue) line with subsidy \(fmt(line.subsidy)); without gateways only unsubsidised feeder lines exist"
                )
            }
            guard let c = index[line.center], let h = index[line.hub], network.nodes[h].kind == .regionalHub,
                plan.hubs.contains(where: { $0.id == line.hub })
            else {
                v.append("line \(line.center) -> \(line.hub): not between an open center and an open hub"); continue
            }
            let km = roads.matrix(from: [c], to: [h]).km(0, 0)
            if abs(km - line.km) > 1e-6 * max(1, km) {
                v.append("line \(line.center) -> \(line.hub): \(fmt(line.km)) km, recomputed \(fmt(km))")
            }
            let flow = load[line.center] ?? 0
            if abs(flow - line.parcelsPerDay) > 1e-6 * max(1, flow) {
                v.append(
                    "line \(line.center) -> \(line.hub): \(fmt(line.parcelsPerDay)) parcels/day, the center's villages send \(fmt(flow))"
                )
            }
            let t = rates.tollPerParcelKm * km * flow * rates.daysPerYear
            tolls += t
            lineHaul += rates.lineHaulPerParcelKm * km * flow * rates.daysPerYear + t
            hubLoad[line.hub, default: 0] += flow
        }
        if hubsRun {
            for c in plan.centers where !plan.lines.contains(where: { $0.center == c.id }) {
                v.append("center \(c.id): no direct line to a hub")
            }
        }
        for hub in plan.hubs {
            let cap = plan.scenario.hubs.capacity ?? index[hub.id].flatMap { network.nodes[$0].site?.capacity }
            if let cap, (hubLoad[hub.id] ?? 0) > cap * (1 + tolerance) {
                v.append("hub \(hub.id): \(fmt(hubLoad[hub.id] ?? 0)) parcels/day over its capacity \(fmt(cap))")
            }
        }
        // Costs, recomputed from the network's site costs, the recomputed lines and the routes.
        let c = plan.costs
        let centerFixed = plan.centers.reduce(0.0) {
            $0 + (index[$1.id].flatMap { network.nodes[$0].site?.fixedCost } ?? 0)
        }
        let hubFixed = plan.hubs.reduce(0.0) { $0 + (index[$1.id].flatMap { network.nodes[$0].site?.fixedCost } ?? 0) }
        // Without gateways there are no direct lines out of the province: no subsidy, and no firm earns an award.
        let subsidy = 0.0
        var expected = NetworkPlan.Costs()
        expected.centerFixed = centerFixed
        expected.hubFixed = hubFixed
        expected.lineHaul = lineHaul
        expected.tolls = tolls
        expected.tollSubsidy = subsidy
        expected.villageDelivery =
            c.routed ? plan.routes.reduce(0) { $0 + $1.cost } * rates.daysPerYear : c.villageDelivery
        expected.hubAward = 0
        let checks: [(String, Double, Double)] = [
            ("centerFixed", c.centerFixed, expected.centerFixed), ("hubFixed", c.hubFixed, expected.hubFixed),
            ("lineHaul", c.lineHaul, expected.lineHaul), ("tolls", c.tolls, expected.tolls),
            ("tollSubsidy", c.tollSubsidy, expected.tollSubsidy),
            ("villageDelivery", c.villageDelivery, expected.villageDelivery),
            ("hubAward", c.hubAward, expected.hubAward),
            ("hubAwardPerYear", c.hubAwardPerYear, expected.hubAward / plan.scenario.policy.awardYears),
            (
                "total", c.total,
                expected.centerFixed + expected.hubFixed + expected.villageDelivery + expected.lineHaul
                    - expected.tollSubsidy
            ),
        ]
        for (field, claimed, recomputed) in checks where abs(claimed - recomputed) > 1e-6 * max(1, abs(recomputed)) {
            v.append("costs.\(field): \(fmt(claimed)), recomputed \(fmt(recomputed))")
        }
        return v
    }
}

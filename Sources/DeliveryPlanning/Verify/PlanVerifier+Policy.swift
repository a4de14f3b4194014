// The verifier's checks of firms, gateway and feeder lines, the toll subsidy, the award and flows at every hub.
import FacilityLocation
import Foundation
import RoadNetwork

extension PlanVerifier {
    /// On a network with gateways: each firm listed once with open hubs; every line's km, trips, parcels, tolls
    /// and cost recomputed; the subsidy only on out-of-province gateway lines, equal to the share of their tolls
    /// (scaled down together when the cap binds) and at most the cap per firm; the award at most once per firm and
    /// only where the hub covers the range; flows conserved at every hub (in = out + delivered) and every firm's
    /// flows on lines to all its gateways and centers; the costs recomputed.
    static func verifyPolicy(
        _ plan: NetworkPlan, network: Network, index: [String: Int], roads: RoadDistances
    ) -> [String] {
        var v: [String] = []
        let policy = plan.scenario.policy, rates = plan.scenario.rates
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-6 * max(1, abs(a), abs(b)) }
        let gateways = Gateway.all(in: network)
        let openHubs = Set(plan.hubs.map(\.id)), openCenters = plan.centers.map(\.id)
        var position: [String: Int] = [:]
        for (c, id) in openCenters.enumerated() { position[id] = c }
        let assignments = plan.assignments.compactMap { a -> (node: Int, center: Int, fraction: Double)? in
            guard let i = index[a.node], let c = position[a.center] else { return nil }
            let total = ScenarioNetwork.demand(of: network.nodes[i])
            return (i, c, total > 0 ? a.parcelsPerDay / total : 0)
        }
        let firms: [Firm]
        do {
            firms = try Firm.all(
                network: network, centers: openCenters.count, assignments: assignments, gateways: gateways)
        } catch {
            return ["firms: \(error)"]
        }
        let total = firms.reduce(0) { $0 + $1.load }
        // Firms: known, once each, on open hubs.
        var claimed: [String: NetworkPlan.Firm] = [:]
        for f in plan.firms {
            if let first = claimed[f.id] {
                v.append(
                    "firm \(f.id): listed twice"
                        + (first.award > 0 && f.award > 0 ? ", award paid twice (once per firm)" : ""))
                continue
            }
            claimed[f.id] = f
            if !firms.contains(where: { $0.id == f.id }) {
                v.append("firm \(f.id): not a carrier with parcels in the network")
            }
            if f.hubs.isEmpty { v.append("firm \(f.id): uses no hub") }
            for h in f.hubs where !openHubs.contains(h) { v.append("firm \(f.id): hub \(h) is not an open hub") }
        }
        for firm in firms where claimed[firm.id] == nil {
            v.append("firm \(firm.id): missing (it has parcels to route)")
        }
        // Each firm's routing over its hubs (from its feeder lines), the hub loads it gives, the award's coverage.
        var routing: [String: [Int]] = [:], hubLoad: [String: Double] = [:], hubCounties: [String: Set<String>] = [:]
        for firm in firms {
            guard let f = claimed[firm.id], !f.hubs.isEmpty else { continue }
            let r = firmRouting(
                f, flows: firm.flows, lines: plan.lines.filter { $0.firm == firm.id }, position: position)
            v += r.violations
            routing[firm.id] = r.centerHub
            for (k, h) in f.hubs.enumerated() {
                hubLoad[h, default: 0] += firm.flows.load(hub: k, centerHub: r.centerHub, main: 0)
            }
        }
        for line in plan.lines where line.kind == .feeder {
            if let c = position[line.from] { hubCounties[line.to, default: []].insert(plan.centers[c].county) }
        }
        for hub in plan.hubs {
            let load = hubLoad[hub.id] ?? 0
            if !near(load, hub.parcelsPerDay) {
                v.append("hub \(hub.id): \(fmt(hub.parcelsPerDay)) parcels/day, its firms handle \(fmt(load))")
            }
            let cap = plan.scenario.hubs.capacity ?? index[hub.id].flatMap { network.nodes[$0].site?.capacity }
            if let cap, load > cap * (1 + tolerance) {
                v.append("hub \(hub.id): \(fmt(load)) parcels/day over its capacity \(fmt(cap))")
            }
            if load == 0 { v.append("hub \(hub.id): open but no firm uses it") }
        }
        let award = AwardRule(policy)
        for f in plan.firms where f.award == 0 && policy.awardPerFirm > 0 {
            let covering = f.hubs.first {
                award.covers(hubLoad: hubLoad[$0] ?? 0, totalLoad: total, counties: hubCounties[$0]?.count ?? 0)
            }
            if let covering {
                v.append("firm \(f.id): no award, but its hub \(covering) covers \(award.range) (award_coverage)")
            }
        }
        for f in plan.firms where f.award != 0 {
            if f.award > policy.awardPerFirm * (1 + tolerance) {
                v.append(
                    "firm \(f.id): award \(fmt(f.award)) is more than \(fmt(policy.awardPerFirm)) paid once per firm (paid twice?)"
                )
            } else if !near(f.award, policy.awardPerFirm) {
                v.append("firm \(f.id): award \(fmt(f.award)), the rule pays 0 or \(fmt(policy.awardPerFirm))")
            }
            let covering = f.hubs.contains {
                award.covers(hubLoad: hubLoad[$0] ?? 0, totalLoad: total, counties: hubCounties[$0]?.count ?? 0)
            }
            if !covering {
                v.append("firm \(f.id): award paid but no hub of it covers \(award.range) (award_coverage)")
            }
        }
        v += verifyLines(
            plan, network: network, index: index, roads: roads, firms: firms, claimed: claimed,
            gateways: gateways, position: position, routing: routing)
        // Costs.
        let c = plan.costs
        let hubFixed = plan.hubs.reduce(0.0) { $0 + (index[$1.id].flatMap { network.nodes[$0].site?.fixedCost } ?? 0) }
        let awards = plan.firms.reduce(0.0) { $0 + $1.award }
        let lineHaul = plan.lines.reduce(0.0) { $0 + $1.cost }, tolls = plan.lines.reduce(0.0) { $0 + $1.tolls }
        let subsidy = plan.firms.reduce(0.0) { $0 + $1.tollSubsidy }
        let village = c.routed ? plan.routes.reduce(0) { $0 + $1.cost } * rates.daysPerYear : c.villageDelivery
        let centerFixed = plan.centers.reduce(0.0) {
            $0 + (index[$1.id].flatMap { network.nodes[$0].site?.fixedCost } ?? 0)
        }
        let checks: [(String, Double, Double)] = [
            ("centerFixed", c.centerFixed, centerFixed), ("hubFixed", c.hubFixed, hubFixed),
            ("lineHaul", c.lineHaul, lineHaul),
            ("tolls", c.tolls, tolls), ("tollSubsidy", c.tollSubsidy, subsidy),
            ("villageDelivery", c.villageDelivery, village),
            ("hubAward", c.hubAward, awards), ("hubAwardPerYear", c.hubAwardPerYear, awards / policy.awardYears),
            ("total", c.total, centerFixed + hubFixed + village + lineHaul - subsidy - awards / policy.awardYears),
        ]
        for (field, claimed, recomputed) in checks where !near(claimed, recomputed) {
            v.append("costs.\(field): \(fmt(claimed)), recomputed \(fmt(recomputed))")
        }
        return v
    }

    /// Every line recomputed; the subsidy per line and per firm; every firm's flows on lines; hub conservation.
    private static func verifyLines(
        _ plan: NetworkPlan, network: Network, index: [String: Int], roads: RoadDistances, firms: [Firm],
        claimed: [String: NetworkPlan.Firm], gateways: [Gateway], position: [String: Int], routing: [String: [Int]]
    ) -> [String] {
        var v: [String] = []
        let rates = plan.scenario.rates, rule = TollSubsidyRule(plan.scenario.policy)
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-6 * max(1, abs(a), abs(b)) }
        let gatewayOf = Dictionary(gateways.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for firm in firms {
            guard let f = claimed[firm.id], let centerHub = routing[firm.id] else { continue }
            let flows = firm.flows
            let lines = plan.lines.filter { $0.firm == firm.id }
            let name = "firm \(firm.id)"
            // Expected parcels each way on each of the firm's lines, keyed "from>to".
            var expected: [String: (forward: Double, back: Double)] = [:]
            for (id, c) in position where centerHub[c] >= 0 {
                expected[id + ">" + f.hubs[centerHub[c]]] = (firm.up[c], firm.down[c])
            }
            for (k, hub) in f.hubs.enumerated() {
                for (g, gw) in gateways.enumerated() where flows.usesGateway(g) {
                    let p = flows.gatewayLine(hub: k, gateway: g, centerHub: centerHub, main: 0)
                    if p.forward + p.back > 1e-9 { expected[hub + ">" + gw.id] = p }
                }
            }
            var seen: Set<String> = []
            var eligibleTolls = 0.0, subsidies = 0.0, tolls = 0.0
            var balance: [String: (inflow: Double, outflow: Double, delivered: Double)] = [:]
            var atGateway = [(forward: Double, back: Double)](repeating: (0, 0), count: gateways.count)
            for line in lines {
                let label = "\(name) line \(line.from) -> \(line.to)"
                let key = line.from + ">" + line.to
                guard let i = index[line.from], let j = index[line.to], let want = expected[key], !seen.contains(key)
                else {
                    v.append(
                        "\(label): not a line of this firm (its hubs \(f.hubs.joined(separator: ", ")), or listed twice)"
                    ); continue
                }
                seen.insert(key)
                let gatewayLine = gatewayOf[line.to] != nil
                if line.kind != (gatewayLine ? .gateway : .feeder) {
                    v.append("\(label): kind \(line.kind.rawValue) is wrong")
                }
                let outside = gatewayLine && network.nodes[i].province != network.nodes[j].province
                if line.outOfProvince != outside {
                    v.append("\(label): outOfProvince \(line.outOfProvince), recomputed \(outside)")
                }
                let km = roads.matrix(from: [i], to: [j]).km(0, 0)
                let fwd = line.parcelsForward ?? .nan, back = line.parcelsBack ?? .nan
                if !near(km, line.km) { v.append("\(label): \(fmt(line.km)) km, recomputed \(fmt(km))") }
                if !near(fwd, want.forward) || !near(back, want.back)
                    || !near(line.parcelsPerDay, want.forward + want.back)
                {
                    v.append(
                        "\(label): parcels \(fmt(fwd)) out / \(fmt(back)) back, the firm's flows are \(fmt(want.forward)) / \(fmt(want.back))"
                    )
                }
                let busier = max(want.forward, want.back)
                let trips = busier > 1e-9 ? Int((busier / rates.truckParcels * (1 - 1e-12)).rounded(.up)) : 0
                if trips != line.tripsPerDay { v.append("\(label): \(line.tripsPerDay) trips a day, \(trips) needed") }
                let truckKm = Double(trips) * 2 * km * rates.daysPerYear
                if !near(line.tolls, truckKm * rates.truckTollPerKm) {
                    v.append("\(label): tolls \(fmt(line.tolls)), recomputed \(fmt(truckKm * rates.truckTollPerKm))")
                }
                if !near(line.cost, truckKm * (rates.truckCostPerKm + rates.truckTollPerKm)) {
                    v.append(
                        "\(label): cost \(fmt(line.cost)), recomputed \(fmt(truckKm * (rates.truckCostPerKm + rates.truckTollPerKm)))"
                    )
                }
                tolls += line.tolls
                subsidies += line.subsidy
                if TollSubsidyRule.eligible(gatewayLine: gatewayLine, outOfProvince: outside) {
                    eligibleTolls += line.tolls
                } else if line.subsidy != 0 {
                    v.append(
                        "\(label): subsidy \(fmt(line.subsidy)) on a \(gatewayLine ? "gateway line inside the province" : "feeder line"); only direct lines to gateways outside the province earn it"
                    )
                }
                if let g = gatewayOf[line.to] { atGateway[g] = (atGateway[g].forward + fwd, atGateway[g].back + back) }
                let hub = gatewayLine ? line.from : line.to
                var b = balance[hub, default: (0, 0, 0)]
                if gatewayLine { b.inflow += back; b.outflow += fwd } else { b.inflow += fwd; b.delivered += back }
                balance[hub] = b
            }
            for key in expected.keys.sorted() where !seen.contains(key) {
                let ends = key.split(separator: ">").map(String.init)
                v.append(
                    "\(name): no line \(ends[0]) -> \(ends[1]); its flows must reach \(gatewayOf[ends[1]] != nil ? "that gateway" : "its hub")"
                )
            }
            // Subsidy: each eligible line its share of the firm's (capped) subsidy, the firm at most the cap.
            let paid = rule.firmSubsidy(eligibleTolls: eligibleTolls)
            for line in lines where line.outOfProvince && line.kind == .gateway {
                let want = rule.lineSubsidy(tolls: line.tolls, firmEligibleTolls: eligibleTolls)
                if !near(line.subsidy, want) {
                    v.append(
                        "\(name) line \(line.from) -> \(line.to): subsidy \(fmt(line.subsidy)), the rule pays \(fmt(want))"
                    )
                }
            }
            if f.tollSubsidy > rule.cap * (1 + tolerance) {
                v.append("\(name): toll subsidy \(fmt(f.tollSubsidy)) above the cap \(fmt(rule.cap)) a year")
            } else if !near(f.tollSubsidy, paid.subsidy) {
                v.append(
                    "\(name): toll subsidy \(fmt(f.tollSubsidy)), the rule pays \(fmt(paid.subsidy)) (\(fmt(rule.share)) x tolls \(fmt(eligibleTolls)), at most \(fmt(rule.cap)))"
                )
            }
            if !near(f.tollSubsidy, subsidies) {
                v.append("\(name): toll subsidy \(fmt(f.tollSubsidy)), its lines add up to \(fmt(subsidies))")
            }
            if f.subsidyCapped != paid.capped {
                v.append("\(name): subsidyCapped \(f.subsidyCapped), recomputed \(paid.capped)")
            }
            if !near(f.tolls, tolls) { v.append("\(name): tolls \(fmt(f.tolls)), its lines add up to \(fmt(tolls))") }
            if !near(f.warehouse, firm.warehouse) {
                v.append("\(name): warehouse outbound \(fmt(f.warehouse)), recomputed \(fmt(firm.warehouse))")
            }
            // Every gateway's flows of the firm on its lines to that gateway, summed over its hubs.
            for (g, gw) in gateways.enumerated() where flows.usesGateway(g) {
                let want = (flows.outbound[g] + flows.transit[g], flows.inbound[g] + flows.transit[g])
                if !near(atGateway[g].forward, want.0) || !near(atGateway[g].back, want.1) {
                    v.append(
                        "\(name): its lines to gateway \(gw.id) carry \(fmt(atGateway[g].forward)) out / \(fmt(atGateway[g].back)) back, its flows there are \(fmt(want.0)) / \(fmt(want.1))"
                    )
                }
            }
            // Conservation at each of its hubs: in (centers, gateways, warehouse at the main hub) = out (gateways)
            // + delivered (centers).
            for (hub, b) in balance.sorted(by: { $0.key < $1.key }) {
                let inflow = b.inflow + (hub == f.hubs.first ? f.warehouse : 0)
                if !near(inflow, b.outflow + b.delivered) {
                    v.append(
                        "hub \(hub), \(name): \(fmt(inflow)) parcels/day in, \(fmt(b.outflow)) out + \(fmt(b.delivered)) delivered (flows not conserved)"
                    )
                }
            }
        }
        for line in plan.lines where line.firm.map({ claimed[$0] == nil }) ?? true {
            v.append("line \(line.from) -> \(line.to): firm \(line.firm ?? "none") is not a listed firm")
        }
        return v
    }
}

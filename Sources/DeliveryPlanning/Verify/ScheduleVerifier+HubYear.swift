// The verifier's own recomputation of one build-out year's hub loads, line-haul, toll subsidy and award coverage.
import RoadNetwork

extension ScheduleVerifier {
    /// One year of the plan's hubs as the verifier recomputes it from plan.json, the network and the scenario
    /// alone (docs/plan.md, "Regional hubs year by year"), sharing no code with the planner's year flows: only
    /// the flow data (``Firm``, as `PlanVerifier+Policy` reads it), the road distances and the documented line
    /// price, written out here.
    struct HubYear {
        /// Parcels a day each plan hub handles (in the plan's `hubs` order).
        var loads: [Double]
        /// Yuan a year of the feeder and gateway lines, tolls included.
        var lineHaul = 0.0
        /// Each firm's toll subsidy that year (capped), by firm id; empty without firms.
        var subsidy: [String: Double] = [:]
        /// The firms that use a hub covering the award's range that year, in network carrier order.
        var qualifying: [String] = []
        /// Whether the lines are the firms' (a network with gateways), so the subsidy and the award apply.
        var byFirm = false

        /// Recomputes `period` of `plan` on `network` (the plan's scenario network, at `plan.growth`).
        /// - Throws: a sentence naming what cannot be recomputed (an unknown site, firms' flows).
        init(plan: NetworkPlan, period: NetworkPlan.Schedule.Period, network: Network, roads: RoadDistances) throws {
            let index = network.nodeIndexByID()
            loads = [Double](repeating: 0, count: plan.hubs.count)
            let hubNodes = try plan.hubs.map { hub in
                guard let i = index[hub.id] else { throw Unrecomputable("hub \(hub.id) is not a node") }
                return i
            }
            let open = period.sites.filter { $0.action != .close }
            let centers = try open.map { site in
                guard let i = index[site.id] else { throw Unrecomputable("site \(site.id) is not a node") }
                return i
            }
            guard !hubNodes.isEmpty, !centers.isEmpty else { return }
            // The year's parcels are the plan network's times the growth ratio; every flow is linear in them.
            let ratio = plan.growth > 0 ? period.growth / plan.growth : 1
            var position: [String: Int] = [:]
            for (c, site) in open.enumerated() { position[site.id] = c }
            let assigned = period.assignments.compactMap { a -> (node: Int, center: Int, fraction: Double)? in
                guard let i = index[a.node], let c = position[a.center] else { return nil }
                return (i, c, 1)
            }
            let nh = hubNodes.count, rates = plan.scenario.rates
            let km = roads.matrix(from: centers, to: hubNodes).km
            /// The hub of (center, firm): the plan's feeder line's, when it ends at an allowed hub; otherwise
            /// the nearest allowed hub by road, the first in the plan's `hubs` on a tie.
            func hub(of c: Int, firm: String?, allowed: [Int]) -> Int {
                for line in plan.lines where line.kind == .feeder && line.from == open[c].id && line.firm == firm {
                    if let h = plan.hubs.firstIndex(where: { $0.id == line.to }), allowed.contains(h) { return h }
                }
                var best = allowed[0]
                for h in allowed
                where km[c * nh + h] < km[c * nh + best] || (km[c * nh + h] == km[c * nh + best] && h < best) {
                    best = h
                }
                return best
            }
            let gateways = Gateway.all(in: network)
            if gateways.isEmpty || plan.firms.isEmpty {
                // All firms on one line a center, priced per parcel-km.
                var flow = [Double](repeating: 0, count: centers.count)
                for a in assigned { flow[a.center] += ratio * ScenarioNetwork.demand(of: network.nodes[a.node]) }
                for c in centers.indices where flow[c] > 0 {
                    let h = hub(of: c, firm: nil, allowed: Array(0..<nh))
                    loads[h] += flow[c]
                    lineHaul +=
                        (rates.lineHaulPerParcelKm + rates.tollPerParcelKm) * km[c * nh + h] * flow[c]
                        * rates.daysPerYear
                }
                return
            }
            byFirm = true
            let firms: [Firm]
            do {
                firms = try Firm.all(
                    network: network, centers: centers.count, assignments: assigned, gateways: gateways)
            } catch {
                throw Unrecomputable("firms' flows: \(error)")
            }
            let gatewayKm = roads.matrix(from: hubNodes, to: gateways.map(\.node)).km
            let policy = plan.scenario.policy, ng = gateways.count
            var counties = [Set<String>](repeating: [], count: nh)
            var firmHubs: [(id: String, hubs: [Int])] = []
            for firm in firms {
                let down = firm.down.map { $0 * ratio }, up = firm.up.map { $0 * ratio }
                let inbound = firm.inbound.map { $0 * ratio }, outbound = firm.outbound.map { $0 * ratio }
                let transit = firm.transit.map { $0 * ratio }
                let listed = plan.firms.first { $0.id == firm.id }?.hubs ?? []
                let positions = listed.compactMap { id in plan.hubs.firstIndex { $0.id == id } }
                let hubs = positions.isEmpty ? Array(0..<nh) : positions, main = hubs[0]
                let delivered = down.reduce(0, +), outboundTotal = outbound.reduce(0, +)
                let warehouse = outboundTotal - up.reduce(0, +)
                var mine = [Double](repeating: 0, count: nh), startHere = [Double](repeating: 0, count: nh)
                var deliveredHere = [Double](repeating: 0, count: nh)
                mine[main] = warehouse + transit.reduce(0, +)
                startHere[main] = warehouse
                // Feeder lines: produce up (forward), deliveries down (back).
                for c in centers.indices where down[c] + up[c] > 0 {
                    let h = hub(of: c, firm: firm.id, allowed: hubs)
                    mine[h] += down[c] + up[c]
                    startHere[h] += up[c]
                    deliveredHere[h] += down[c]
                    counties[h].insert(open[c].county)
                    lineHaul +=
                        ScheduleVerifier.linePrice(km: km[c * nh + h], forward: up[c], back: down[c], rates: rates).cost
                }
                // Gateway lines: each hub's shares of the gateways' flows, the main hub's transit.
                var eligibleTolls = 0.0
                for h in hubs {
                    for (g, gateway) in gateways.enumerated() where inbound[g] + outbound[g] + transit[g] > 0 {
                        let through = h == main ? transit[g] : 0
                        let forward = (outboundTotal > 0 ? outbound[g] * startHere[h] / outboundTotal : 0) + through
                        let back = (delivered > 0 ? inbound[g] * deliveredHere[h] / delivered : 0) + through
                        guard forward + back > 1e-9 else { continue }
                        let price = ScheduleVerifier.linePrice(
                            km: gatewayKm[h * ng + g], forward: forward, back: back, rates: rates)
                        lineHaul += price.cost
                        if gateway.province != network.nodes[hubNodes[h]].province { eligibleTolls += price.tolls }
                    }
                }
                subsidy[firm.id] = min(policy.tollSubsidyShare * eligibleTolls, policy.tollSubsidyCap)
                for h in hubs { loads[h] += mine[h] }
                firmHubs.append((firm.id, hubs.filter { mine[$0] > 0 }))
            }
            // The award: a hub covers the range by its share of all parcels handled, or by its centers' counties.
            let total = loads.reduce(0, +)
            func covers(_ h: Int) -> Bool {
                if let n = policy.awardCoverageCounties { return counties[h].count >= n }
                return loads[h] >= policy.awardCoverage * total * (1 - 1e-12)
            }
            qualifying = firmHubs.filter { $0.hubs.contains(where: covers) }.map(\.id)
        }
    }

    /// A reason a year cannot be recomputed.
    struct Unrecomputable: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A direct line's yearly cost and tolls (docs/plan.md, "Direct lines"): trucks out and back,
    /// `ceil(max(forward, back) / truck_parcels)` round trips a day, tolls and truck cost per truck-km.
    static func linePrice(
        km: Double, forward: Double, back: Double, rates: Scenario.Rates
    ) -> (cost: Double, tolls: Double) {
        let busier = max(forward, back)
        let trips = busier > 1e-9 ? (busier / rates.truckParcels * (1 - 1e-12)).rounded(.up) : 0
        let truckKm = trips * 2 * km * rates.daysPerYear
        return (truckKm * (rates.truckCostPerKm + rates.truckTollPerKm), truckKm * rates.truckTollPerKm)
    }
}

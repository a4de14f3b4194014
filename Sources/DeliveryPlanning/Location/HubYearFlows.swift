// One build-out year's regional-hub loads and line-haul, on the plan's (last year's) hubs and routing.
import FacilityLocation
import RoadNetwork

/// The parcels each of the plan's hubs handles in one year of a build-out, and that year's line-haul cost.
///
/// The hubs are the plan's (the last year's); so is each center's routing to them: a center (of a firm, with
/// gateways) keeps the hub its feeder line of the plan goes to, and a center without such a line (an existing
/// site closed before the last year, or a firm with no parcels there in the last year) goes to the nearest by
/// road of the hubs it may use (the firm's hubs, or all), the first listed on a tie. Parcels are that year's:
/// the demand points' parcels and produce and the gateways' flows at the year's demand factor, through the
/// year's centers and assignments. Lines are priced as the hub stage prices them: per truck round trip
/// (``DirectLine``, the routing rule of ``FirmFlows`` over several hubs) on a network with gateways, per
/// parcel-km otherwise; with firms, each firm's toll subsidy and award coverage that year too. The pipeline
/// writes these numbers; the verifier recomputes them with its own code (``ScheduleVerifier/HubYear``).
struct HubYearFlows {
    /// Parcels a day each hub handles (in the plan's `hubs` order).
    var loads: [Double]
    /// Yuan a year of every feeder and gateway line, tolls included, and the tolls alone.
    var lineHaul = 0.0
    var tolls = 0.0
    /// The toll subsidy of the year's lines, each firm's capped (``TollSubsidyRule``), and the firms that use a hub
    /// covering the award's range that year (``AwardRule``; none without firms).
    var subsidy = 0.0
    var qualifying: [String] = []
    /// Whether the lines are the firms' (a network with gateways), so the subsidy and the award apply.
    var byFirm = false

    /// The flows of `period` for `plan`'s hubs and lines; `network` is the plan's scenario network (at the last
    /// year's demand, `plan.growth`).
    init(plan: NetworkPlan, period: NetworkPlan.Schedule.Period, network: Network, roads: RoadDistances) throws {
        let index = network.nodeIndexByID()
        let hubNodes = plan.hubs.compactMap { index[$0.id] }
        loads = [Double](repeating: 0, count: plan.hubs.count)
        guard hubNodes.count == plan.hubs.count, !hubNodes.isEmpty else { return }
        let open = period.sites.filter { $0.action != .close }
        let centers = open.compactMap { index[$0.id] }
        guard centers.count == open.count, !centers.isEmpty else { return }
        var position: [String: Int] = [:]
        for (c, s) in open.enumerated() { position[s.id] = c }
        let year = Self.network(network, ratio: plan.growth > 0 ? period.growth / plan.growth : 1)
        let assignments = period.assignments.compactMap { a -> (node: Int, center: Int, fraction: Double)? in
            guard let i = index[a.node], let c = position[a.center] else { return nil }
            return (i, c, 1)
        }
        let km = roads.matrix(from: centers, to: hubNodes).km
        let nh = hubNodes.count, rates = plan.scenario.rates
        var hubPosition: [String: Int] = [:]
        for (h, hub) in plan.hubs.enumerated() { hubPosition[hub.id] = h }
        /// The plan's feeder line of (firm, center), else the nearest of `allowed`.
        func hub(of c: Int, firm: String?, allowed: [Int]) -> Int {
            let id = open[c].id
            if let line = plan.lines.first(where: { $0.kind == .feeder && $0.from == id && $0.firm == firm }),
                let h = hubPosition[line.to], allowed.contains(h)
            {
                return h
            }
            return allowed.min { km[c * nh + $0] != km[c * nh + $1] ? km[c * nh + $0] < km[c * nh + $1] : $0 < $1 }!
        }
        let gateways = Gateway.all(in: year)
        guard !gateways.isEmpty, !plan.firms.isEmpty else {
            // Without gateways: one line of all firms per center, priced per parcel-km.
            var flow = [Double](repeating: 0, count: centers.count)
            for a in assignments { flow[a.center] += ScenarioNetwork.demand(of: year.nodes[a.node]) }
            for c in centers.indices where flow[c] > 0 {
                let h = hub(of: c, firm: nil, allowed: Array(0..<nh))
                let parcelKm = km[c * nh + h] * flow[c] * rates.daysPerYear
                loads[h] += flow[c]
                tolls += rates.tollPerParcelKm * parcelKm
                lineHaul += (rates.lineHaulPerParcelKm + rates.tollPerParcelKm) * parcelKm
            }
            return
        }
        byFirm = true
        let firms = try Firm.all(network: year, centers: centers.count, assignments: assignments, gateways: gateways)
        let stage = FirmHubStage(network: year, scenario: plan.scenario, roads: roads)
        let gatewayKm = roads.matrix(from: hubNodes, to: gateways.map(\.node)).km
        let rule = TollSubsidyRule(plan.scenario.policy), award = AwardRule(plan.scenario.policy)
        var counties = [Set<String>](repeating: [], count: nh), used: [(id: String, hubs: [Int])] = []
        for firm in firms {
            let listed = plan.firms.first { $0.id == firm.id }?.hubs.compactMap { hubPosition[$0] } ?? []
            let hubs = listed.isEmpty ? Array(0..<nh) : listed
            let routing = centers.indices.map { c in
                firm.flows.usesCenter(c) ? hub(of: c, firm: firm.id, allowed: hubs) : -1
            }
            let firmLoads = hubs.map { firm.flows.load(hub: $0, centerHub: routing, main: hubs[0]) }
            for (k, h) in hubs.enumerated() { loads[h] += firmLoads[k] }
            used.append((firm.id, hubs.indices.filter { firmLoads[$0] > 0 }.map { hubs[$0] }))
            for c in centers.indices where routing[c] >= 0 { counties[routing[c]].insert(open[c].county) }
            let priced = stage.price(
                firm, routing: routing, main: hubs[0], hubs: hubs, hubNodes: hubNodes, centers: centers,
                gateways: gateways, feederKm: km, gatewayKm: gatewayKm)
            lineHaul += priced.reduce(0) { $0 + $1.line.cost }
            tolls += priced.reduce(0) { $0 + $1.line.tolls }
            subsidy +=
                rule.firmSubsidy(eligibleTolls: priced.filter(\.eligible).reduce(0) { $0 + $1.line.tolls }).subsidy
        }
        let total = loads.reduce(0, +)
        qualifying = used.filter { firm in
            firm.hubs.contains { award.covers(hubLoad: loads[$0], totalLoad: total, counties: counties[$0].count) }
        }.map(\.id)
    }

    /// `network` with every demand point's parcels and produce and every gateway's flows times `ratio`.
    static func network(_ network: Network, ratio: Double) -> Network {
        guard ratio != 1 else { return network }
        var year = network
        for i in year.nodes.indices {
            if year.nodes[i].kind.isDemandPoint {
                year.nodes[i].parcels = year.nodes[i].parcels.mapValues { $0 * ratio }
                year.nodes[i].pickups?.perDay *= ratio
            }
            year.nodes[i].gateway?.scale(by: ratio)
        }
        return year
    }
}

// The hub stage on a network with gateways: which firms use which hubs, their feeder and gateway lines, the levers.
import FacilityLocation
import RoadNetwork
import SolverControl

/// Chooses the regional hubs and each firm's hub with ``FirmHubSolver`` (exact, GLPK), prices every firm's
/// direct lines (``DirectLine``), and pays the toll subsidy (``TollSubsidyRule``) and the award (``AwardRule``).
///
/// Firms may share a hub, and a firm may use several: each county center where it has parcels sends them on one
/// feeder line to one of its hubs, its main hub (listed first in `firms[].hubs`) takes its warehouse outbound and
/// transit, and each of its hubs runs gateway lines for its share of the gateways' flows (``FirmFlows``).
struct FirmHubStage {
    let network: Network
    let scenario: Scenario
    let roads: RoadDistances

    struct Outcome {
        var hubs: [NetworkPlan.Hub] = []
        var lines: [NetworkPlan.Line] = []
        var gateways: [NetworkPlan.Gateway] = []
        var firms: [NetworkPlan.Firm] = []
        var hubOfCenter: [String: String] = [:]
        var stage: NetworkPlan.Stage
        var costs = (hubFixed: 0.0, lineHaul: 0.0, tolls: 0.0, subsidy: 0.0, award: 0.0)
        var warnings: [String] = []
    }

    /// Plans hubs and lines for the open `centers` (node indices) and the demand points' `assignments`.
    func run(
        centers: [Int], assignments: [(node: Int, center: Int, fraction: Double)], options: LocationOptions
    ) throws -> Outcome {
        let nodes = network.nodes
        let hubNodes = nodes.indices.filter { nodes[$0].kind == .regionalHub }
        let gateways = Gateway.all(in: network)
        let firms = try Firm.all(network: network, centers: centers.count, assignments: assignments, gateways: gateways)
        guard !hubNodes.isEmpty, scenario.hubs.count.upperBound > 0, !firms.isEmpty else {
            let why =
                hubNodes.isEmpty
                ? "the network has no regional-hub candidates"
                : firms.isEmpty ? "no firm has parcels" : "the scenario asks for no hubs"
            return Outcome(
                stage: .init(name: .hubs, status: .skipped, objective: 0, bound: 0, gap: 0, seconds: 0, note: why))
        }
        let helper = HubStage(network: network, scenario: scenario, roads: roads)
        let closed = try helper.flags(scenario.hubs.closed, hubNodes, key: "hubs.closed")
        let forced = try helper.keptOpen(hubNodes)
        var warnings: [String] = []
        // Each hub needs a user: a firm's center or a firm's main hub.
        let users = firms.reduce(0) { n, firm in n + 1 + firm.down.indices.filter { firm.flows.usesCenter($0) }.count }
        let wanted = scenario.hubs.count, most = min(hubNodes.count, users)
        let count = max(1, min(wanted.lowerBound, most))...max(1, min(wanted.upperBound, most))
        if count != wanted {
            warnings.append(
                "hubs.count \(wanted.lowerBound)..\(wanted.upperBound) clipped to \(count.lowerBound)..\(count.upperBound):"
                    + " \(hubNodes.count) hub candidates, \(firms.count) firms to use them")
        }
        let feederKm = roads.matrix(from: centers, to: hubNodes).km
        let gatewayKm = roads.matrix(from: hubNodes, to: gateways.map(\.node)).km
        let rates = scenario.rates, subsidyRule = TollSubsidyRule(scenario.policy), award = AwardRule(scenario.policy)
        let nh = hubNodes.count, nc = centers.count, ng = gateways.count
        // Feeder lines carry fixed flows: their price is a constant of (firm, center, hub). A gateway line is
        // priced per daily round trip (one truckload each way), the model choosing how many trips.
        var feederCost = [Double](repeating: 0, count: firms.count * nc * nh)
        for (f, firm) in firms.enumerated() {
            for c in 0..<nc where firm.flows.usesCenter(c) {
                for h in 0..<nh {
                    feederCost[(f * nc + c) * nh + h] =
                        DirectLine(km: feederKm[c * nh + h], forward: firm.up[c], back: firm.down[c], rates: rates).cost
                }
            }
        }
        let oneTrip = (0..<nh * ng).map {
            DirectLine(km: gatewayKm[$0], forward: rates.truckParcels, back: 0, rates: rates)
        }
        let counties = centers.map { nodes[$0].county ?? nodes[$0].id }
        let countyIndex = Dictionary(
            Set(counties).sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var problem = try FirmHubProblem(
            hubFixedCosts: hubNodes.map { nodes[$0].site?.fixedCost ?? 0 },
            hubCapacities: hubNodes.map { scenario.hubs.capacity ?? nodes[$0].site?.capacity }, hubCount: count,
            flows: firms.map(\.flows), feederCost: feederCost, tripCost: oneTrip.map(\.cost),
            tripTolls: oneTrip.map(\.tolls),
            subsidised: (0..<nh * ng).map { i in
                TollSubsidyRule.eligible(
                    gatewayLine: true,
                    outOfProvince: gateways[i % ng].isOutOfProvince(from: nodes[hubNodes[i / ng]].province))
            },
            truckParcels: rates.truckParcels, subsidyShare: subsidyRule.share, subsidyCap: subsidyRule.cap,
            awardPerYear: award.perYear, awardCoverage: award.coverage, centerCounty: counties.map { countyIndex[$0]! })
        problem.hubExisting = zip(hubNodes, forced).map { (nodes[$0].site?.existing ?? false) || $1 }
        problem.hubClosed = closed
        problem.firmNames = firms.map { "firm \($0.id)" }
        problem.hubNames = hubNodes.map { nodes[$0].id }
        let (result, solved) = try FirmHubSolver(options: options).solve(problem)
        guard let solved else {
            throw LocationError.infeasible(
                result.explanation ?? "hubs: no firm-hub plan found (\(result.status.rawValue))")
        }
        var out = Outcome(
            stage: .init(
                name: .hubs, status: StageStatus(result.status), objective: result.objective, bound: result.bound,
                gap: result.gap, seconds: result.seconds,
                note: "firm-hub model: hubs shared by firms, a firm's centers on one or more of its hubs"))
        out.warnings = warnings
        var perCenterHub = [Double](repeating: 0, count: nc * nh)
        let total = problem.totalLoad
        for (f, firm) in firms.enumerated() {
            let priced = price(
                firm, routing: solved.centerHub[f], main: solved.main[f], hubs: solved.hubsOf[f], hubNodes: hubNodes,
                centers: centers, gateways: gateways, feederKm: feederKm, gatewayKm: gatewayKm)
            let eligible = priced.filter { $0.eligible }.reduce(0) { $0 + $1.line.tolls }
            let paid = subsidyRule.firmSubsidy(eligibleTolls: eligible)
            for p in priced {
                let l = p.line
                out.lines.append(
                    .init(
                        from: p.from, to: p.to, kind: p.kind, outOfProvince: p.outOfProvince, km: l.km,
                        tripsPerDay: l.tripsPerDay, parcelsForward: l.forward, parcelsBack: l.back, cost: l.cost,
                        tolls: l.tolls,
                        subsidy: p.eligible ? subsidyRule.lineSubsidy(tolls: l.tolls, firmEligibleTolls: eligible) : 0,
                        firm: firm.id))
            }
            for c in 0..<nc where solved.centerHub[f][c] >= 0 {
                perCenterHub[c * nh + solved.centerHub[f][c]] += firm.down[c] + firm.up[c]
            }
            out.firms.append(
                .init(
                    id: firm.id, name: firm.name, share: total > 0 ? firm.load / total : 0,
                    hubs: solved.hubsOf[f].map { nodes[hubNodes[$0]].id },
                    parcelsPerDay: firm.load, delivered: firm.down.reduce(0, +), collected: firm.up.reduce(0, +),
                    warehouse: firm.warehouse, inbound: firm.inbound.reduce(0, +), outbound: firm.outbound.reduce(0, +),
                    transit: firm.transit.reduce(0, +), award: solved.awarded[f] ? award.perFirm : 0,
                    tolls: priced.reduce(0) { $0 + $1.line.tolls }, tollSubsidy: paid.subsidy,
                    subsidyCapped: paid.capped
                ))
        }
        // A center's hub (plan.json `centers[].hub`) is the one that takes most of its parcels.
        for c in 0..<nc {
            let best = (0..<nh).max { perCenterHub[c * nh + $0] < perCenterHub[c * nh + $1] }!
            if perCenterHub[c * nh + best] > 0 { out.hubOfCenter[nodes[centers[c]].id] = nodes[hubNodes[best]].id }
        }
        for h in solved.open {
            let node = nodes[hubNodes[h]]
            out.hubs.append(
                .init(
                    id: node.id, name: node.name, lon: node.lon, lat: node.lat,
                    centers: (0..<nc).filter { perCenterHub[$0 * nh + h] > 0 }.map { nodes[centers[$0]].id },
                    parcelsPerDay: solved.load[h], fixedCost: node.site?.fixedCost ?? 0,
                    capacity: scenario.hubs.capacity ?? node.site?.capacity,
                    firms: firms.indices.filter { solved.hubsOf[$0].contains(h) }.map { firms[$0].id }))
        }
        out.gateways = gateways.enumerated().map { g, gw in
            let n = nodes[gw.node]
            return .init(
                id: gw.id, name: gw.name, province: gw.province, lon: n.lon, lat: n.lat,
                inbound: firms.reduce(0) { $0 + $1.inbound[g] }, outbound: firms.reduce(0) { $0 + $1.outbound[g] },
                transit: firms.reduce(0) { $0 + $1.transit[g] })
        }
        out.costs = (
            solved.fixed, out.lines.reduce(0) { $0 + $1.cost }, out.lines.reduce(0) { $0 + $1.tolls },
            out.firms.reduce(0) { $0 + $1.tollSubsidy }, out.firms.reduce(0) { $0 + $1.award }
        )
        return out
    }

    /// One priced line of a firm.
    struct Priced {
        var from: String, to: String, kind: NetworkPlan.LineKind, outOfProvince: Bool, eligible: Bool
        var line: DirectLine
    }

    /// The firm's feeder lines (each center where it has parcels -> its hub in `routing`) and gateway lines (each
    /// of its `hubs` -> the gateways it uses, with the flows of the routing rule, ``FirmFlows``).
    func price(
        _ firm: Firm, routing: [Int], main: Int, hubs: [Int], hubNodes: [Int], centers: [Int], gateways: [Gateway],
        feederKm: [Double], gatewayKm: [Double]
    ) -> [Priced] {
        let nodes = network.nodes, nh = hubNodes.count, flows = firm.flows
        var out: [Priced] = []
        for c in centers.indices where routing[c] >= 0 {
            let line = DirectLine(
                km: feederKm[c * nh + routing[c]], forward: firm.up[c], back: firm.down[c], rates: scenario.rates)
            out.append(
                Priced(
                    from: nodes[centers[c]].id, to: nodes[hubNodes[routing[c]]].id, kind: .feeder, outOfProvince: false,
                    eligible: false, line: line))
        }
        for h in hubs {
            let province = nodes[hubNodes[h]].province
            for (g, gw) in gateways.enumerated() where flows.usesGateway(g) {
                let parcels = flows.gatewayLine(hub: h, gateway: g, centerHub: routing, main: main)
                guard parcels.forward + parcels.back > 1e-9 else { continue }
                let line = DirectLine(
                    km: gatewayKm[h * gateways.count + g], forward: parcels.forward, back: parcels.back,
                    rates: scenario.rates)
                let outside = gw.isOutOfProvince(from: province)
                out.append(
                    Priced(
                        from: nodes[hubNodes[h]].id, to: gw.id, kind: .gateway, outOfProvince: outside,
                        eligible: TollSubsidyRule.eligible(gatewayLine: true, outOfProvince: outside), line: line))
            }
        }
        return out
    }
}

// The hub stage on a network with gateways: which firms use which hubs, their feeder and gateway lines, the levers.
import FacilityLocation
import RoadNetwork
import SolverControl

/// Chooses the regional hubs and each firm's hub with ``FirmHubSolver`` (exact, GLPK), prices every firm's
/// direct lines (``DirectLine``), and pays the toll subsidy (``TollSubsidyRule``) and the award (``AwardRule``).
///
/// Each firm runs all its flows through one hub: feeder lines from every county center where it delivers, and
/// gateway lines to every gateway it exchanges parcels with. Firms may share a hub.
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
        let forced = try helper.flags(scenario.hubs.forced, hubNodes, key: "hubs.forced")
        var warnings: [String] = []
        let wanted = scenario.hubs.count, most = min(hubNodes.count, firms.count)
        let count = max(1, min(wanted.lowerBound, most))...max(1, min(wanted.upperBound, most))
        if count != wanted {
            warnings.append(
                "hubs.count \(wanted.lowerBound)..\(wanted.upperBound) clipped to \(count.lowerBound)..\(count.upperBound):"
                    + " \(hubNodes.count) hub candidates, \(firms.count) firms to build them")
        }
        let feederKm = roads.matrix(from: centers, to: hubNodes)
        let gatewayKm = roads.matrix(from: hubNodes, to: gateways.map(\.node))
        let rates = scenario.rates, subsidyRule = TollSubsidyRule(scenario.policy), award = AwardRule(scenario.policy)
        // Price every firm's lines at every hub: the model's costs are these constants.
        var lineCost: [Double] = [], eligibleTolls: [Double] = []
        for firm in firms {
            for h in hubNodes.indices {
                let priced = price(
                    firm, hub: h, hubNode: hubNodes[h], centers: centers, gateways: gateways,
                    feederKm: feederKm.km, gatewayKm: gatewayKm.km)
                lineCost.append(priced.reduce(0) { $0 + $1.line.cost })
                eligibleTolls.append(priced.filter { $0.eligible }.reduce(0) { $0 + $1.line.tolls })
            }
        }
        let total = firms.reduce(0) { $0 + $1.load }
        var problem = try FirmHubProblem(
            firms: firms.count, hubs: hubNodes.count, hubFixedCosts: hubNodes.map { nodes[$0].site?.fixedCost ?? 0 },
            hubCapacities: hubNodes.map { scenario.hubs.capacity ?? nodes[$0].site?.capacity }, hubCount: count,
            lineCost: lineCost, subsidisedTolls: eligibleTolls, firmLoad: firms.map(\.load),
            subsidyShare: subsidyRule.share, subsidyCap: subsidyRule.cap, awardPerYear: award.perYear,
            awardCoverage: award.coverage, totalLoad: total)
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
                gap: result.gap,
                seconds: result.seconds, note: "firm-hub model: each firm's flows through one hub, shared hubs allowed")
        )
        out.warnings = warnings
        var hubLoad = [Double](repeating: 0, count: hubNodes.count)
        for (f, h) in solved.hubOf.enumerated() { hubLoad[h] += firms[f].load }
        var centerBest = [(hub: Int, parcels: Double)](repeating: (-1, 0), count: centers.count)
        var perCenterHub = [[Double]](repeating: [Double](repeating: 0, count: hubNodes.count), count: centers.count)
        for (f, firm) in firms.enumerated() {
            let h = solved.hubOf[f]
            let priced = price(
                firm, hub: h, hubNode: hubNodes[h], centers: centers, gateways: gateways,
                feederKm: feederKm.km, gatewayKm: gatewayKm.km)
            let eligible = priced.filter { $0.eligible }.reduce(0) { $0 + $1.line.tolls }
            let paid = subsidyRule.firmSubsidy(eligibleTolls: eligible)
            for p in priced {
                let l = p.line
                out.lines.append(
                    .init(
                        from: p.from, to: p.to, kind: p.kind, outOfProvince: p.outOfProvince, km: l.km,
                        tripsPerDay: l.tripsPerDay,
                        parcelsForward: l.forward, parcelsBack: l.back, cost: l.cost, tolls: l.tolls,
                        subsidy: p.eligible ? subsidyRule.lineSubsidy(tolls: l.tolls, firmEligibleTolls: eligible) : 0,
                        firm: firm.id))
            }
            for c in centers.indices { perCenterHub[c][h] += firm.down[c] + firm.up[c] }
            let tolls = priced.reduce(0) { $0 + $1.line.tolls }
            let awarded = award.perFirm > 0 && award.covers(hubLoad: hubLoad[h], totalLoad: total)
            out.firms.append(
                .init(
                    id: firm.id, name: firm.name, share: total > 0 ? firm.load / total : 0,
                    hubs: [nodes[hubNodes[h]].id],
                    parcelsPerDay: firm.load, delivered: firm.down.reduce(0, +), collected: firm.up.reduce(0, +),
                    warehouse: firm.warehouse, inbound: firm.inbound.reduce(0, +), outbound: firm.outbound.reduce(0, +),
                    transit: firm.transit.reduce(0, +), award: awarded ? award.perFirm : 0, tolls: tolls,
                    tollSubsidy: paid.subsidy, subsidyCapped: paid.capped))
        }
        for c in centers.indices {
            for h in hubNodes.indices where perCenterHub[c][h] > centerBest[c].parcels {
                centerBest[c] = (h, perCenterHub[c][h])
            }
            if centerBest[c].hub >= 0 { out.hubOfCenter[nodes[centers[c]].id] = nodes[hubNodes[centerBest[c].hub]].id }
        }
        for h in solved.open {
            let node = nodes[hubNodes[h]]
            let users = firms.indices.filter { solved.hubOf[$0] == h }
            out.hubs.append(
                .init(
                    id: node.id, name: node.name, lon: node.lon, lat: node.lat,
                    centers: centers.indices.filter { centerBest[$0].hub == h }.map { nodes[centers[$0]].id },
                    parcelsPerDay: hubLoad[h], fixedCost: node.site?.fixedCost ?? 0,
                    capacity: scenario.hubs.capacity ?? node.site?.capacity, firms: users.map { firms[$0].id }))
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

    /// The firm's feeder lines (centers where it has parcels -> hub) and gateway lines (hub -> gateways it uses).
    func price(
        _ firm: Firm, hub h: Int, hubNode: Int, centers: [Int], gateways: [Gateway],
        feederKm: [Double], gatewayKm: [Double]
    ) -> [Priced] {
        let nodes = network.nodes, hubs = feederKm.count / max(1, centers.count)
        var out: [Priced] = []
        for c in centers.indices where firm.down[c] + firm.up[c] > 0 {
            let line = DirectLine(
                km: feederKm[c * hubs + h], forward: firm.up[c], back: firm.down[c], rates: scenario.rates)
            out.append(
                Priced(
                    from: nodes[centers[c]].id, to: nodes[hubNode].id, kind: .feeder, outOfProvince: false,
                    eligible: false, line: line))
        }
        let province = nodes[hubNode].province
        for (g, gw) in gateways.enumerated() where firm.inbound[g] + firm.outbound[g] + firm.transit[g] > 0 {
            let line = DirectLine(
                km: gatewayKm[h * gateways.count + g], forward: firm.outbound[g] + firm.transit[g],
                back: firm.inbound[g] + firm.transit[g], rates: scenario.rates)
            let outside = gw.isOutOfProvince(from: province)
            out.append(
                Priced(
                    from: nodes[hubNode].id, to: gw.id, kind: .gateway, outOfProvince: outside,
                    eligible: TollSubsidyRule.eligible(gatewayLine: true, outOfProvince: outside), line: line))
        }
        return out
    }
}

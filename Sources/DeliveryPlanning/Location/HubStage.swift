// The pipeline's hub stage: regional hubs for the chosen county centers (two-level model, centers given).
import FacilityLocation
import RoadNetwork
import SolverControl

/// Chooses the regional hubs and each center's hub with ``HubSolver`` on the centers the county-center stage
/// opened (their parcel flows given).
///
/// Why not the joint model (centers chosen with the hubs): on Datong GLPK's root LP of the joint model does not
/// finish in a minute (docs/location.md), while this two-stage plan is proven optimal for its centers in 0.1 s.
struct HubStage {
    let network: Network
    let scenario: Scenario
    let roads: RoadDistances

    struct Outcome {
        var hubs: [NetworkPlan.Hub] = []
        var lines: [NetworkPlan.Line] = []
        var hubOfCenter: [String: String] = [:]
        var stage: NetworkPlan.Stage
        var costs = (hubFixed: 0.0, lineHaul: 0.0, tolls: 0.0, subsidy: 0.0)
        var warnings: [String] = []
    }

    /// Plans hubs for `centers` (node indices) with `flows` parcels a day each.
    func run(centers: [Int], flows: [Double], options: LocationOptions) throws -> Outcome {
        let nodes = network.nodes
        let hubNodes = nodes.indices.filter { nodes[$0].kind == .regionalHub }
        var warnings: [String] = []
        guard !hubNodes.isEmpty, scenario.hubs.count.upperBound > 0, !centers.isEmpty else {
            let why = hubNodes.isEmpty ? "the network has no regional-hub candidates" : "the scenario asks for no hubs"
            return Outcome(
                stage: .init(name: .hubs, status: .skipped, objective: 0, bound: 0, gap: 0, seconds: 0, note: why))
        }
        let closed = try flags(scenario.hubs.closed, hubNodes, key: "hubs.closed")
        let forced = try keptOpen(hubNodes)
        let wanted = scenario.hubs.count
        let count = max(1, min(wanted.lowerBound, hubNodes.count))...max(1, min(wanted.upperBound, hubNodes.count))
        if count != wanted {
            warnings.append(
                "hubs.count \(wanted.lowerBound)..\(wanted.upperBound) clipped to \(count.lowerBound)..\(count.upperBound): the network has \(hubNodes.count) hub candidates"
            )
        }
        let capacities = hubNodes.map { scenario.hubs.capacity ?? nodes[$0].site?.capacity }
        // A center sends all its parcels to one hub: one heavier than every hub has no plan, and GLPK's
        // "infeasible" would not say which center.
        let largest = capacities.contains { $0 == nil } ? Double.infinity : capacities.compactMap { $0 }.max() ?? 0
        if let c = flows.indices.first(where: { flows[$0] > largest }) {
            throw PlanError.infeasible(
                "hubs: center \(nodes[centers[c]].id) \(nodes[centers[c]].name) sends \(Int(flows[c].rounded())) parcels a day,"
                    + " more than any hub holds (\(Int(largest))); raise hubs.capacity or open more centers in its county"
            )
        }
        let matrix = roads.matrix(from: centers, to: hubNodes)
        let km = try CostMatrix(clients: centers.count, sites: hubNodes.count, values: matrix.km)
        // No toll subsidy here: Datong pays it on direct lines from a hub to cities outside the province, never on
        // center -> hub feeder lines (FirmHubStage prices those lines when the network has gateways).
        var problem = try HubProblem(
            centers: .given(flows: flows), centerHubKm: km,
            hubFixedCosts: hubNodes.map { nodes[$0].site?.fixedCost ?? 0 },
            hubCapacities: capacities, hubCount: count,
            lineHaulPerParcelKm: scenario.rates.lineHaulPerParcelKm, tollPerParcelKm: scenario.rates.tollPerParcelKm,
            subsidy: nil)
        problem.daysPerYear = scenario.rates.daysPerYear
        problem.hubExisting = zip(hubNodes, forced).map { (nodes[$0].site?.existing ?? false) || $1 }
        problem.hubClosed = closed
        problem.labels = LocationLabels(clients: centers.map { nodes[$0].id }, sites: hubNodes.map { nodes[$0].id })
        let (result, plan) = try HubSolver(options: options).solve(problem)
        guard let plan else {
            throw LocationError.infeasible(result.explanation ?? "hubs: no hub plan found (\(result.status.rawValue))")
        }
        var outcome = Outcome(
            stage: .init(
                name: .hubs, status: StageStatus(result.status), objective: result.objective, bound: result.bound,
                gap: result.gap, seconds: result.seconds, note: "two-level model, centers given"))
        outcome.warnings = warnings
        var served = [[Int]](repeating: [], count: hubNodes.count)
        for (c, shares) in plan.hubs.allocation.enumerated() {
            // A center that serves no village (kept open by a re-plan) gets no flow from the model: it still
            // hangs off its nearest open hub, on an empty line.
            let nearest = plan.hubs.open.min { km[c, $0] != km[c, $1] ? km[c, $0] < km[c, $1] : $0 < $1 }
            guard let h = shares.first?.site ?? (flows[c] == 0 ? nearest : nil) else { continue }
            served[h].append(c)
            let tolls = scenario.rates.tollPerParcelKm * km[c, h] * flows[c] * scenario.rates.daysPerYear
            let cost = scenario.rates.lineHaulPerParcelKm * km[c, h] * flows[c] * scenario.rates.daysPerYear + tolls
            outcome.lines.append(
                .init(
                    center: nodes[centers[c]].id, hub: nodes[hubNodes[h]].id, km: km[c, h],
                    parcelsPerDay: flows[c], cost: cost, tolls: tolls))
            outcome.hubOfCenter[nodes[centers[c]].id] = nodes[hubNodes[h]].id
        }
        for h in plan.hubs.open {
            let node = nodes[hubNodes[h]]
            outcome.hubs.append(
                .init(
                    id: node.id, name: node.name, lon: node.lon, lat: node.lat,
                    centers: served[h].map { nodes[centers[$0]].id },
                    parcelsPerDay: served[h].reduce(0) { $0 + flows[$1] }, fixedCost: node.site?.fixedCost ?? 0,
                    capacity: capacities[h]))
        }
        outcome.costs = (plan.hubFixed, plan.lineHaul, plan.tolls, plan.subsidy)
        return outcome
    }

    /// Each carrier's share of the network's parcels (one share of 1 when the network names no carriers).
    func carrierShares() -> [Double] {
        let ids = network.carriers.map(\.id)
        guard !ids.isEmpty else { return [1] }
        let totals = ids.map { id in
            network.nodes.reduce(0.0) { $0 + ($1.kind.isDemandPoint ? $1.parcels[id] ?? 0 : 0) }
        }
        let all = totals.reduce(0, +)
        return all > 0 ? totals.map { $0 / all } : [1]
    }

    func flags(_ names: [String], _ hubNodes: [Int], key: String) throws(PlanError) -> [Bool] {
        var out = [Bool](repeating: false, count: hubNodes.count)
        for (i, name) in names.enumerated() {
            let hits = hubNodes.indices.filter {
                network.nodes[hubNodes[$0]].id == name || network.nodes[hubNodes[$0]].name == name
            }
            guard !hits.isEmpty else {
                throw .badInput("scenario \(key)[\(i)]: no regional-hub candidate has the id or name \"\(name)\"")
            }
            for h in hits { out[h] = true }
        }
        return out
    }
}

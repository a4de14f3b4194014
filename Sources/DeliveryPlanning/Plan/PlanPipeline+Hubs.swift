// The pipeline's regional-hub stage on the plan's centers: run by `hubplan plan`, and by `hubplan merge` across shards.
import FacilityLocation
import RoadNetwork
import SolverControl

extension PlanPipeline {
    /// Plans the regional hubs and line-haul for `plan`'s centers: ``FirmHubStage`` when the network has
    /// gateways, else ``HubStage`` on the centers' parcel flows. Writes hubs, lines, each center's hub, the
    /// stage and the hub and line-haul costs into `plan`.
    func runHubs(_ plan: inout NetworkPlan, network: Network, roads: RoadDistances, budget: TimeBudget) throws {
        progress?("hubs: two-level model")
        if network.nodes.contains(where: { $0.kind == .gateway }) {
            try runFirmHubs(&plan, network: network, roads: roads, budget: budget)
        } else {
            let index = network.nodeIndexByID()
            let hubs = try HubStage(network: network, scenario: scenario, roads: roads).run(
                centers: plan.centers.map { index[$0.id]! }, flows: plan.centers.map(\.parcelsPerDay),
                options: options(budget, limit: scenario.timeLimits.location))
            plan.stages.append(hubs.stage)
            plan.hubs = hubs.hubs
            plan.lines = hubs.lines
            plan.warnings += hubs.warnings
            for i in plan.centers.indices { plan.centers[i].hub = hubs.hubOfCenter[plan.centers[i].id] }
            (plan.costs.hubFixed, plan.costs.lineHaul, plan.costs.tolls, plan.costs.tollSubsidy) = hubs.costs
        }
        progress?(String(format: "hubs: %d open, %.1f s", plan.hubs.count, budget.elapsed))
    }
}

// The pipeline's hub stage on networks with gateways: firms, hubs, feeder and gateway lines, subsidy and award.
import FacilityLocation
import RoadNetwork
import SolverControl

extension PlanPipeline {
    /// Runs ``FirmHubStage`` on the plan's centers and assignments: hubs, lines, gateways, firms and the
    /// line-haul costs.
    func firmHubs(
        for plan: NetworkPlan, network: Network, roads: RoadDistances, budget: TimeBudget
    ) throws
        -> HubOutcome
    {
        let index = network.nodeIndexByID()
        let centers = plan.centers.map { index[$0.id]! }
        var position: [String: Int] = [:]
        for (c, center) in plan.centers.enumerated() { position[center.id] = c }
        // Assignments carry parcels; the firms need each demand point's share of its node (fraction).
        let assignments = plan.assignments.compactMap { a -> (node: Int, center: Int, fraction: Double)? in
            guard let i = index[a.node], let c = position[a.center] else { return nil }
            let total = ScenarioNetwork.demand(of: network.nodes[i])
            return (i, c, total > 0 ? a.parcelsPerDay / total : 0)
        }
        let stage = FirmHubStage(network: network, scenario: scenario, roads: roads)
        let out = try stage.run(
            centers: centers, assignments: assignments, options: options(budget, limit: scenario.timeLimits.hubModel))
        return HubOutcome(
            stage: out.stage, hubs: out.hubs, lines: out.lines, gateways: out.gateways, firms: out.firms,
            warnings: out.warnings, hubOfCenter: out.hubOfCenter,
            costs: (out.costs.hubFixed, out.costs.lineHaul, out.costs.tolls, out.costs.subsidy))
    }
}

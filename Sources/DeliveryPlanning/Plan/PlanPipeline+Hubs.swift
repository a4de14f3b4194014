// The pipeline's regional-hub stage on the plan's centers: run by `hubplan plan`, and by `hubplan merge` across shards.
import FacilityLocation
import Foundation
import RoadNetwork
import SolverControl

extension PlanPipeline {
    /// What the hub stage writes into a plan: computed from the centers and assignments alone, so it can run
    /// beside the routing stage, which needs neither hubs nor lines.
    struct HubOutcome: Sendable {
        var stage: NetworkPlan.Stage
        var hubs: [NetworkPlan.Hub] = []
        var lines: [NetworkPlan.Line] = []
        var gateways: [NetworkPlan.Gateway]?
        var firms: [NetworkPlan.Firm]?
        var warnings: [String] = []
        var hubOfCenter: [String: String] = [:]
        var costs = (hubFixed: 0.0, lineHaul: 0.0, tolls: 0.0, subsidy: 0.0)

        /// Writes hubs, lines, each center's hub, the stage and the hub and line-haul costs into `plan`.
        func apply(to plan: inout NetworkPlan) {
            plan.stages.append(stage)
            plan.hubs = hubs
            plan.lines = lines
            if let gateways { plan.gateways = gateways }
            if let firms { plan.firms = firms }
            plan.warnings += warnings
            for i in plan.centers.indices { plan.centers[i].hub = hubOfCenter[plan.centers[i].id] }
            (plan.costs.hubFixed, plan.costs.lineHaul, plan.costs.tolls, plan.costs.tollSubsidy) = costs
        }
    }

    /// Plans the regional hubs and line-haul for `plan`'s centers: ``FirmHubStage`` when the network has
    /// gateways, else ``HubStage`` on the centers' parcel flows. Writes hubs, lines, each center's hub, the
    /// stage and the hub and line-haul costs into `plan`.
    func runHubs(_ plan: inout NetworkPlan, network: Network, roads: RoadDistances, budget: TimeBudget) throws {
        try hubs(for: plan, network: network, roads: roads, budget: budget).apply(to: &plan)
    }

    /// The hub stage's outcome for `plan`'s centers and assignments (``runHubs(_:network:roads:budget:)``).
    func hubs(for plan: NetworkPlan, network: Network, roads: RoadDistances, budget: TimeBudget) throws -> HubOutcome {
        progress?("hubs: two-level model")
        let outcome: HubOutcome
        if network.nodes.contains(where: { $0.kind == .gateway }) {
            outcome = try firmHubs(for: plan, network: network, roads: roads, budget: budget)
        } else {
            let index = network.nodeIndexByID()
            let hubs = try HubStage(network: network, scenario: scenario, roads: roads).run(
                centers: plan.centers.map { index[$0.id]! }, flows: plan.centers.map(\.parcelsPerDay),
                options: options(budget, limit: scenario.timeLimits.hubModel))
            outcome = HubOutcome(
                stage: hubs.stage, hubs: hubs.hubs, lines: hubs.lines, warnings: hubs.warnings,
                hubOfCenter: hubs.hubOfCenter, costs: hubs.costs)
        }
        progress?(String(format: "hubs: %d open, %.1f s", outcome.hubs.count, budget.elapsed))
        return outcome
    }

    /// Starts the hub stage on a thread of its own, beside the routing stage (on a province the hub model runs
    /// to its time limit while counties are routed); ``PendingHubs/wait()`` returns its outcome.
    func startHubs(for plan: NetworkPlan, network: Network, roads: RoadDistances, budget: TimeBudget) -> PendingHubs {
        let pending = PendingHubs()
        // Under a total limit the hub model gets at most half of what is left: it holds a core that the routing,
        // which must reach every village before the limit, needs too (docs/scale.md: Hebei at 30 s).
        let share = budget.slice(seconds: budget.remaining.map { $0 / 2 })
        let thread = Thread { [self] in
            pending.finish(Result { try hubs(for: plan, network: network, roads: roads, budget: share) })
        }
        // GLPK's branch and bound recurses; the default 512 KB of a secondary thread is too little for a deep tree.
        thread.stackSize = 16 << 20
        thread.start()
        return pending
    }
}

/// The hub stage's outcome once its thread is done.
final class PendingHubs: @unchecked Sendable {
    // `result` is written once by the hub thread before `done` is signalled and read after `wait()`.
    private var result: Result<PlanPipeline.HubOutcome, any Error>?
    private let done = DispatchSemaphore(value: 0)

    fileprivate func finish(_ outcome: Result<PlanPipeline.HubOutcome, any Error>) {
        result = outcome
        done.signal()
    }

    /// Blocks until the hub stage is done; rethrows its error.
    func wait() throws -> PlanPipeline.HubOutcome {
        done.wait()
        done.signal()
        return try result!.get()
    }
}

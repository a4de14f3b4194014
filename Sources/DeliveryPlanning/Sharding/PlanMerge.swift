// Merges the plans of a sharded run into one plan: county-level results kept, hubs planned across all shards.
import Foundation
import RoadNetwork
import SolverControl

/// Joins shard plans (each made by `hubplan plan --manifest M --shard K` on one shard's network) into the plan of
/// their union, then plans what crosses shards.
///
/// Counties are independent in the center and routing stages, so every county's centers, assignments and routes
/// are kept as the shard planned them. The regional hubs and line-haul are not: a hub serves centers of several
/// shards, so the pipeline's hub stage (``PlanPipeline/runHubs(_:network:roads:budget:)``) runs once on the
/// whole network with every shard's centers and their parcels (county-aggregated demand). Shard hubs, if a shard
/// planned any, are dropped. Totals (parcels, savings, stage objectives and seconds) are sums over the shards;
/// `seconds` is therefore the summed planning time, not the wall time of the array.
public enum PlanMerge {
    /// The merged plan of `plans` (in shard order) on `network`, the union of the shards' networks (read from
    /// `networkPath`): shard results joined, the hub stage run across them, costs and totals recomputed.
    ///
    /// Bad input as ``join(_:network:networkPath:)``; the hub stage's errors as in `hubplan plan`.
    public static func merge(
        _ plans: [NetworkPlan], network whole: Network, networkPath: String?, cancellation: CancellationToken? = nil
    ) throws -> NetworkPlan {
        var plan = try join(plans, network: whole.name, networkPath: networkPath)
        var pipeline = PlanPipeline(scenario: plan.scenario, networkPath: networkPath)
        pipeline.cancellation = cancellation
        let network = try ScenarioNetwork(network: whole, scenario: plan.scenario).network
        let roads = RoadDistances(network: network)
        let budget = TimeBudget(seconds: nil, cancellation: cancellation)
        let shardDelivery = plan.costs.villageDelivery
        try pipeline.runHubs(&plan, network: network, roads: roads, budget: budget)
        // The hub stage comes after the centers, as in a one-machine plan.
        if let hubs = plan.stages.popLast() {
            let at = plan.stages.firstIndex { $0.name == .centers }.map { $0 + 1 } ?? 0
            plan.stages.insert(hubs, at: at)
            if hubs.status == .timeLimit {
                plan.complete = false
                plan.stoppedBy = plan.stoppedBy ?? "time limit"
            }
        }
        if budget.isCancelled {
            plan.complete = false
            plan.stoppedBy = "interrupted"
        }
        plan.distance = PlanDistance(network: network, roads: roads)
        pipeline.finishCosts(&plan, locationTransport: shardDelivery)
        plan.seconds += budget.elapsed
        return plan
    }

    /// The shard plans joined, without hubs: counties, centers, assignments and routes concatenated in shard
    /// order, totals summed; hubs, lines, gateways, firms and their costs left for the hub stage.
    ///
    /// Bad input when the plans disagree on scenario, seed or growth, share a county, or carry a build-out
    /// schedule or operating models (neither is mergeable county by county).
    public static func join(
        _ plans: [NetworkPlan], network: String, networkPath: String?
    ) throws(PlanError) -> NetworkPlan {
        guard var merged = plans.first else { throw .badInput("no shard plans to merge") }
        for (index, plan) in plans.enumerated() {
            // `--time-limit` leaves each shard a different remainder of its total; the rest must agree.
            var scenario = plan.scenario
            scenario.timeLimits.total = merged.scenario.timeLimits.total
            if scenario != merged.scenario { throw .badInput("shard \(index): scenario differs from shard 0's") }
            if plan.seed != merged.seed {
                throw .badInput("shard \(index): seed \(plan.seed) differs from shard 0's \(merged.seed)")
            }
            if plan.growth != merged.growth { throw .badInput("shard \(index): growth differs from shard 0's") }
            if plan.distance != merged.distance {
                throw .badInput("shard \(index): distance source differs from shard 0's")
            }
            if plan.schedule != nil || plan.operatingModels != nil {
                throw .badInput("shard \(index): plans with a build-out schedule or operating models cannot be merged")
            }
        }
        var seenCounties = Set<String>()
        for (index, plan) in plans.enumerated() {
            for county in plan.counties where !seenCounties.insert(county.code).inserted {
                throw .badInput("shard \(index): county \(county.code) is also in an earlier shard")
            }
        }
        merged.network = network
        merged.networkPath = networkPath
        merged.complete = plans.allSatisfy(\.complete)
        merged.stoppedBy = plans.lazy.compactMap(\.stoppedBy).first
        merged.seconds = plans.reduce(0) { $0 + $1.seconds }
        merged.parcelsPerDay = plans.reduce(0) { $0 + $1.parcelsPerDay }
        merged.parcelsPerYear = plans.reduce(0) { $0 + $1.parcelsPerYear }
        merged.stages = mergeStages(plans.map { $0.stages.filter { $0.name != .hubs } })
        merged.centers = plans.flatMap(\.centers)
        for i in merged.centers.indices { merged.centers[i].hub = nil }
        merged.assignments = plans.flatMap(\.assignments)
        merged.routes = plans.flatMap(\.routes)
        merged.counties = plans.flatMap(\.counties)
        merged.skippedStops = plans.flatMap(\.skippedStops)
        merged.warnings = plans.flatMap(\.warnings)
        merged.savings = mergeSavings(plans.map(\.savings))
        (merged.hubs, merged.lines, merged.gateways, merged.firms) = ([], [], [], [])
        merged.costs = sumCosts(plans.map(\.costs))
        return merged
    }

    /// The county-level cost lines summed (center fixed costs, village delivery); `routed` only when every shard
    /// was routed. Hub, line-haul, toll and award lines are the cross-shard hub stage's.
    static func sumCosts(_ costs: [NetworkPlan.Costs]) -> NetworkPlan.Costs {
        var sum = NetworkPlan.Costs()
        sum.routed = !costs.isEmpty && costs.allSatisfy(\.routed)
        for cost in costs {
            sum.centerFixed += cost.centerFixed
            sum.villageDelivery += cost.villageDelivery
        }
        sum.total = PlanCosts.total(sum)
        return sum
    }

    /// Savings summed over the shards that compared carriers; nil when none did.
    static func mergeSavings(_ list: [NetworkPlan.Savings?]) -> NetworkPlan.Savings? {
        let present = list.compactMap { $0 }
        guard var sum = present.first else { return nil }
        for s in present.dropFirst() {
            sum.aloneKm += s.aloneKm; sum.sharedKm += s.sharedKm
            sum.aloneVehicles += s.aloneVehicles; sum.sharedVehicles += s.sharedVehicles
            sum.aloneCost += s.aloneCost; sum.sharedCost += s.sharedCost
            sum.aloneKgCO2 += s.aloneKgCO2; sum.sharedKgCO2 += s.sharedKgCO2
        }
        return sum
    }

    /// Stages by name in first-seen order: objectives, bounds and seconds summed; the status is the worst one;
    /// the gap is recomputed from the summed objective and bound (nil when any shard has no bound).
    static func mergeStages(_ lists: [[NetworkPlan.Stage]]) -> [NetworkPlan.Stage] {
        var stages: [NetworkPlan.Stage] = []
        var missingBound: [Bool] = []
        for stage in lists.joined() {
            if let at = stages.firstIndex(where: { $0.name == stage.name }) {
                stages[at].objective += stage.objective
                stages[at].seconds += stage.seconds
                if let bound = stage.bound, !missingBound[at] {
                    stages[at].bound = (stages[at].bound ?? 0) + bound
                } else {
                    missingBound[at] = true
                }
                if severity(stage.status) > severity(stages[at].status) { stages[at].status = stage.status }
                if stages[at].note == nil { stages[at].note = stage.note }
            } else {
                stages.append(stage)
                missingBound.append(stage.bound == nil)
            }
        }
        for index in stages.indices {
            if missingBound[index] { stages[index].bound = nil; stages[index].gap = nil; continue }
            let objective = stages[index].objective, bound = stages[index].bound ?? 0
            stages[index].gap = abs(objective) > 0 ? abs(objective - bound) / abs(objective) : 0
        }
        return stages
    }

    /// Worse statuses win: a merged stage is only as good as its worst shard.
    static func severity(_ status: StageStatus) -> Int {
        switch status {
        case .optimal: 0
        case .feasible: 1
        case .skipped: 2
        case .timeLimit: 3
        case .withViolations: 4
        case .noSolution: 5
        case .infeasible: 6
        }
    }
}

// Merges the plans of a sharded run into one plan: county-level results kept, national totals recomputed.
import Foundation

/// Joins shard plans (each made by `hubplan plan` on one shard's network) into the plan of their union.
///
/// Counties are independent in the center and routing stages, so every county's centers, assignments and routes
/// are kept as the shard planned them. The hub stage is NOT re-run across shards: each shard's hubs and
/// line-haul are kept, a hub opened by several shards is listed once (its centers and parcels joined, its fixed
/// cost and award counted once). Totals (parcels, costs, savings, stage objectives and seconds) are sums over the
/// shards; `seconds` is therefore the summed planning time, not the wall time of the array.
public enum PlanMerge {
    /// The merged plan of `plans` (in shard order), named `network` and pointing at `networkPath`.
    ///
    /// Bad input when the plans disagree on scenario, seed or growth, share a county, or carry a build-out
    /// schedule or operating models (neither is mergeable county by county).
    public static func merge(
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
        merged.stages = mergeStages(plans.map(\.stages))
        merged.centers = plans.flatMap(\.centers)
        merged.assignments = plans.flatMap(\.assignments)
        merged.routes = plans.flatMap(\.routes)
        merged.lines = plans.flatMap(\.lines)
        merged.counties = plans.flatMap(\.counties)
        merged.skippedStops = plans.flatMap(\.skippedStops)
        merged.warnings = plans.flatMap(\.warnings)
        merged.savings = mergeSavings(plans.map(\.savings))
        let hubs = mergeHubs(plans.map(\.hubs))
        merged.hubs = hubs.hubs
        merged.costs = sumCosts(plans.map(\.costs))
        merged.costs.hubFixed -= hubs.duplicateFixedCost
        merged.costs.total -= hubs.duplicateFixedCost
        merged.costs.hubAward = Double(merged.hubs.count) * merged.scenario.policy.awardPerHub
        return merged
    }

    /// Hubs by id in first-seen order; a repeated hub joins its centers and parcels.
    static func mergeHubs(_ lists: [[NetworkPlan.Hub]]) -> (hubs: [NetworkPlan.Hub], duplicateFixedCost: Double) {
        var hubs: [NetworkPlan.Hub] = []
        var position: [String: Int] = [:]
        var duplicate = 0.0
        for hub in lists.joined() {
            if let at = position[hub.id] {
                hubs[at].centers += hub.centers
                hubs[at].parcelsPerDay += hub.parcelsPerDay
                duplicate += hub.fixedCost
            } else {
                position[hub.id] = hubs.count
                hubs.append(hub)
            }
        }
        return (hubs, duplicate)
    }

    /// Every cost line summed; `routed` only when every shard was routed.
    static func sumCosts(_ costs: [NetworkPlan.Costs]) -> NetworkPlan.Costs {
        var sum = NetworkPlan.Costs()
        sum.routed = !costs.isEmpty && costs.allSatisfy(\.routed)
        for cost in costs {
            sum.centerFixed += cost.centerFixed
            sum.hubFixed += cost.hubFixed
            sum.villageDelivery += cost.villageDelivery
            sum.lineHaul += cost.lineHaul
            sum.tolls += cost.tolls
            sum.tollSubsidy += cost.tollSubsidy
            sum.total += cost.total
        }
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

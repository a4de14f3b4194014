// Tests that shard plans merged equal the one-machine plan of the same counties, and that bad shards are refused.
import Foundation
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct PlanMergeTests {
    /// The counties `codes` of ``PlanWorkersTests/counties()`` as a network of their own (a shard's network).
    static func shard(_ codes: Set<String>) -> Network {
        var network = PlanWorkersTests.counties()
        network.counties = network.counties.filter { codes.contains($0.code) }
        network.nodes = network.nodes.filter { codes.contains($0.county ?? "") }
        return network
    }

    static func plan(_ network: Network) async throws -> NetworkPlan {
        var scenario = Scenario()
        scenario.timeLimits.routingIterations = 50
        var pipeline = PlanPipeline(scenario: scenario)
        pipeline.workers = 1
        return try await PlanWorkersTests.onThread { [pipeline] in try pipeline.run(on: network) }
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }

    @Test func twoShardsMergeIntoTheOneMachinePlan() async throws {
        let whole = PlanWorkersTests.counties()
        let one = try await Self.plan(whole)
        let a = try await Self.plan(Self.shard(["100001", "100002"]))
        let b = try await Self.plan(Self.shard(["100003", "100004"]))
        let merged = try PlanMerge.merge([a, b], network: whole.name, networkPath: nil)
        // County-level results are identical: each county is planned alone with its own seed.
        #expect(merged.counties == one.counties)
        #expect(merged.centers == one.centers)
        #expect(merged.assignments == one.assignments)
        #expect(merged.routes == one.routes)
        #expect(merged.lines == one.lines)
        #expect(merged.hubs == one.hubs)
        #expect(merged.skippedStops == one.skippedStops)
        // Totals are sums taken in another order: equal up to rounding.
        for (m, o) in [
            (merged.costs.total, one.costs.total), (merged.costs.villageDelivery, one.costs.villageDelivery),
            (merged.costs.centerFixed, one.costs.centerFixed), (merged.parcelsPerDay, one.parcelsPerDay),
            (merged.savings?.sharedCost ?? -1, one.savings?.sharedCost ?? -1),
        ] {
            #expect(Self.close(m, o))
        }
        #expect(merged.costs.routed == one.costs.routed && merged.complete)
        #expect(merged.stages.map(\.name) == one.stages.map(\.name))
        #expect(merged.stages.map(\.status) == one.stages.map(\.status))
        for (m, o) in zip(merged.stages, one.stages) { #expect(Self.close(m.objective, o.objective)) }
        #expect(try PlanVerifier.verify(merged, network: whole) == [])
    }

    @Test func aCountyInTwoShardsOrDifferentScenariosAreRefused() async throws {
        let a = try await Self.plan(Self.shard(["100001"]))
        #expect(throws: PlanError.badInput("shard 1: county 100001 is also in an earlier shard")) {
            try PlanMerge.merge([a, a], network: "x", networkPath: nil)
        }
        var other = a
        other.counties = []
        other.scenario.timeLimits.routingIterations = 51
        #expect(throws: PlanError.badInput("shard 1: scenario differs from shard 0's")) {
            try PlanMerge.merge([a, other], network: "x", networkPath: nil)
        }
        #expect(throws: PlanError.badInput("no shard plans to merge")) {
            try PlanMerge.merge([], network: "x", networkPath: nil)
        }
    }

    @Test func aHubOpenedByTwoShardsIsListedOnceWithItsFixedCostOnce() {
        let hub = NetworkPlan.Hub(
            id: "h", name: "H", lon: 0, lat: 0, centers: ["c1"], parcelsPerDay: 10, fixedCost: 100, capacity: nil)
        var second = hub
        second.centers = ["c2"]
        let merged = PlanMerge.mergeHubs([[hub], [second]])
        #expect(merged.hubs.count == 1 && merged.hubs[0].centers == ["c1", "c2"] && merged.hubs[0].parcelsPerDay == 20)
        #expect(merged.duplicateFixedCost == 100)
    }

    @Test func mergedStagesTakeTheWorstStatusAndSumTheirBounds() {
        let s1 = NetworkPlan.Stage(name: .centers, status: .optimal, objective: 10, bound: 10, gap: 0, seconds: 1)
        let s2 = NetworkPlan.Stage(name: .centers, status: .timeLimit, objective: 10, bound: 8, gap: 0.2, seconds: 2)
        let merged = PlanMerge.mergeStages([[s1], [s2]])
        #expect(
            merged.count == 1 && merged[0].status == .timeLimit && merged[0].objective == 20 && merged[0].bound == 18)
        #expect(merged[0].seconds == 3 && Self.close(merged[0].gap ?? -1, 0.1))
        var noBound = s2
        noBound.bound = nil
        #expect(PlanMerge.mergeStages([[s1], [noBound]])[0].bound == nil)
    }
}

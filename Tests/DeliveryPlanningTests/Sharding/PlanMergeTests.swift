// Tests that shard plans merged (hubs planned across them) equal the one-machine plan, and bad shards are refused.
import Foundation
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct PlanMergeTests {
    /// ``PlanWorkersTests/counties()`` with three regional-hub candidates in three of its counties, so hubs serve
    /// centers of several shards.
    static func whole() -> Network {
        var network = PlanWorkersTests.counties()
        for (k, county) in ["100001", "100003", "100004"].enumerated() {
            network.nodes.append(
                Node(
                    id: "hub\(k)", name: "枢纽\(k)", kind: .regionalHub, county: county, lon: 113.05,
                    lat: 40.05 + 0.2 * Double(k), site: SiteInfo(fixedCost: 2e6, capacity: 1e6)))
        }
        return network
    }

    /// The counties `codes` of ``whole()`` as a shard's network, cut the way `hubplan plan --manifest` cuts.
    static func shard(_ id: Int, _ codes: [String]) throws -> Network {
        try Shard(id: id, region: codes[0], counties: codes, villages: 0).network(cutFrom: whole())
    }

    static func plan(_ network: Network, hubs: Bool = true) async throws -> NetworkPlan {
        var scenario = Scenario()
        scenario.timeLimits.routingIterations = 50
        var pipeline = PlanPipeline(scenario: scenario)
        pipeline.workers = 1
        pipeline.isShard = !hubs
        return try await PlanWorkersTests.onThread { [pipeline] in try pipeline.run(on: network) }
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }

    @Test func twoShardsMergeIntoTheOneMachinePlan() async throws {
        let whole = Self.whole()
        let one = try await Self.plan(whole)
        let a = try await Self.plan(Self.shard(0, ["100001", "100002"]), hubs: false)
        let b = try await Self.plan(Self.shard(1, ["100003", "100004"]), hubs: false)
        #expect(a.hubs.isEmpty && !a.stages.contains { $0.name == .hubs })
        let merged = try PlanMerge.merge([a, b], network: whole, networkPath: nil)
        // The hub stage ran across the shards: its hubs serve centers of both.
        #expect(!one.hubs.isEmpty && one.hubs.contains { $0.centers.count > 1 })
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
            (merged.costs.centerFixed, one.costs.centerFixed), (merged.costs.hubFixed, one.costs.hubFixed),
            (merged.costs.lineHaul, one.costs.lineHaul), (merged.parcelsPerDay, one.parcelsPerDay),
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

    @Test func shardHubsAreReplacedByTheHubsAcrossShards() async throws {
        let whole = Self.whole()
        // Shards planned with their own hub stage (the old flow): each opens hubs for its centers alone.
        let a = try await Self.plan(Self.shard(0, ["100001", "100002"]))
        let b = try await Self.plan(Self.shard(1, ["100003", "100004"]))
        let merged = try PlanMerge.merge([a, b], network: whole, networkPath: nil)
        let one = try await Self.plan(whole)
        #expect(merged.hubs == one.hubs && merged.lines == one.lines)
        #expect(merged.stages.filter { $0.name == .hubs }.count == 1)
        #expect(Self.close(merged.costs.total, one.costs.total))
    }

    @Test func aShardCountyMissingFromTheNetworkIsNamed() {
        #expect(throws: PlanError.badInput("shard 4 (region 99): county 999999 is not in network 'Four counties'")) {
            try Shard(id: 4, region: "99", counties: ["999999"], villages: 1).network(
                cutFrom: PlanWorkersTests.counties())
        }
    }

    @Test func aCountyInTwoShardsOrDifferentScenariosAreRefused() async throws {
        let a = try await Self.plan(Self.shard(0, ["100001"]))
        #expect(throws: PlanError.badInput("shard 1: county 100001 is also in an earlier shard")) {
            try PlanMerge.join([a, a], network: "x", networkPath: nil)
        }
        var other = a
        other.counties = []
        other.scenario.timeLimits.routingIterations = 51
        #expect(throws: PlanError.badInput("shard 1: scenario differs from shard 0's")) {
            try PlanMerge.join([a, other], network: "x", networkPath: nil)
        }
        #expect(throws: PlanError.badInput("no shard plans to merge")) {
            try PlanMerge.join([], network: "x", networkPath: nil)
        }
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

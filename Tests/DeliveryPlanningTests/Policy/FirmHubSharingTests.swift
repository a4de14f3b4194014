// Tests of hubs shared by firms and firms on several hubs: the pipeline's plan verifies, tampering is caught.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct FirmHubSharingTests {
    /// The firm test network with both gateways just north and south of the midpoint between the hubs, so every
    /// gateway line is as long from either hub, and short: a firm on two hubs runs two lines to each gateway,
    /// and trucks that return part-empty on both (outbound starts at the main hub) cost little there.
    static func network() -> Network {
        var net = FirmHubStageTests.network()
        for i in net.nodes.indices where net.nodes[i].kind == .gateway {
            net.nodes[i].lon = 113.30
            net.nodes[i].lat = net.nodes[i].id == "gw-out" ? 40.1 : 39.9
        }
        return net
    }

    /// One-parcel trucks make every line cost its parcel-km: the feeder savings of sending each county's parcels
    /// to the hub in that county (about 20 km a parcel) outweigh the second hub's fixed cost and the part-empty
    /// gateway trucks, so both hubs open, each firm uses both, and each hub is shared by both firms. No hub is
    /// forced: the model decides.
    static func scenario() -> Scenario {
        var s = FirmHubStageTests.scenario()
        s.rates.truckParcels = 1
        s.hubs.count = 1...2
        return s
    }

    static let shared = Result { try PlanPipeline(scenario: scenario()).run(on: network()) }

    static func violations(_ change: (inout NetworkPlan) -> Void) throws -> [String] {
        var plan = try shared.get()
        change(&plan)
        return try PlanVerifier.verify(plan, network: network()).filter { !$0.hasPrefix("route ") }
    }

    @Test func aFirmUsesTwoHubsSharedWithTheOtherFirmAndThePlanVerifies() throws {
        let plan = try Self.shared.get()
        #expect(plan.stages.first { $0.name == .hubs }?.status == .optimal)
        #expect(plan.hubs.map(\.id) == ["rh-1", "rh-2"])
        #expect(plan.firms.allSatisfy { Set($0.hubs) == ["rh-1", "rh-2"] })
        #expect(plan.hubs.allSatisfy { ($0.firms ?? []) == ["ems", "sf"] })
        // Each county's center sends both firms' parcels to the hub in its county.
        let county = Dictionary(uniqueKeysWithValues: plan.centers.map { ($0.id, $0.county) })
        for line in plan.lines where line.kind == .feeder {
            #expect(line.to == (county[line.from] == "100001" ? "rh-1" : "rh-2"))
        }
        #expect(try Self.violations { _ in } == [])
        // Every center sends each firm's parcels on exactly one feeder line.
        for firm in plan.firms {
            let feeders = plan.lines.filter { $0.firm == firm.id && $0.kind == .feeder }
            #expect(Set(feeders.map(\.from)).count == feeders.count)
            #expect(Set(feeders.map(\.to)).isSubset(of: Set(firm.hubs)))
        }
    }

    @Test func catchesAFeederMovedToAnotherHubAndAFlowsGap() throws {
        let plan = try Self.shared.get()
        let firm = try #require(plan.firms.first { $0.hubs.count == 2 })
        let i = try #require(plan.lines.firstIndex { $0.firm == firm.id && $0.kind == .feeder })
        let other = firm.hubs.first { $0 != plan.lines[i].to }!
        // The feeder moved to the firm's other hub: that hub's gateway lines no longer match what arrives.
        let moved = try Self.violations { plan in plan.lines[i].to = other }
        #expect(moved.contains { $0.hasPrefix("firm \(firm.id) line \(plan.lines[i].from) -> \(other): ") })
        // A gateway line carrying less back: the firm's lines to that gateway no longer add up, and its hub's
        // flows are not conserved.
        let j = try #require(plan.lines.firstIndex { $0.firm == firm.id && $0.kind == .gateway })
        let gap = try Self.violations { plan in plan.lines[j].parcelsBack! -= 10 }
        #expect(gap.contains { $0.hasPrefix("firm \(firm.id): its lines to gateway \(plan.lines[j].to) carry") })
        #expect(
            gap.contains {
                $0.hasPrefix("hub \(plan.lines[j].from), firm \(firm.id): ") && $0.hasSuffix("(flows not conserved)")
            })
    }

    @Test func catchesATwiceServedCenterAnUnusedListedHubAndAFeederToAForeignHub() throws {
        // The firm plan on one shared hub: each firm lists one hub.
        let plan = try FirmHubStageTests.shared.get()
        let single = try #require(plan.firms.firstIndex { $0.hubs.count == 1 })
        let id = plan.firms[single].id
        let feeder = try #require(plan.lines.first { $0.firm == id && $0.kind == .feeder })
        let twice = try FirmHubStageTests.violations { plan in plan.lines.append(feeder) }
        #expect(
            twice.contains {
                $0
                    == "firm \(id): center \(feeder.from) has 2 feeder lines; its parcels need exactly one, to one of its hubs"
            })
        let spare = ["rh-1", "rh-2"].first { !plan.firms[single].hubs.contains($0) }!
        let unused = try FirmHubStageTests.violations { plan in plan.firms[single].hubs.append(spare) }
        #expect(
            unused.contains { $0 == "firm \(id): hub \(spare) listed but none of the firm's parcels go through it" })
        let foreign = try FirmHubStageTests.violations { plan in
            let k = plan.lines.firstIndex { $0.firm == id && $0.kind == .feeder }!
            plan.lines[k].to = spare
        }
        #expect(
            foreign.contains {
                $0.hasPrefix("firm \(id) line \(feeder.from) -> \(spare): feeder line to a hub the firm does not use")
            })
    }

    @Test func awardCoverageInCountiesPaysOnlyWhereTheHubHasThem() throws {
        // One shared hub fed from both counties covers two counties: both firms are paid once.
        var s = FirmHubStageTests.scenario()
        s.policy.awardCoverageCounties = 2
        let two = try PlanPipeline(scenario: s).run(on: FirmHubStageTests.network())
        #expect(two.firms.allSatisfy { $0.award == 300_000 })
        #expect(
            try PlanVerifier.verify(two, network: FirmHubStageTests.network()).filter { !$0.hasPrefix("route ") } == [])
        // The network has two counties: no hub covers three, nobody is paid, and a paid award is caught.
        s.policy.awardCoverageCounties = 3
        var three = try PlanPipeline(scenario: s).run(on: FirmHubStageTests.network())
        #expect(three.firms.allSatisfy { $0.award == 0 })
        three.firms[0].award = 300_000
        let v = try PlanVerifier.verify(three, network: FirmHubStageTests.network())
        #expect(
            v.contains {
                $0 == "firm \(three.firms[0].id): award paid but no hub of it covers 3 counties (award_coverage)"
            })
        // In the two-hub plan each hub has one county's centers: two counties are not covered there.
        let split = try Self.violations { plan in
            plan.scenario.policy.awardCoverageCounties = 2
            plan.firms[0].award = 300_000
        }
        let plan = try Self.shared.get()
        #expect(Set(plan.lines.filter { $0.kind == .feeder }.map(\.to)).count == 2)
        let first = plan.firms[0].id
        #expect(split.contains { $0.hasPrefix("firm \(first): award paid but no hub of it covers 2 counties") })
    }
}

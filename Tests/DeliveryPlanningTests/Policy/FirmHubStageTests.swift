// Tests of firms, gateway lines and the policy levers end to end: the pipeline's plan verifies, each lever acts.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct FirmHubStageTests {
    /// The two-county test network with two firms and two gateways: one in another province (11), one inside
    /// the hubs' province (10).
    static func network() -> Network {
        var net = LocationPlannerTests.network()
        net.carriers = [Carrier(id: "ems", name: "EMS", postal: true), Carrier(id: "sf", name: "SF")]
        for i in net.nodes.indices where net.nodes[i].kind.isDemandPoint {
            let p = net.nodes[i].parcels["ems"]!
            net.nodes[i].parcels = ["ems": p * 0.7, "sf": p * 0.3]
        }
        net.nodes[0].pickups = Pickups(perDay: 20, product: "apricot")
        var outside = Node(id: "gw-out", name: "Out", kind: .gateway, lon: 116.4, lat: 39.9)
        outside.gateway = GatewayFlows(
            province: "11", inbound: ["ems": 600, "sf": 200], outbound: ["ems": 500, "sf": 300],
            transit: ["ems": 100, "sf": 50])
        var inside = Node(id: "gw-in", name: "In", kind: .gateway, lon: 112.5, lat: 37.9)
        inside.gateway = GatewayFlows(
            province: "10", inbound: ["ems": 400, "sf": 100], outbound: ["ems": 200, "sf": 100],
            transit: ["ems": 0, "sf": 20])
        net.nodes += [outside, inside]
        return net
    }

    static func scenario() -> Scenario {
        var s = PlanPipelineTests.scenario()
        s.rates.truckParcels = 100
        return s
    }

    static let shared = Result { try PlanPipeline(scenario: scenario()).run(on: network()) }

    static func violations(_ change: (inout NetworkPlan) -> Void) throws -> [String] {
        var plan = try shared.get()
        change(&plan)
        return try PlanVerifier.verify(plan, network: network())
    }

    @Test func planHasFirmsGatewaysAndLinesAndVerifies() throws {
        let plan = try Self.shared.get()
        #expect(plan.stages.first { $0.name == .hubs }?.status == .optimal)
        #expect(plan.firms.map(\.id) == ["ems", "sf"])
        #expect(plan.gateways.map(\.id) == ["gw-out", "gw-in"])
        #expect(plan.lines.contains { $0.kind == .gateway && $0.outOfProvince })
        #expect(plan.lines.contains { $0.kind == .gateway && !$0.outOfProvince })
        // The subsidy is only on lines out of the province, never on feeder lines.
        for line in plan.lines where line.kind == .feeder || !line.outOfProvince { #expect(line.subsidy == 0) }
        #expect(plan.lines.contains { $0.subsidy > 0 })
        #expect(try PlanVerifier.verify(plan, network: Self.network()).filter { !$0.hasPrefix("route ") } == [])
    }

    @Test func subsidyIsShareOfOutOfProvinceTollsCappedPerFirm() throws {
        let plan = try Self.shared.get()
        for firm in plan.firms {
            let eligible = plan.lines.filter { $0.firm == firm.id && $0.kind == .gateway && $0.outOfProvince }.reduce(0)
            { $0 + $1.tolls }
            #expect(abs(firm.tollSubsidy - min(0.3 * eligible, 500_000)) < 1e-6 * max(1, eligible))
        }
        var s = Self.scenario()
        s.policy.tollSubsidyCap = 1_000
        let capped = try PlanPipeline(scenario: s).run(on: Self.network())
        #expect(capped.firms.allSatisfy { $0.tollSubsidy <= 1_000 + 1e-9 && $0.subsidyCapped })
        #expect(try PlanVerifier.verify(capped, network: Self.network()).filter { !$0.hasPrefix("route ") } == [])
    }

    @Test func awardNeedsCoverageAndCountsOverItsYears() throws {
        let plan = try Self.shared.get()
        // Two firms share one hub (fixed costs dominate), so it handles everything: both earn the award once.
        #expect(plan.firms.allSatisfy { $0.award == 300_000 })
        #expect(plan.costs.hubAward == 600_000 && plan.costs.hubAwardPerYear == 120_000)
        var s = Self.scenario()
        s.policy.awardCoverage = 1
        s.hubs.count = 2...2
        let split = try PlanPipeline(scenario: s).run(on: Self.network())
        #expect(split.firms.allSatisfy { $0.award == 0 })
        #expect(try PlanVerifier.verify(split, network: Self.network()).filter { !$0.hasPrefix("route ") } == [])
    }

    @Test func catchesSubsidyAboveTheCap() throws {
        let v = try Self.violations { plan in
            let i = plan.firms.firstIndex { $0.id == "ems" }!
            plan.firms[i].tollSubsidy = 600_000
        }
        #expect(v.contains { $0 == "firm ems: toll subsidy 600000.00 above the cap 500000.00 a year" })
    }

    @Test func catchesAnAwardPaidTwice() throws {
        let doubled = try Self.violations { plan in plan.firms[0].award *= 2 }
        #expect(
            doubled.contains { $0.hasPrefix("firm ems: award 600000.00 is more than 300000.00 paid once per firm") })
        let listedTwice = try Self.violations { plan in plan.firms.append(plan.firms[0]) }
        #expect(listedTwice.contains { $0 == "firm ems: listed twice, award paid twice (once per firm)" })
    }

    @Test func catchesASubsidisedFeederLine() throws {
        let v = try Self.violations { plan in
            let i = plan.lines.firstIndex { $0.kind == .feeder && $0.firm == "sf" }!
            plan.lines[i].subsidy = 1_000
        }
        let feeder = try Self.shared.get().lines.first { $0.kind == .feeder && $0.firm == "sf" }!
        #expect(
            v.contains { $0.hasPrefix("firm sf line \(feeder.from) -> \(feeder.to): subsidy 1000.00 on a feeder line") }
        )
    }

    @Test func catchesAnInProvinceSubsidyAnAwardWithoutCoverageAndBrokenFlows() throws {
        let v = try Self.violations { plan in
            let i = plan.lines.firstIndex { $0.kind == .gateway && !$0.outOfProvince }!
            plan.lines[i].subsidy = 10
            plan.scenario.policy.awardCoverage = 1.0
            plan.scenario.hubs.capacity = nil
            let j = plan.lines.firstIndex { $0.kind == .gateway && $0.outOfProvince && $0.firm == "ems" }!
            plan.lines[j].parcelsForward! += 50
            plan.lines.removeAll { $0.firm == "sf" && $0.to == "gw-out" }
        }
        #expect(v.contains { $0.contains("on a gateway line inside the province") })
        #expect(v.contains { $0.contains("(flows not conserved)") && $0.contains("firm ems") })
        #expect(v.contains { $0.hasPrefix("firm sf: no line") && $0.contains("gw-out") })
        // Coverage 1 still holds for the shared hub; an award on a hub that covers nothing is caught.
        let lonely = try Self.violations { plan in
            plan.scenario.policy.awardCoverage = 1.0
            plan.firms[1].hubs = [plan.hubs.map(\.id).first { $0 != plan.firms[1].hubs[0] } ?? "rh-1"]
        }
        #expect(
            lonely.contains { $0.contains("award paid but no hub of it handles") || $0.contains("is not an open hub") })
    }

    @Test func aCountySubsetKeepsItsShareOfTheGatewayFlows() throws {
        var s = Self.scenario()
        s.counties = ["100001"]
        let net = try ScenarioNetwork(network: Self.network(), scenario: s).network
        let out = net.nodes.first { $0.id == "gw-out" }!.gateway!
        // 甲县 receives 750 of the 1,400 parcels a day of each carrier.
        #expect(abs(out.outbound["ems"]! - 500 * 750 / 1400) < 1e-9 && abs(out.transit["sf"]! - 50 * 750 / 1400) < 1e-9)
        #expect(out.inbound["ems"] == 600)
    }
}

// Tests of the independent verifier: a good plan passes; each planted violation is caught and named.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct PlanVerifierTests {
    static let network = LocationPlannerTests.network()

    static func violations(_ change: (inout NetworkPlan) -> Void) throws -> [String] {
        var plan = try PlanPipelineTests.shared.get()
        change(&plan)
        return try PlanVerifier.verify(plan, network: network)
    }

    @Test func catchesADemandPointLeftOut() throws {
        let v = try Self.violations { $0.assignments.removeFirst() }
        #expect(v.contains { $0.hasPrefix("demand point a1: assigned 0 times") })
    }

    @Test func catchesADoubleAssignmentAndAnotherCounty() throws {
        let v = try Self.violations { plan in
            let other = plan.centers.first { $0.county == "100002" }!.id
            plan.assignments.append(.init(node: "a1", center: other, km: 0, minutes: 0, parcelsPerDay: 300))
        }
        #expect(v.contains { $0.hasPrefix("demand point a1: assigned 2 times") })
        #expect(v.contains { $0.contains("assignment a1 (county 100001): center") })
    }

    @Test func catchesACountyWithoutCenter() throws {
        let v = try Self.violations { plan in
            plan.centers.removeAll { $0.county == "100002" }
        }
        #expect(v.contains { $0.hasPrefix("county 100002 乙县: 0 centers") })
    }

    @Test func catchesRadiusCapacityAndKm() throws {
        let v = try Self.violations { plan in
            plan.scenario.centers.radiusKm = 0.5
            plan.assignments[0].km += 3
        }
        #expect(v.contains { $0.contains("beyond the radius 0.5 km") })
        #expect(v.contains { $0.hasPrefix("assignment a1: km") })
    }

    @Test func catchesRouteFaults() throws {
        let v = try Self.violations { plan in
            plan.routes[0].load = plan.routes[0].capacity + 1
            plan.routes[0].km += 10
            plan.routes.append(plan.routes[0])
        }
        #expect(v.contains { $0.contains("over the van's capacity") })
        #expect(v.contains { $0.contains("km, recomputed") })
        #expect(v.contains { $0.contains("visited by 2 routes") })
        let dropped = try Self.violations { $0.routes.removeLast() }
        #expect(dropped.contains { $0.hasSuffix("on no route") })
    }

    @Test func catchesHubAndCostFaults() throws {
        let v = try Self.violations { plan in
            plan.lines.removeFirst()
            plan.costs.total += 1000
            plan.scenario.hubs.count = 5...5
        }
        #expect(v.contains { $0.hasSuffix("no direct line to a hub") })
        #expect(v.contains { $0.hasPrefix("costs.total") })
        #expect(v.contains { $0.hasPrefix("hubs: ") })
    }

    @Test func refusesAnotherFormat() throws {
        var plan = try PlanPipelineTests.shared.get()
        plan.format = "something/1"
        #expect(throws: PlanError.self) { _ = try PlanVerifier.verify(plan, network: Self.network) }
    }
}

/// Carriers delivering alone (`co_delivery: false`): each carrier's vans call once at each of its stops.
struct PlanVerifierCarriersAloneTests {
    /// The two-county network with a second carrier sharing every village but a2.
    static func network() -> Network {
        var network = LocationPlannerTests.network()
        network.carriers.append(Carrier(id: "sf", name: "SF", postal: false))
        for i in network.nodes.indices where network.nodes[i].kind == .village && network.nodes[i].id != "a2" {
            let parcels = network.nodes[i].parcels["ems"]!
            network.nodes[i].parcels = ["ems": parcels / 2, "sf": parcels / 2]
        }
        return network
    }

    static let plan = Result { () throws -> NetworkPlan in
        var scenario = PlanPipelineTests.scenario()
        scenario.coDelivery = false
        return try PlanPipeline(scenario: scenario).run(on: network())
    }

    @Test func eachCarrierCallsOnceAtItsStops() throws {
        let plan = try Self.plan.get()
        #expect(plan.routes.allSatisfy { $0.carrier != nil })
        let sfStops = plan.routes.filter { $0.carrier == "sf" }.flatMap(\.stops).sorted()
        #expect(sfStops == ["a1", "a3", "b1", "b2", "b3"])
        #expect(
            plan.routes.filter { $0.carrier == "ems" }.flatMap(\.stops).sorted() == [
                "a1", "a2", "a3", "b1", "b2", "b3",
            ])
        #expect(try PlanVerifier.verify(plan, network: Self.network()) == [])
    }

    @Test func catchesACarrierTwiceAMissingOneAndASharedVan() throws {
        var plan = try Self.plan.get()
        let sf = plan.routes.firstIndex { $0.carrier == "sf" }!
        plan.routes.append(plan.routes[sf])
        var v = try PlanVerifier.verify(plan, network: Self.network())
        #expect(v.contains { $0.contains("visited by carrier sf by 2 routes") })
        plan.routes.removeAll { $0.carrier == "sf" }
        v = try PlanVerifier.verify(plan, network: Self.network())
        #expect(v.contains { $0.hasSuffix("on no route of carrier sf") })
        plan.routes[0].carrier = nil
        v = try PlanVerifier.verify(plan, network: Self.network())
        #expect(v.contains { $0.contains("names no carrier of the network") })
    }
}

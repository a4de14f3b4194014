// Tests of the postal backstop lever: picks, China Post's routes, fees, savings, and the verifier's part of it.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct PostalBackstopTests {
    /// One county: a center at 113.00, near villages in township T1, remote ones in township T2 (~40 km east)
    /// whose seat is a township-seat node; two carriers, China Post the postal one.
    static func network() -> Network {
        func village(_ id: String, _ township: String, _ lon: Double, _ lat: Double, ems: Double, zto: Double) -> Node {
            Node(
                id: id, name: id, kind: .village, county: "100001", township: township, lon: lon, lat: lat,
                parcels: ["ems": ems, "zto": zto])
        }
        let nodes = [
            village("n1", "T1", 113.02, 40.00, ems: 10, zto: 30), village("n2", "T1", 113.04, 40.01, ems: 8, zto: 20),
            village("n3", "T1", 113.01, 40.03, ems: 5, zto: 15),
            village("f1", "T2", 113.48, 40.00, ems: 2, zto: 6), village("f2", "T2", 113.50, 40.02, ems: 3, zto: 4),
            village("f3", "T2", 113.52, 39.99, ems: 1, zto: 5),
            Node(
                id: "cc-a", name: "甲县县城", kind: .countyCenter, county: "100001", lon: 113.00, lat: 40.00,
                site: SiteInfo(fixedCost: 600_000, capacity: 10_000), tags: ["county-seat"]),
            Node(
                id: "ts-T2", name: "乙镇", kind: .candidateSite, county: "100001", township: "T2", lon: 113.50,
                lat: 40.00,
                site: SiteInfo(fixedCost: 5_000_000, capacity: 10_000), tags: ["township-seat"]),
            Node(
                id: "rh-1", name: "hub", kind: .regionalHub, county: "100001", lon: 113.2, lat: 40.1,
                site: SiteInfo(fixedCost: 1_000_000)),
        ]
        return Network(
            name: "Backstop",
            carriers: [
                Carrier(id: "ems", name: "China Post", postal: true),
                Carrier(id: "zto", name: "ZTO"),
            ],
            counties: [County(code: "100001", name: "甲县")], nodes: nodes)
    }

    static func scenario(km: Double = 20) -> Scenario {
        var s = PlanPipelineTests.scenario()
        s.hubs.count = 1...1
        var lever = Scenario.PostalBackstop()
        lever.km = km
        lever.feePerParcel = 1.5
        s.postalBackstop = lever
        return s
    }

    static let shared = Result { try PlanPipeline(scenario: scenario()).run(on: network()) }

    @Test func remoteVillagesGoToChinaPostFromTheirTownshipPostOffice() throws {
        let plan = try Self.shared.get()
        let b = try #require(plan.operatingModels?.postalBackstop)
        #expect(plan.centers.map(\.id) == ["cc-a"])
        #expect(b.villages.map(\.node).sorted() == ["f1", "f2", "f3"])
        #expect(b.postOffices.map(\.id) == ["ts-T2"] && b.postOffices[0].positionSource == .modelled)
        let postal = plan.routes.filter { $0.carrier == "china-post" }
        #expect(!postal.isEmpty && postal.allSatisfy { $0.center == "ts-T2" })
        #expect(Set(postal.flatMap(\.stops)) == ["f1", "f2", "f3"])
        #expect(Set(plan.routes.filter { $0.carrier == nil }.flatMap(\.stops)) == ["n1", "n2", "n3"])
        // ZTO pays 1.5 yuan on each of its 15 parcels a day at f1-f3; China Post pays nobody.
        #expect(b.payments.count == 1 && b.payments[0].carrier == "zto" && b.payments[0].payee == "ems")
        #expect(abs(b.payments[0].feePerDay - 22.5) < 1e-9 && abs(b.payments[0].feePerYear - 22.5 * 365) < 1e-6)
        // A van from the county seat no longer drives 40 km out and back: the backstop saves km.
        #expect(b.with.km < b.without.km)
        #expect(abs(b.with.cost - plan.routes.reduce(0) { $0 + $1.cost }) < 1e-6)
        #expect(try PlanVerifier.verify(plan, network: Self.network()) == [])
    }

    @Test func withoutTheLeverNothingChanges() throws {
        var s = Self.scenario()
        s.postalBackstop = nil
        let plan = try PlanPipeline(scenario: s).run(on: Self.network())
        #expect(plan.operatingModels == nil)
        #expect(plan.routes.allSatisfy { $0.carrier == nil })
    }

    static func violations(_ change: (inout NetworkPlan) -> Void) throws -> [String] {
        var plan = try shared.get()
        change(&plan)
        return try PlanVerifier.verify(plan, network: network())
    }

    @Test func verifierCatchesABackstopVillageOnACenterRoute() throws {
        let v = try Self.violations { plan in
            let k = plan.routes.firstIndex { $0.carrier == nil }!
            plan.routes[k].stops.append("f1")
        }
        #expect(v.contains { $0.contains("calls at backstop village f1, which China Post serves") })
    }

    @Test func verifierCatchesAQualifyingVillageLeftOffAndAMissingPostalRoute() throws {
        let v = try Self.violations { plan in
            plan.operatingModels!.postalBackstop!.villages.removeAll { $0.node == "f2" }
        }
        #expect(v.contains { $0.hasPrefix("postalBackstop: village f2 qualifies") })
        let dropped = try Self.violations { plan in plan.routes.removeAll { $0.carrier == "china-post" } }
        #expect(dropped.contains { $0.hasPrefix("postalBackstop: village f1 on no china-post route") })
    }

    @Test func verifierCatchesANonQualifyingVillageAndWrongFees() throws {
        let v = try Self.violations { plan in
            plan.operatingModels!.postalBackstop!.villages.append(
                .init(
                    node: "n1", county: "100001", postOffice: "ts-T2", km: 2,
                    parcelsPerDay: 40, reason: "planted"))
        }
        #expect(v.contains { $0.hasPrefix("postalBackstop: village n1 is listed but does not qualify") })
        let fees = try Self.violations { plan in plan.operatingModels!.postalBackstop!.payments[0].feePerDay = 1 }
        #expect(fees == ["postalBackstop: carrier zto pays 1.00 a day, recomputed 22.50 to ems"])
    }

    @Test func verifierCatchesAPostalRouteFromElsewhereOrToANearVillage() throws {
        let v = try Self.violations { plan in
            let k = plan.routes.firstIndex { $0.carrier == "china-post" }!
            plan.routes[k].stops.append("n2")
            plan.routes.append(plan.routes[k])
            plan.routes[plan.routes.count - 1].center = "cc-a"
        }
        #expect(v.contains { $0.contains("china-post calls at n2, not a backstop village") })
        #expect(v.contains { $0.contains("a china-post route not from a listed post office") })
    }

    @Test func scenarioFileReadsTheLeverAndNamesBadKeys() throws {
        let s = try ScenarioFile.parse("postal_backstop: {km: 25, fee_per_parcel: 0.8}\n", file: "s.yaml")
        #expect(
            s.postalBackstop?.km == 25 && s.postalBackstop?.feePerParcel == 0.8 && s.postalBackstop?.maxParcels == nil)
        #expect(
            try ScenarioFile.parse("postal_backstop: {}\n", file: "s.yaml").postalBackstop == Scenario.PostalBackstop())
        #expect(try ScenarioFile.parse("name: x\n", file: "s.yaml").postalBackstop == nil)
        #expect(
            throws: PlanError.badInput(
                "s.yaml:2: postal_backstop.fee: unknown key (known here: km, max_parcels, fee_per_parcel)")
        ) {
            try ScenarioFile.parse("name: x\npostal_backstop: {fee: 1}\n", file: "s.yaml")
        }
        #expect(throws: PlanError.self) { try ScenarioFile.parse("postal_backstop: {km: -1}\n", file: "s.yaml") }
    }
}

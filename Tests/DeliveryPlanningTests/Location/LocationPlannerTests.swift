// Tests of `locate`'s planning layer on a small hand-made network: ids in plans, rules, explained failures.
import FacilityLocation
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct LocationPlannerTests {
    /// Two counties side by side, three villages each, a county seat and a township site each, two hubs.
    static func network() -> Network {
        func village(_ id: String, _ county: String, _ lon: Double, _ parcels: Double) -> Node {
            Node(id: id, name: id, kind: .village, county: county, lon: lon, lat: 40, parcels: ["ems": parcels])
        }
        func site(_ id: String, _ name: String, _ kind: NodeKind, _ county: String, _ lon: Double, cost: Double) -> Node
        {
            Node(
                id: id, name: name, kind: kind, county: county, lon: lon, lat: 40,
                site: SiteInfo(fixedCost: cost, capacity: 10_000))
        }
        let nodes = [
            village("a1", "100001", 113.00, 300), village("a2", "100001", 113.05, 200),
            village("a3", "100001", 113.10, 250),
            village("b1", "100002", 113.50, 400), village("b2", "100002", 113.55, 100),
            village("b3", "100002", 113.60, 150),
            site("cc-a", "甲县县城", .countyCenter, "100001", 113.02, cost: 600_000),
            site("ts-a", "甲镇", .candidateSite, "100001", 113.09, cost: 450_000),
            site("cc-b", "乙县县城", .countyCenter, "100002", 113.52, cost: 600_000),
            site("ts-b", "乙镇", .candidateSite, "100002", 113.58, cost: 450_000),
            site("rh-1", "hub west", .regionalHub, "100001", 113.20, cost: 5_000_000),
            site("rh-2", "hub east", .regionalHub, "100002", 113.40, cost: 4_000_000),
        ]
        return Network(
            name: "Two", carriers: [Carrier(id: "ems", name: "EMS", postal: true)],
            counties: [County(code: "100001", name: "甲县"), County(code: "100002", name: "乙县")], nodes: nodes)
    }

    @Test func countyCenterPlanUsesIdsAndServesEveryVillageInItsCounty() throws {
        let planner = try LocationPlanner(network: Self.network())
        let plan = try planner.plan(LocationRequest(model: .countyCenter))
        #expect(plan.optimal)
        #expect(Set(plan.sites.compactMap(\.county)) == ["甲县", "乙县"])
        #expect(plan.assignments.map(\.node).sorted() == ["a1", "a2", "a3", "b1", "b2", "b3"])
        let countyOfSite = Dictionary(uniqueKeysWithValues: plan.sites.map { ($0.id, $0.county) })
        for a in plan.assignments { #expect(countyOfSite[a.site]! == (a.node.hasPrefix("a") ? "甲县" : "乙县")) }
        #expect(abs(plan.costs.total - plan.objective) < 1e-6 * plan.objective)
    }

    @Test func closedSitesAreRespectedAndUnknownOnesRejected() throws {
        let planner = try LocationPlanner(network: Self.network())
        var request = LocationRequest(model: .countyCenter)
        request.closedSites = ["甲镇", "ts-b"]
        let plan = try planner.plan(request)
        #expect(Set(plan.sites.map(\.id)) == ["cc-a", "cc-b"])
        request.closedSites = ["nowhere"]
        #expect(throws: LocationError.self) { try planner.plan(request) }
    }

    @Test func aCountyWithoutOpenableSiteIsNamed() throws {
        let planner = try LocationPlanner(network: Self.network())
        var request = LocationRequest(model: .countyCenter)
        request.closedSites = ["cc-b", "ts-b"]
        #expect(throws: LocationError.infeasible("乙县 has no candidate site but must have a center (it has 3 villages)"))
        {
            try planner.plan(request)
        }
    }

    @Test func hubsWithGivenCentersUseTheCountySeats() throws {
        let planner = try LocationPlanner(network: Self.network())
        var request = LocationRequest(model: .hubs)
        request.count = 1...1
        request.centersGiven = true
        request.tollSubsidy = true
        let plan = try planner.plan(request)
        #expect(plan.optimal)
        #expect(Set(plan.sites.map(\.id)) == ["cc-a", "cc-b"])
        #expect(plan.hubs.count == 1 && plan.lines.count == 2)
        #expect(plan.costs.subsidy <= 0.3 * plan.costs.tolls + 1e-9)
    }

    @Test func pMedianAndCoverRun() throws {
        let planner = try LocationPlanner(network: Self.network())
        var median = LocationRequest(model: .pMedian)
        median.count = 2...2
        #expect(try planner.plan(median).sites.count == 2)
        var cover = LocationRequest(model: .cover)
        cover.radiusKm = 1
        #expect(throws: LocationError.self) { try planner.plan(cover) }
    }
}

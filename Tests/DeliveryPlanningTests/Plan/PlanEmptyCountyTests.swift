// A county with no demand points (Fujian's Kinmen in the national tables) gets no center, and the plan still verifies.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct PlanEmptyCountyTests {
    /// The two-county test network plus 丙县, which has a county-center site and nothing to deliver.
    static func network() -> Network {
        var network = LocationPlannerTests.network()
        network.counties.append(County(code: "100003", name: "丙县"))
        network.nodes.append(
            Node(
                id: "cc-c", name: "丙县县城", kind: .countyCenter, county: "100003", lon: 113.9, lat: 40,
                site: SiteInfo(fixedCost: 600_000, capacity: 10_000)))
        return network
    }

    @Test func theEmptyCountyGetsNoCenterAndTheWarningNamesIt() throws {
        let network = Self.network()
        let plan = try PlanPipeline(scenario: PlanPipelineTests.scenario()).run(on: network)
        #expect(Set(plan.centers.map(\.county)) == ["100001", "100002"])
        #expect(plan.warnings.contains { $0.contains("100003") && $0.contains("no demand points") })
        #expect(try PlanVerifier.verify(plan, network: network) == [])
    }

    @Test func aCountyWithDemandButNoCenterIsStillCaught() throws {
        let network = Self.network()
        var plan = try PlanPipeline(scenario: PlanPipelineTests.scenario()).run(on: network)
        plan.centers.removeAll { $0.county == "100002" }
        let violations = try PlanVerifier.verify(plan, network: network)
        #expect(violations.contains { $0.contains("county 100002") && $0.contains("0 centers") })
        #expect(!violations.contains { $0.contains("county 100003") })
    }

    /// The one-model path says what county by county says: closing the empty county's site changes nothing,
    /// opening it is bad input (not an "unknown site").
    @Test func closingItsSiteIsAcceptedAndOpeningItIsBadInput() throws {
        var request = LocationRequest(model: .countyCenter)
        request.closedSites = ["cc-c"]
        let plan = try LocationPlanner.plan(network: Self.network(), request: request)
        #expect(plan.optimal && !plan.sites.contains { $0.id == "cc-c" })
        request.closedSites = []
        request.openSites = ["cc-c"]
        do {
            _ = try LocationPlanner.plan(network: Self.network(), request: request)
            Issue.record("opening a site of a county without demand was accepted")
        } catch {
            #expect("\(error)".contains("no demand points"))
        }
    }
}

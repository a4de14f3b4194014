// Tests that planning county by county gives the same county-center plan as one model.
import FacilityLocation
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct CountyByCountyPlannerTests {
    @Test func matchesTheWholeModel() throws {
        let network = LocationPlannerTests.network()
        var request = LocationRequest(model: .countyCenter)
        request.closedSites = ["ts-b"]
        let whole = try LocationPlanner.plan(network: network, request: request)
        let split = try LocationPlanner.plan(network: network, request: request, matrixLimit: 1)
        #expect(split.parameters["solved"] == "county by county (2 counties)")
        #expect(split.optimal && whole.optimal)
        #expect(abs(split.objective - whole.objective) < 1e-6 * whole.objective)
        #expect(Set(split.sites.map(\.id)) == Set(whole.sites.map(\.id)))
        #expect(split.assignments.count == whole.assignments.count)
    }

    @Test func unknownSiteNamesAreRejectedOnce() {
        var request = LocationRequest(model: .countyCenter)
        request.closedSites = ["nowhere"]
        #expect(throws: LocationError.self) {
            try LocationPlanner.plan(network: LocationPlannerTests.network(), request: request, matrixLimit: 1)
        }
    }

    /// A county with sites but no demand points (Kinmen in Fujian's tables) gets no center instead of failing the
    /// region; closing its site is still a known name, and forcing it open is bad input.
    @Test func aCountyWithoutDemandGetsNoCenter() throws {
        let network = PlanEmptyCountyTests.network()
        var request = LocationRequest(model: .countyCenter)
        request.closedSites = ["cc-c"]
        let plan = try LocationPlanner.plan(network: network, request: request, matrixLimit: 1)
        #expect(plan.optimal)
        #expect(plan.parameters["noDemand"] == "100003")
        #expect(plan.parameters["solved"] == "county by county (2 counties)")
        #expect(!plan.sites.contains { $0.id == "cc-c" })
        request.closedSites = []
        request.openSites = ["cc-c"]
        #expect(throws: LocationError.self) {
            try LocationPlanner.plan(network: network, request: request, matrixLimit: 1)
        }
    }
}

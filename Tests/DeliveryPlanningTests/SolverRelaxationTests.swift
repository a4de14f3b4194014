// Tests that exactly the features the solver refuses are relaxed, by name, and that routes are measured anyway.
import RoadNetwork
import Testing
import VehicleRouting
@testable import DeliveryPlanning

struct SolverRelaxationTests {
    @Test func relaxesWhatTheSolverNamesAndNothingSilently() throws {
        var network = RoutingFixtures.line(villages: 3)
        network.nodes[3].pickups = Pickups(perDay: 2, coldChain: false, product: "apricot")
        let full = try CountyRoutingInstanceTests.instance(network).data
        let relaxation = try SolverRelaxation(full: full)
        #expect(relaxation.data.unsupportedFeatures.isEmpty)
        #expect(Set(relaxation.relaxed) == Set(full.unsupportedFeatures + [SolverRelaxation.fixedCosts]))
        #expect(relaxation.vanOfType.count == relaxation.data.vehicleTypes.count)
    }

    @Test func relaxedRoutesStillReportTheConstraintsTheyBreak() throws {
        var network = RoutingFixtures.line(villages: 4)
        network.nodes[2].pickups = Pickups(perDay: 2, coldChain: true, product: "beef")
        var request = CountyRouterTests.request(network, fleet: .rural)
        request.maxIterations = 50
        let (routes, depots) = try CountyRouter.run(request)
        RoutingFixtures.verify(depots)
        let county = routes.counties[0]
        if county.relaxed.contains("several vehicle types") {
            // The search used plain vans only, so the beef pickup rides one: that must show, not vanish.
            #expect(!county.feasible)
            #expect(county.routes.flatMap(\.violations).contains { $0.contains("cold-chain pickup at v2") })
        } else {
            #expect(county.feasible)
        }
    }
}

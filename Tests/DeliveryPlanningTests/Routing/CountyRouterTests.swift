// Tests of county routing on the shipped samples and hand-made counties: every stop once, verified, named failures.
import FacilityLocation
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct CountyRouterTests {
    static func request(
        _ network: Network, fleet: FleetSpec = RoutingFixtures.vans(capacity: 400)
    ) -> CountyRoutingRequest {
        var request = CountyRoutingRequest(network: network)
        request.fleet = fleet
        request.timeLimitPerCounty = 10
        request.maxIterations = 200
        return request
    }

    @Test(arguments: ["yanggao", "laiyuan", "hunyuan-roads"])
    func sampleCountiesAreRoutedAndVerified(name: String) throws {
        var request = Self.request(try RoutingFixtures.sample(name))
        request.pickups = false
        let (routes, depots) = try CountyRouter.run(request)
        RoutingFixtures.verify(depots)
        #expect(routes.counties.count == 1)
        let county = routes.counties[0]
        let villages = request.network.nodes.filter { $0.kind == .village }.map(\.id)
        #expect(Set(county.routes.flatMap(\.stops)) == Set(villages))
        #expect(county.feasible && routes.complete && routes.skipped.isEmpty)
        #expect(county.routes.allSatisfy { $0.peakLoad <= 400 && $0.hours <= 8 })
        #expect(abs(routes.totals.cost - county.routes.reduce(0) { $0 + $1.cost }) < 1e-6)
        #expect(routes.totals.vehicles == county.routes.count)
    }

    @Test func sameSeedAndIterationsGiveTheSameRoutes() throws {
        let request = Self.request(RoutingFixtures.line(villages: 12))
        let a = try CountyRouter.solve(request), b = try CountyRouter.solve(request)
        #expect(a.counties[0].routes.map(\.stops) == b.counties[0].routes.map(\.stops))
    }

    @Test func infeasibleStopsFailNamingThemOrAreSkipped() throws {
        var network = RoutingFixtures.line(villages: 5)
        network.nodes[2].timeWindow = TimeWindow(open: 400, close: 421)
        network.nodes[4].pickups = Pickups(perDay: 2, coldChain: true, product: "beef")
        var request = Self.request(network)
        #expect { try CountyRouter.solve(request) } throws: { error in
            let e = error as! CountyRoutingError
            return e.category == .infeasible && e.stops.map(\.node) == ["v2", "v4"] && e.message.contains("v2 (村2")
        }
        request.skipInfeasible = true
        let (routes, depots) = try CountyRouter.run(request)
        RoutingFixtures.verify(depots)
        #expect(routes.skipped.map(\.node) == ["v2", "v4"])
        #expect(Set(routes.counties[0].routes.flatMap(\.stops)) == ["v1", "v3", "v5"])
    }

    @Test func coldChainPickupsRideRefrigeratedVansInOneMixedProblem() throws {
        var network = RoutingFixtures.line(villages: 6)
        network.nodes[3].pickups = Pickups(perDay: 20, coldChain: true, product: "beef")
        let (routes, depots) = try CountyRouter.run(Self.request(network, fleet: .rural))
        RoutingFixtures.verify(depots)
        #expect(depots.count == 1)
        #expect(routes.feasible)
        let cold = try #require(routes.counties[0].routes.first { $0.stops.contains("v3") })
        #expect(cold.van == FleetSpec.coldVan.name)
        #expect(Set(routes.counties[0].routes.flatMap(\.stops)) == ["v1", "v2", "v3", "v4", "v5", "v6"])
    }

    @Test func unknownCountyAndMissingCenterAreBadInput() {
        var request = Self.request(RoutingFixtures.line())
        request.counties = ["999999"]
        #expect { try CountyRouter.solve(request) } throws: {
            ($0 as! CountyRoutingError).message.contains("no county 999999")
        }
        var network = RoutingFixtures.line()
        network.nodes[0].kind = .candidateSite
        #expect { try CountyRouter.solve(Self.request(network)) } throws: {
            ($0 as! CountyRoutingError).message.contains("no county-center node")
        }
    }

    @Test func aLocationPlanSetsTheDepotsAndTheirVillages() throws {
        let network = LocationPlannerTests.network()
        let plan = try LocationPlanner.plan(network: network, request: LocationRequest(model: .countyCenter))
        var request = Self.request(network, fleet: RoutingFixtures.vans(capacity: 1000))
        request.centers = .plan(plan)
        let (routes, depots) = try CountyRouter.run(request)
        RoutingFixtures.verify(depots)
        #expect(routes.counties.map(\.depots) == plan.sites.map { [$0.id] })
        let siteOf = Dictionary(uniqueKeysWithValues: plan.assignments.map { ($0.node, $0.site) })
        for route in routes.counties.flatMap(\.routes) {
            #expect(route.stops.allSatisfy { siteOf[$0] == route.depot })
        }
    }

    @Test func progressReportsEveryCounty() throws {
        var seen: [Int] = []
        let request = Self.request(LocationPlannerTests.network(), fleet: RoutingFixtures.vans(capacity: 1000))
        _ = try CountyRouter.solve(request) { seen.append($0.countiesDone) }
        #expect(seen == [1, 2])
    }
}

// Closed roads on every distance source: edges removed on great-circle, OSM ways checked against the pairs' closures.
import Foundation
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct ClosedRoadsTests {
    /// Two villages joined by one edge, its distances from `source`, computed with `closedWays` closed.
    static func network(_ source: DistanceSource, closedWays: [Int64] = []) -> Network {
        var n = Network(name: "n", counties: [County(code: "1", name: "A")])
        n.nodes = [
            Node(id: "a", name: "a", kind: .village, county: "1", lon: 113, lat: 40),
            Node(id: "b", name: "b", kind: .village, county: "1", lon: 113.01, lat: 40),
        ]
        n.edges = [Edge(from: "a", to: "b", km: 1)]
        n.distance.roads = .partial
        n.distance.source = source
        n.distance.closedWays = closedWays
        return n
    }

    private func apply(_ scenario: Scenario, _ network: Network) throws(PlanError) -> Network {
        var n = network
        try ClosedRoads.apply(scenario, to: &n)
        return n
    }

    @Test func greatCircleRemovesTheEdgeAndRefusesOSMWays() throws {
        var s = Scenario()
        s.closedRoads = [.init(from: "b", to: "a")]
        #expect(try apply(s, Self.network(.greatCircle)).edges.isEmpty)
        s.closedRoads = []
        s.closedWays = [7]
        #expect(
            throws: PlanError.badInput(
                "scenario closed_ways: n measures distances on great-circle and its own edges, which are not "
                    + "OpenStreetMap ways; close its roads with closed_roads: [{from, to}]")
        ) { try apply(s, Self.network(.greatCircle)) }
    }

    @Test(arguments: [DistanceSource.osm, .matrix])
    func pairsSourcesTakeOnlyWaysTheirPairsWereComputedWithout(source: DistanceSource) throws {
        var s = Scenario()
        s.closedWays = [7]
        // Computed with way 7 closed (and 9): the scenario plans on them, edges untouched.
        #expect(try apply(s, Self.network(source, closedWays: [7, 9])).edges.count == 1)
        // Computed with it open: bad input naming the way and the command that closes it.
        #expect {
            try apply(s, Self.network(source, closedWays: [9]))
        } throws: { error in
            let message = (error as? PlanError)?.message ?? ""
            return message.hasPrefix("scenario closed_ways[0]: way 7 is open in the \(source.rawValue) distances")
                && message.contains("--close-way 9,7")
        }
        // A road between two places has no meaning on pairs.
        var byPlaces = Scenario()
        byPlaces.closedRoads = [.init(from: "a", to: "b")]
        #expect {
            try apply(byPlaces, Self.network(source))
        } throws: { error in
            ((error as? PlanError)?.message ?? "").hasPrefix("scenario closed_roads[0]: n takes its distances from")
        }
    }

    @Test func scenarioFilesReadClosedWays() throws {
        #expect(try ScenarioFile.parse("closed_ways: [17, 3, 17]\n", file: "s.yaml").closedWays == [3, 17])
        #expect(try ScenarioFile.parse("closed_ways: 5\n", file: "s.yaml").closedWays == [5])
        #expect {
            _ = try ScenarioFile.parse("name: x\nclosed_ways: [3, bridge]\n", file: "s.yaml")
        } throws: { error in
            ((error as? PlanError)?.message ?? "").hasPrefix(
                "s.yaml:2: closed_ways[1]: expected an OpenStreetMap way id")
        }
    }
}

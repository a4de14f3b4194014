// The numbers `hubplan network info` shows, checked by hand on the sample.
import Testing

@testable import RoadNetwork

@Suite struct NetworkSummaryTests {
    @Test func countsDemandExtentAndConnectivityOfTheSample() throws {
        let s = NetworkSummary(network: try Samples.tinyRoads())
        #expect(s.nodes == 8 && s.nodesByKind["village"] == 3 && s.nodesByKind["carrier-depot"] == 1)
        #expect(s.carriers.map(\.parcelsPerDay) == [54, 21, 77] && s.parcelsPerDay == 152)
        #expect(s.pickups == NetworkSummary.PickupLine(nodes: 2, perDay: 42, coldChainPerDay: 30))
        #expect(s.counties.map(\.code) == ["140221", "140222"] && s.counties.map(\.nodes) == [6, 2])
        #expect(s.counties[0].name == "阳高县" && s.counties[1].parcelsPerDay == 15)
        #expect(s.boundingBox == NetworkSummary.BoundingBox(minLon: 113.4, minLat: 40.1, maxLon: 114.1, maxLat: 40.43))
        #expect(s.connectivity.components == 1 && s.connectivity.stronglyConnectedComponents == 1)
    }

    @Test func nodesWithoutRoadsAreComponentsOfTheirOwn() throws {
        var network = try Samples.tinyNoRoads()
        network.nodes[0].county = nil
        let s = NetworkSummary(network: network)
        #expect(s.connectivity.components == 6 && s.connectivity.isolatedNodes == 6)
        #expect(s.counties.map(\.code) == ["140225", ""])
    }
}

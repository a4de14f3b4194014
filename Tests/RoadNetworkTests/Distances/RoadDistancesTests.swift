// Travel matrices: road paths, the great-circle fallback, partial coverage and the settable circuity.
import Testing

@testable import RoadNetwork

@Suite struct RoadDistancesTests {
    @Test func greatCircleMatchesKnownDistances() {
        // One degree of latitude on the mean sphere is R x pi / 180.
        #expect(abs(greatCircleKm(lon1: 113, lat1: 40, lon2: 113, lat2: 41) - 111.19508) < 1e-4)
        // Half the equator.
        #expect(abs(greatCircleKm(lon1: 0, lat1: 0, lon2: 180, lat2: 0) - 20015.1) < 0.1)
        // Beijing (Tiananmen) to Datong (Drum Tower): 264.968 km by the spherical law of cosines, computed
        // independently of the haversine form.
        let km = greatCircleKm(lon1: 116.3975, lat1: 39.9087, lon2: 113.2958, lat2: 40.0911)
        #expect(abs(km - 264.968) < 0.001)
        #expect(greatCircleKm(lon1: 113.3, lat1: 40.1, lon2: 113.3, lat2: 40.1) == 0)
    }

    @Test func withoutRoadsEveryPairUsesTheFallback() throws {
        let network = try Samples.tinyNoRoads()
        var distances = RoadDistances(network: network)
        let matrix = distances.matrix(from: [0, 1], to: [0, 1, 2])
        // c (39.7) to a (39.8): 0.1 degree of latitude x 1.3 circuity, at 40 km/h.
        let expected = 11.119508 * 1.3
        #expect(abs(matrix.km(0, 1) - expected) < 1e-4)
        #expect(abs(matrix.minutes(0, 1) - expected / 40 * 60) < 1e-4)
        #expect(matrix.km(0, 0) == 0 && matrix.km(1, 1) == 0)
        #expect(abs(matrix.km(1, 2) - 2 * expected) < 1e-3)
        distances.circuity = 1.0
        #expect(abs(distances.matrix(from: [0], to: [1]).km(0, 0) - 11.119508) < 1e-4)
    }

    @Test func roadsGiveTheFastestPathAndItsLength() throws {
        let network = try Samples.tinyRoads()
        let i = network.nodeIndexByID()
        let matrix = RoadDistances(network: network).matrix(from: [i["hub"]!, i["v3"]!], to: [i["v1"]!, i["hub"]!])
        // hub -> cc1 (45 km, 40 min) -> t1 (9.5, 14) -> v1 (5.2 km at 30 km/h = 10.4 min).
        #expect(abs(matrix.km(0, 0) - 59.7) < 1e-9 && abs(matrix.minutes(0, 0) - 64.4) < 1e-9)
        // v3 -> cs1 (4.8 km at 40 = 7.2 min) -> cc1 (32, 35) -> hub (45, 40).
        #expect(abs(matrix.km(1, 1) - 81.8) < 1e-9 && abs(matrix.minutes(1, 1) - 82.2) < 1e-9)
        #expect(matrix.rows == 2 && matrix.cols == 2 && matrix.km.count == 4)
    }

    @Test func partialCoverageFallsBackOnlyWhereNoRoadPathExists() throws {
        var network = try Samples.tinyRoads()
        network.distance.roads = .partial
        network.edges.remove(at: 4)  // v3 is now cut off
        let i = network.nodeIndexByID()
        let distances = RoadDistances(network: network)
        let matrix = distances.matrix(from: [i["cs1"]!], to: [i["v3"]!, i["cc1"]!])
        #expect(matrix.km(0, 0) == distances.fallbackKm(i["cs1"]!, i["v3"]!))
        #expect(matrix.km(0, 1) == 32)
    }

    @Test func theMatrixAgreesWithSingleSearchesOnALargerGrid() {
        let network = SyntheticNetwork.grid(rows: 20, cols: 30, seed: 4)
        let distances = RoadDistances(network: network, metric: .km)
        let sources = [0, 17, 250, 599], targets = [5, 300, 599, 0]
        let matrix = distances.matrix(from: sources, to: targets)
        var search = ShortestPathSearch(graph: RoadGraph(network: network), metric: .km)
        for (r, s) in sources.enumerated() {
            search.run(from: s)
            for (c, t) in targets.enumerated() {
                #expect(matrix.km(r, c) == search.km(to: t) && matrix.minutes(r, c) == search.minutes(to: t))
            }
        }
    }
}

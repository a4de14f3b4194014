// Tests of importing surveyed points: by id, by name narrowed by county and township, unmatched, ambiguous, datum.
import Foundation
import Testing

@testable import RoadNetwork

@Suite struct PointImportTests {
    private func network() -> Network {
        var n = Network(
            name: "t", counties: [County(code: "140221", name: "阳高县"), County(code: "140222", name: "天镇县")])
        n.nodes = [
            Node(
                id: "ts-1", name: "龙泉镇", kind: .candidateSite, county: "140221", township: "1", lon: 113.7, lat: 40.3,
                tags: ["township-seat"]),
            Node(
                id: "ts-2", name: "王官屯镇", kind: .candidateSite, county: "140221", township: "2", lon: 113.8, lat: 40.2,
                tags: ["township-seat"]),
            Node(
                id: "v-a", name: "东村", kind: .village, county: "140221", township: "1", lon: 113.71, lat: 40.31,
                positionSource: .modelled),
            Node(
                id: "v-b", name: "东村", kind: .village, county: "140221", township: "2", lon: 113.81, lat: 40.21,
                positionSource: .modelled),
            Node(
                id: "v-c", name: "东村", kind: .village, county: "140222", township: "9", lon: 114.1, lat: 40.4,
                positionSource: .modelled),
            Node(
                id: "v-d", name: "西村", kind: .village, county: "140221", township: "1", lon: 113.69, lat: 40.31,
                positionSource: .modelled),
        ]
        return n
    }

    private func row(
        _ line: Int, id: String? = nil, county: String? = nil, township: String? = nil, name: String? = nil,
        lon: Double = 113.75, lat: Double = 40.25
    ) -> SurveyedPoint {
        SurveyedPoint(
            location: "p.csv:\(line)", id: id, county: county, township: township, name: name, lon: lon, lat: lat)
    }

    @Test func matchesByIdOrByNameCountyAndTownshipAndListsTheRest() {
        let rows = [
            row(2, id: "v-d"),
            row(3, county: "阳高县", township: "王官屯镇", name: "东村"),  // township by its seat's name
            row(4, county: "140221", name: "东村"),  // two in the county: ambiguous
            row(5, name: "北村"),  // no such name
            row(6, id: "v-zz"),  // no such id
            row(7, county: "140222", township: "9", name: " 东村 "),  // township code, spaces
            row(8, id: "v-d"),  // second row for the same node
        ]
        let result = PointImport(network: network(), points: rows, datum: .wgs84)
        #expect(result.matched.map(\.node) == ["v-d", "v-b", "v-c"])
        #expect(result.ambiguous.map(\.row) == ["p.csv:4"] && result.ambiguous[0].candidates == ["v-a", "v-b"])
        #expect(result.unmatched.map(\.row) == ["p.csv:5", "p.csv:6", "p.csv:8"])
        #expect(result.unmatched[2].reason.contains("already matched by p.csv:2"))
        let moved = result.network.nodes.filter { $0.positionSource == .surveyed }.map(\.id)
        #expect(moved == ["v-b", "v-c", "v-d"])
        #expect(result.network.nodes[2].positionSource == .modelled && result.network.nodes[2].lon == 113.71)
        #expect(result.network.nodes[5].lon == 113.75 && result.network.nodes[5].lat == 40.25)
    }

    @Test func gcjPointsAreStoredInWGS84() {
        let result = PointImport(
            network: network(), points: [row(2, id: "v-a", lon: 113.7123, lat: 40.3123)], datum: .gcj02)
        let node = result.network.nodes[2]
        let w = Datum.gcj02.toWGS84(lon: 113.7123, lat: 40.3123)
        #expect(node.lon == w.lon && node.lat == w.lat && node.lon != 113.7123)
    }

    @Test func readsCSVAndGeoJSONAndNamesBadRows() throws {
        let folder = try Samples.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("id,name,county,lon,lat\nv-a,,,113.1,40.1\n,东村,140222,113.2,40.2\n".utf8).write(
            to: URL(fileURLWithPath: folder + "/p.csv"))
        let csv = try PointFile.read(folder + "/p.csv")
        #expect(csv.map(\.location) == [folder + "/p.csv:2", folder + "/p.csv:3"] && csv[1].county == "140222")
        let geo = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [113.3, 40.3]}, "properties": {"id": "v-b"}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [113.4, 40.4]}, "properties": {"name": "西村", "county": 140221}}
            ]}
            """
        try Data(geo.utf8).write(to: URL(fileURLWithPath: folder + "/p.geojson"))
        let points = try PointFile.read(folder + "/p.geojson")
        #expect(points.map(\.id) == ["v-b", nil] && points[1].county == "140221" && points[1].lon == 113.4)
        try Data("id,lon,lat\nv-a,east,40\n,113,40\n".utf8).write(to: URL(fileURLWithPath: folder + "/bad.csv"))
        #expect(throws: NetworkError.self) { try PointFile.read(folder + "/bad.csv") }
        do { _ = try PointFile.read(folder + "/bad.csv") } catch {
            #expect(error.description.contains("bad.csv:2") && error.description.contains("bad.csv:3"))
        }
    }
}

// County outlines: reading the vendored polygons, point-in-polygon with holes, and errors naming the feature.
import Foundation
import Testing

@testable import RoadNetwork

@Suite struct CountyBoundariesTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func squareWithAHole() throws {
        let json = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"adcode":"999999","name":"Square"},
            "geometry":{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[2,2],[1,2]]]}}]}
            """
        let counties = try CountyBoundaries.parse(Data(json.utf8), file: "square.geojson")
        let square = try #require(counties.first)
        #expect(square.adcode == "999999")
        #expect(square.contains(lon: 3, lat: 3))
        #expect(!square.contains(lon: 1.5, lat: 1.5))  // in the hole
        #expect(!square.contains(lon: 5, lat: 1))
        #expect(square.bounds.maxLon == 4)
    }

    @Test func vendoredShanxiHoldsYanggaoAndItsSeat() throws {
        let counties = try CountyBoundaries.read(
            Self.root.appendingPathComponent("Networks/sources/boundaries/14.geojson").path)
        let yanggao = try #require(counties.first { $0.adcode == "140221" })
        #expect(yanggao.name == "阳高县")
        #expect(yanggao.contains(lon: 113.75, lat: 40.36))  // the county seat
        #expect(!yanggao.contains(lon: 112.55, lat: 37.87))  // Taiyuan
    }

    @Test func badFeatureIsNamed() {
        let json =
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},"geometry":null}]}"#
        #expect {
            _ = try CountyBoundaries.parse(Data(json.utf8), file: "bad.geojson")
        } throws: { error in
            "\(error)".contains("bad.geojson") && "\(error)".contains("feature 1")
        }
    }
}

// Tests of the GeoJSON format: feature layout, lon/lat order, the hubplan member, and located errors.
import Foundation
import Testing

@testable import RoadNetwork

@Suite struct GeoJSONFormatTests {
    @Test func nodesArePointsInLonLatOrderAndRoadsAreLines() throws {
        let network = try Samples.tinyRoads()
        let data = GeoJSONFormat.encode(network)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        #expect(lines[4].contains(#"{"type": "Point", "coordinates": [113.75, 40.36]}"#))
        #expect(lines[12].contains(#"{"type": "LineString", "coordinates": [[113.75, 40.36], [113.7, 40.3]]}"#))
        let value = try JSONValue.parse(data, file: "x")
        guard case .object(let top) = value,
            case .array(let features)? = top.first(where: { $0.key == "features" })?.value
        else {
            Issue.record("not a FeatureCollection"); return
        }
        #expect(features.count == network.nodes.count + network.edges.count)
        #expect(top.contains { $0.key == "hubplan" })
    }

    @Test func readsWhatItWrites() throws {
        let network = try Samples.tinyRoads()
        #expect(try GeoJSONFormat.decode(GeoJSONFormat.encode(network), file: "t.geojson") == network)
    }

    @Test func readsPlainGeoJSONWithoutTheHubplanMember() throws {
        let text = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [113.5, 40.2]},
               "properties": {"id": "a", "name": "A", "kind": "village", "county": "1", "parcels": {"sf": 2}}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [113.6, 40.2]},
               "properties": {"id": "b", "name": "B", "kind": "village", "county": "1"}},
              {"type": "Feature", "geometry": null, "properties": {"from": "a", "to": "b", "km": 9}}
            ]}
            """
        let network = try GeoJSONFormat.decode(Data(text.utf8), file: "/tmp/yanggao.geojson")
        #expect(network.name == "yanggao" && network.carriers == [Carrier(id: "sf", name: "sf")])
        #expect(network.nodes[0].lon == 113.5 && network.nodes[0].lat == 40.2 && network.edges.count == 1)
    }

    @Test func errorsPointIntoFeatures() {
        let text = """
            {"type": "FeatureCollection", "hubplan": {"format": "hubplan-network/1", "name": "x", "distance": {"circuity": -1}},
             "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [113.5, 95]}, "properties": {"id": "a", "name": "A", "kind": "township", "county": "1"}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [113.5, "x"]}, "properties": {"id": "b", "name": "B", "kind": "township"}},
              {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": []}, "properties": {"id": "c"}},
              {"type": "Feature", "geometry": null, "properties": {"from": "a", "to": "z", "km": 1}}
            ]}
            """
        let inspection = GeoJSONFormat.inspect(Data(text.utf8), file: "g.geojson")
        let paths = inspection.errors.map { $0.location.path ?? "" }
        #expect(paths.contains("features[0].geometry.coordinates[1]"))
        #expect(paths.contains("features[1].geometry.coordinates[1]"))
        #expect(paths.contains("features[1].properties.county"))
        #expect(paths.contains("features[2]"))
        #expect(paths.contains("features[3].properties.to"))
        #expect(paths.contains("hubplan.distance.circuity"))
    }
}

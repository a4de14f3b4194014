// Tests of the canonical JSON format: exact text round trips, number spelling, and reading every problem.
import Foundation
import SolverControl
import Testing

@testable import RoadNetwork

@Suite struct CanonicalJSONTests {
    @Test func readsTheSampleField() throws {
        let network = try Samples.tinyRoads()
        #expect(network.name == "Tiny Yanggao")
        #expect(network.nodes.count == 8 && network.edges.count == 8 && network.carriers.count == 3)
        #expect(network.distance == DistanceSettings(roads: .complete, circuity: 1.3, speedKmh: 40))
        let v1 = network.nodes[2]
        #expect(v1.id == "v1" && v1.kind == .village && v1.county == "140221")
        #expect(v1.parcels == ["ems": 5, "zto": 8])
        #expect(v1.pickups == Pickups(perDay: 30, coldChain: true, product: "apricot"))
        #expect(v1.serviceMinutes == 4.5 && v1.tags.isEmpty && v1.site == nil)
        #expect(network.nodes[0].site == SiteInfo(fixedCost: 2_000_000, capacity: 20000, existing: true))
        #expect(network.edges[7] == Edge(from: "v2", to: "t1", km: 11, oneWay: true))
    }

    @Test(arguments: ["tiny-roads.json", "tiny-noroads.json"])
    func writesTheSampleBackByteForByte(name: String) throws {
        let original = try Samples.data(name)
        let network = try CanonicalJSON.decode(original, file: name)
        #expect(
            String(decoding: CanonicalJSON.encode(network), as: UTF8.self) == String(decoding: original, as: UTF8.self))
    }

    @Test func spellsNumbersShortAndExact() {
        #expect(JSONText.number(0.3) == "0.3")
        #expect(JSONText.number(120) == "120")
        #expect(JSONText.number(-0.0) == "0")
        #expect(JSONText.number(1e-5) == "1e-05")
        #expect(JSONText.number(2.5e20) == "2.5e+20")
        #expect(JSONText.number(.nan) == "null")
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let x = generator.nextDouble() * pow(10, Double(generator.next(below: 16)) - 8)
            #expect(Double(JSONText.number(x)) == x)
        }
    }

    @Test func escapesStringsAndKeepsChinese() {
        var out = ""
        JSONText.string("a\"b\\c\nd\u{01}阳高", into: &out)
        #expect(out == #""a\"b\\c\nd\u0001阳高""#)
    }

    @Test func reportsEveryStructuralProblemWithItsPath() {
        let text = """
            {"format": "hubplan-network/1", "name": "x", "nodes": [
              {"id": "a", "name": "A", "kind": "village", "county": "1", "lon": 1, "lat": "north"},
              {"name": "B", "kind": "hamlet", "lon": 1, "lat": 2, "colour": "red"}
            ]}
            """
        let inspection = CanonicalJSON.inspect(Data(text.utf8), file: "bad.json")
        let paths = inspection.errors.map { $0.location.path ?? "" }
        #expect(paths.contains("nodes[0].lat"))
        #expect(paths.contains("nodes[1].id"))
        #expect(paths.contains("nodes[1].kind"))
        #expect(inspection.warnings.map { $0.location.path } == ["nodes[1].colour"])
        #expect(inspection.errors.allSatisfy { $0.location.file == "bad.json" })
        #expect(throws: NetworkError.self) { try inspection.get() }
    }

    @Test func rejectsAMissingFormatTagAndGeoJSON() {
        let untagged = CanonicalJSON.inspect(Data(#"{"name": "x", "nodes": []}"#.utf8), file: "n.json")
        #expect(untagged.network == nil && untagged.errors.first?.kind == .unreadable)
        let geo = CanonicalJSON.inspect(Data(#"{"type": "FeatureCollection", "features": []}"#.utf8), file: "n.json")
        #expect(geo.errors.first?.message.contains(".geojson") == true)
        let broken = CanonicalJSON.inspect(Data("{\"format\": ".utf8), file: "n.json")
        #expect(broken.errors.first?.kind == .unreadable && broken.errors.first?.location.file == "n.json")
    }

    @Test func codableAgreesWithTheCanonicalForm() throws {
        let network = try Samples.tinyRoads()
        let data = try JSONEncoder().encode(network)
        #expect(try JSONDecoder().decode(Network.self, from: data) == network)
        let node = try JSONDecoder().decode(
            Node.self, from: Data(#"{"id": "v", "name": "V", "kind": "village", "lon": 1, "lat": 2}"#.utf8))
        #expect(node == Node(id: "v", name: "V", kind: .village, lon: 1, lat: 2))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Node.self, from: Data(#"{"id": "v", "kind": "village", "lon": 1, "lat": 2}"#.utf8))
        }
    }
}

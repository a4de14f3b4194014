// The synthetic OSM road graph: deterministic by seed, every place on a road, sized as asked, and a Datong county planned on it.
import Foundation
import RoadNetwork
import Testing

@testable import BenchmarkHarness

struct SyntheticOSMTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// Yanggao county (Datong) as the samples ship it: 20 places.
    static let yanggao = root.appendingPathComponent("Networks/samples/yanggao").path

    /// Node ids, their positions and every way's refs, read back from the XML.
    static func parse(_ xml: Data) -> (nodes: [Int: (Double, Double)], ways: [[Int]], tags: [String]) {
        let text = String(decoding: xml, as: UTF8.self)
        var nodes: [Int: (Double, Double)] = [:], ways: [[Int]] = [], tags: [String] = []
        for line in text.split(separator: "\n") {
            func attribute(_ name: String, _ in: Substring) -> Substring? {
                guard let r = `in`.range(of: " \(name)=\"") else { return nil }
                return `in`[r.upperBound...].prefix { $0 != "\"" }
            }
            if line.hasPrefix("<node") {
                nodes[Int(attribute("id", line)!)!] = (
                    Double(attribute("lon", line)!)!, Double(attribute("lat", line)!)!
                )
            } else if line.hasPrefix("<way") {
                ways.append(
                    line.components(separatedBy: "<nd ref=\"").dropFirst().map { Int($0.prefix { $0.isNumber })! })
                tags.append(
                    String(attribute("v", Substring(line.components(separatedBy: "k=\"highway\"").last!)) ?? ""))
            }
        }
        return (nodes, ways, tags)
    }

    @Test func sameSeedSameFileAndEveryPlaceIsARoadNode() throws {
        let network = try NetworkFile.read(Self.yanggao)
        let (a, stats) = SyntheticOSM.generate(network: network, targetNodes: 5_000, seed: 3)
        let (b, _) = SyntheticOSM.generate(network: network, targetNodes: 5_000, seed: 3)
        let (c, _) = SyntheticOSM.generate(network: network, targetNodes: 5_000, seed: 4)
        #expect(a == b && a != c)
        let osm = Self.parse(a)
        #expect(osm.nodes.count == stats.nodes && osm.ways.count == stats.ways)
        #expect(abs(stats.nodes - 5_000) < 500, "\(stats)")
        // Each way names only nodes that exist; each place is node i + 1 at its own position, on some way.
        #expect(osm.ways.allSatisfy { $0.count >= 2 && $0.allSatisfy { osm.nodes[$0] != nil } })
        let onWays = Set(osm.ways.joined())
        for (i, place) in network.nodes.enumerated() {
            let p = osm.nodes[i + 1]!
            #expect(abs(p.0 - place.lon) < 1e-6 && abs(p.1 - place.lat) < 1e-6)
            #expect(
                onWays.contains(i + 1)
                    || network.nodes.contains { $0.id != place.id && $0.lon == place.lon && $0.lat == place.lat })
        }
        #expect(Set(osm.tags).isSuperset(of: ["track", "unclassified", "residential", "secondary"]))
    }

    @Test func theGraphIsConnected() throws {
        let network = try NetworkFile.read(Self.yanggao)
        let osm = Self.parse(SyntheticOSM.generate(network: network, targetNodes: 5_000, seed: 1).xml)
        var parent = Dictionary(uniqueKeysWithValues: osm.nodes.keys.map { ($0, $0) })
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x]! != x { x = parent[x]! }
            return x
        }
        for way in osm.ways { for (p, q) in zip(way, way.dropFirst()) { parent[find(p)] = find(q) } }
        let onWays = Set(osm.ways.joined())
        #expect(Set(onWays.map(find)).count == 1)
    }
}

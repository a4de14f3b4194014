// Test support: a small OpenStreetMap file written by the tests, and the same roads as a HubPlan network.
import Foundation

@testable import RoadNetwork

/// A 5 x 5 grid of residential streets 0.01 degrees apart at (113 E, 40 N):
/// - a river runs between rows 2 and 3; only column 4 crosses it, by a bridge;
/// - row 0 is one-way eastbound;
/// - west of the grid a two-way motorway joins (0,1) and (0,3) by two ramps; the van profile may not use it.
///
/// Hand-computed lengths (haversine, R = 6371.0088 km): one column step dx = 0.01 deg of longitude at 40 N
/// = 0.8518 km; one row step dy = 0.01 deg of latitude = 1.1120 km.
enum GridOSM {
    static let lon0 = 113.0, lat0 = 40.0, step = 0.01
    static let dx = greatCircleKm(lon1: 113.0, lat1: 40.0, lon2: 113.01, lat2: 40.0)
    static let dy = greatCircleKm(lon1: 113.0, lat1: 40.0, lon2: 113.0, lat2: 40.01)

    struct Way { var nodes: [Int]; var tags: [String: String] }

    /// OSM node id of grid point (column i, row j).
    static func id(_ i: Int, _ j: Int) -> Int { 1000 + 10 * i + j }
    /// Position of grid point (i, j).
    static func point(_ i: Int, _ j: Int) -> (lon: Double, lat: Double) {
        (lon0 + step * Double(i), lat0 + step * Double(j))
    }

    static let extraNodes: [Int: (lon: Double, lat: Double)] = [
        1: (112.99, 40.01), 2: (112.99, 40.03),  // motorway ends
        3: (112.98, 40.025), 4: (113.05, 40.025),  // river
    ]

    static var nodes: [Int: (lon: Double, lat: Double)] {
        var all = extraNodes
        for i in 0..<5 { for j in 0..<5 { all[id(i, j)] = point(i, j) } }
        return all
    }

    static var ways: [Way] {
        var ways: [Way] = []
        for j in 0..<5 {
            ways.append(
                Way(
                    nodes: (0..<5).map { id($0, j) },
                    tags: j == 0 ? ["highway": "residential", "oneway": "yes"] : ["highway": "residential"]))
        }
        for i in 0..<5 {
            ways.append(Way(nodes: (0..<3).map { id(i, $0) }, tags: ["highway": "residential"]))
            ways.append(Way(nodes: (3..<5).map { id(i, $0) }, tags: ["highway": "residential"]))
        }
        ways.append(Way(nodes: [id(4, 2), id(4, 3)], tags: ["highway": "residential", "bridge": "yes"]))
        ways.append(Way(nodes: [1, 2], tags: ["highway": "motorway", "oneway": "no"]))
        ways.append(Way(nodes: [id(0, 1), 1], tags: ["highway": "motorway_link", "oneway": "no"]))
        ways.append(Way(nodes: [2, id(0, 3)], tags: ["highway": "motorway_link", "oneway": "no"]))
        ways.append(Way(nodes: [3, 4], tags: ["waterway": "river"]))
        return ways
    }

    /// The grid as OSM XML (API 0.6).
    static func xml() -> String {
        var out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<osm version=\"0.6\" generator=\"hubplan-tests\">"]
        for (id, p) in nodes.sorted(by: { $0.key < $1.key }) {
            out.append(String(format: "<node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>", id, p.lat, p.lon))
        }
        for (w, way) in ways.enumerated() {
            let refs = way.nodes.map { "<nd ref=\"\($0)\"/>" }.joined()
            let tags = way.tags.sorted { $0.key < $1.key }.map { "<tag k=\"\($0.key)\" v=\"\($0.value)\"/>" }.joined()
            out.append("<way id=\"\(w + 1)\" version=\"1\">\(refs)\(tags)</way>")
        }
        out.append("</osm>")
        return out.joined(separator: "\n") + "\n"
    }

    /// Writes `grid.osm` into `folder` and returns its path.
    static func write(to folder: String) throws -> String {
        let path = folder + "/grid.osm"
        try Data(xml().utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The same roads as a HubPlan network (one node per OSM node, one edge per way segment, km by haversine,
    /// car.lua's speeds: residential 25, motorway 90, ramps 45 km/h), without motorways when `motorways` is
    /// false: what the project's own Dijkstra searches.
    static func network(motorways: Bool) -> Network {
        let all = nodes.sorted { $0.key < $1.key }
        var network = Network(name: "grid", counties: [County(code: "100001", name: "Grid")])
        network.nodes = all.map {
            Node(
                id: "n\($0.key)", name: "n\($0.key)", kind: .village, county: "100001", lon: $0.value.lon,
                lat: $0.value.lat)
        }
        let speeds = ["residential": 25.0, "motorway": 90, "motorway_link": 45]
        for way in ways where way.tags["highway"] != nil {
            if !motorways, way.tags["highway"]!.hasPrefix("motorway") { continue }
            for (a, b) in zip(way.nodes, way.nodes.dropFirst()) {
                let p = nodes[a]!, q = nodes[b]!
                network.edges.append(
                    Edge(
                        from: "n\(a)", to: "n\(b)",
                        km: greatCircleKm(lon1: p.lon, lat1: p.lat, lon2: q.lon, lat2: q.lat),
                        speedKmh: speeds[way.tags["highway"]!]!, oneWay: way.tags["oneway"] == "yes"))
            }
        }
        network.distance.roads = .partial
        return network
    }
}

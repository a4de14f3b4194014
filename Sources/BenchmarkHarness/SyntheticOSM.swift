// A synthetic OpenStreetMap road graph over a network's extent, for road-distance benchmarks without a real extract.
import Foundation
import RoadNetwork
import SolverControl

/// Generates an OSM XML road graph around a network's places, deterministic by seed.
///
/// Roads (every network node is the end of a road, so OSRM snaps it at 0 km):
/// - `trunk` from each county seat to its two nearest county seats, and from each gateway (a city outside the
///   region) to its nearest county seat;
/// - `secondary` from each township seat (the first candidate site of a township) to its county seat;
/// - `unclassified` (villages) or `residential` (communities) from each demand point to the nearest of its
///   township seat and the demand points of its township that lie nearer that seat: a branching tree, as village
///   roads grow;
/// - `tertiary` from every other site (hubs, parks, depots) to its nearest county seat;
/// - `track` (`tracktype=grade3`) on a square grid over the extent of the places that have a county, with a
///   shape point every `spacingKm`; the grid's pitch is chosen so the file has about `targetNodes` nodes.
///
/// Roads cross the tracks at shared nodes, so the whole graph is connected; roads cross one another without a
/// junction (as on bridges). Each road bends by a seeded sine (amplitude 2-6% of its length), so a road is a
/// little longer than the straight line and paths are not all straight. Used by `hubplan-bench osm`.
public struct SyntheticOSM {
    /// What was generated.
    public struct Stats: Sendable, Equatable {
        /// OSM nodes and ways written.
        public var nodes: Int
        public var ways: Int
        /// Nodes on roads (network places and shape points) and on the track grid (with crossings).
        public var roadNodes: Int
        public var trackNodes: Int
        /// Distance between neighbouring grid lines, degrees.
        public var gridDegrees: Double
    }

    private var lon: [Double] = []
    private var lat: [Double] = []
    private var ways: [(nodes: [Int], tags: [(String, String)])] = []
    private var rng: SeededGenerator
    private let spacingKm: Double

    private init(seed: UInt64, spacingKm: Double) {
        rng = SeededGenerator(seed: seed)
        self.spacingKm = spacingKm
    }

    /// The OSM XML and its figures for `network`, about `targetNodes` nodes, shape points `spacingKm` apart.
    public static func generate(
        network: Network, targetNodes: Int, seed: UInt64, spacingKm: Double = 0.2
    ) -> (xml: Data, stats: Stats) {
        var g = SyntheticOSM(seed: seed, spacingKm: spacingKm)
        let placeNodes = network.nodes.map { g.addNode($0.lon, $0.lat) }
        g.addRoads(network, placeNodes)
        let roadNodes = g.lon.count
        let grid = TrackGrid(network: network, step: spacingKm / 110.57, targetNodes: max(0, targetNodes - roadNodes))
        g.addTracks(grid)
        let stats = Stats(
            nodes: g.lon.count, ways: g.ways.count, roadNodes: roadNodes, trackNodes: g.lon.count - roadNodes,
            gridDegrees: grid.pitch)
        return (g.xml(), stats)
    }

    private mutating func addNode(_ x: Double, _ y: Double) -> Int {
        lon.append(x); lat.append(y)
        return lon.count - 1
    }

    /// The roads of the type's comment, in node order (so the same network and seed give the same file).
    private mutating func addRoads(_ network: Network, _ place: [Int]) {
        let nodes = network.nodes
        let seats = nodes.indices.filter { nodes[$0].kind == .countyCenter }
        func km(_ a: Int, _ b: Int) -> Double {
            greatCircleKm(lon1: nodes[a].lon, lat1: nodes[a].lat, lon2: nodes[b].lon, lat2: nodes[b].lat)
        }
        func nearestSeat(_ i: Int) -> Int? { seats.filter { $0 != i }.min { km(i, $0) < km(i, $1) } }
        var links: [(Int, Int)] = []
        for s in seats {
            for t in seats.filter({ $0 != s }).sorted(by: { km(s, $0) < km(s, $1) }).prefix(2) {
                links.append((min(s, t), max(s, t)))
            }
        }
        var previous: (Int, Int)?
        for (a, b) in links.sorted(by: { $0 < $1 }) where previous.map({ $0 != (a, b) }) ?? true {
            addRoad(place[a], place[b], "trunk")
            previous = (a, b)
        }
        var seatOfCounty: [String: Int] = [:], seatOfTownship: [String: Int] = [:]
        for s in seats { if let c = nodes[s].county, seatOfCounty[c] == nil { seatOfCounty[c] = s } }
        for (i, n) in nodes.enumerated() where n.kind == .candidateSite {
            if let t = n.township, seatOfTownship[t] == nil { seatOfTownship[t] = i }
        }
        // Demand points grouped by township (else county), each group a tree grown from its seat.
        var groups: [String: [Int]] = [:], order: [String] = []
        for (i, n) in nodes.enumerated() {
            switch n.kind {
            case .countyCenter: continue
            case .gateway:
                if let s = nearestSeat(i) { addRoad(place[i], place[s], "trunk") }
            case .village, .community, .township:
                let key = n.township.map { "t" + $0 } ?? "c" + (n.county ?? "")
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(i)
            default:
                let countySeat = n.county.flatMap { seatOfCounty[$0] } ?? nearestSeat(i)
                if let t = n.township, seatOfTownship[t] == i, let s = countySeat {
                    addRoad(place[i], place[s], "secondary")
                } else if let s = nearestSeat(i) {
                    addRoad(place[i], place[s], "tertiary")
                }
            }
        }
        for key in order {
            let members = groups[key]!
            let first = nodes[members[0]]
            guard
                let root = first.township.flatMap({ seatOfTownship[$0] }) ?? first.county.flatMap({ seatOfCounty[$0] })
                    ?? nearestSeat(members[0])
            else { continue }
            var grown = [root]
            for i in members.sorted(by: { (km(root, $0), $0) < (km(root, $1), $1) }) {
                let to = grown.min { (km(i, $0), $0) < (km(i, $1), $1) }!
                addRoad(place[i], place[to], nodes[i].kind == .community ? "residential" : "unclassified")
                grown.append(i)
            }
        }
    }

    /// A road from node `a` to node `b`: shape points every `spacingKm` along a seeded sine bend.
    private mutating func addRoad(_ a: Int, _ b: Int, _ highway: String) {
        let length = greatCircleKm(lon1: lon[a], lat1: lat[a], lon2: lon[b], lat2: lat[b])
        guard length > 0.001 else { return }
        let pieces = max(1, Int((length / spacingKm).rounded(.up)))
        let kx = greatCircleKm(lon1: 0, lat1: lat[a], lon2: 1, lat2: lat[a]), ky = 110.57
        // The unit normal in km, turned back into degrees per km.
        let dx = (lon[b] - lon[a]) * kx, dy = (lat[b] - lat[a]) * ky, norm = (dx * dx + dy * dy).squareRoot()
        let amplitude =
            length * (0.02 + 0.04 * Double(rng.next(below: 1000)) / 1000) * (rng.next(below: 2) == 0 ? 1 : -1)
        let waves = Double(1 + rng.next(below: 3))
        var refs = [a]
        for k in 1..<pieces {
            let t = Double(k) / Double(pieces), bend = amplitude * sin(Double.pi * waves * t)
            refs.append(
                addNode(
                    lon[a] + t * (lon[b] - lon[a]) - bend * dy / norm / kx,
                    lat[a] + t * (lat[b] - lat[a]) + bend * dx / norm / ky))
        }
        refs.append(b)
        ways.append((refs, [("highway", highway)]))
    }

    /// The track grid, with a shared node wherever a road crosses a grid line.
    private mutating func addTracks(_ grid: TrackGrid) {
        guard grid.columns > 0 else { return }
        // Each grid line's points as (position along the line, node); fine points first, crossings added.
        var vertical = [[(Double, Int)]](repeating: [], count: grid.columns)
        var horizontal = [[(Double, Int)]](repeating: [], count: grid.rows)
        for c in 0..<grid.columns {
            for m in 0..<grid.fineY { vertical[c].append((grid.y(m), addNode(grid.x(c * grid.ratio), grid.y(m)))) }
        }
        for r in 0..<grid.rows {
            for m in 0..<grid.fineX {
                let node =
                    m % grid.ratio == 0 && m / grid.ratio < grid.columns
                    ? vertical[m / grid.ratio][r * grid.ratio].1 : addNode(grid.x(m), grid.y(r * grid.ratio))
                horizontal[r].append((grid.x(m), node))
            }
        }
        for w in ways.indices {
            var refs = [ways[w].nodes[0]]
            for (p, q) in zip(ways[w].nodes, ways[w].nodes.dropFirst()) {
                var crossings: [(Double, Int)] = []
                for c in grid.lines(from: lon[p], to: lon[q], origin: grid.x0, count: grid.columns) {
                    let x = grid.x(c * grid.ratio), t = (x - lon[p]) / (lon[q] - lon[p]),
                        y = lat[p] + t * (lat[q] - lat[p])
                    guard y >= grid.y0, y <= grid.y(grid.fineY - 1) else { continue }
                    let node = addNode(x, y)
                    vertical[c].append((y, node)); crossings.append((t, node))
                }
                for r in grid.lines(from: lat[p], to: lat[q], origin: grid.y0, count: grid.rows) {
                    let y = grid.y(r * grid.ratio), t = (y - lat[p]) / (lat[q] - lat[p]),
                        x = lon[p] + t * (lon[q] - lon[p])
                    guard x >= grid.x0, x <= grid.x(grid.fineX - 1) else { continue }
                    let node = addNode(x, y)
                    horizontal[r].append((x, node)); crossings.append((t, node))
                }
                refs += crossings.sorted { $0.0 < $1.0 }.map(\.1)
                refs.append(q)
            }
            ways[w].nodes = refs
        }
        for line in vertical + horizontal {
            ways.append((line.sorted { $0.0 < $1.0 }.map(\.1), [("highway", "track"), ("tracktype", "grade3")]))
        }
    }

    /// The file: nodes in id order, then ways (ids from 1).
    private func xml() -> Data {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"hubplan-bench osm\">\n"
        out.reserveCapacity(lon.count * 72 + ways.count * 200)
        for i in lon.indices {
            out +=
                "<node id=\"\(i + 1)\" version=\"1\" lat=\"\(Self.degrees(lat[i]))\" lon=\"\(Self.degrees(lon[i]))\"/>\n"
        }
        for (w, way) in ways.enumerated() {
            out += "<way id=\"\(w + 1)\" version=\"1\">"
            for n in way.nodes { out += "<nd ref=\"\(n + 1)\"/>" }
            for (k, v) in way.tags { out += "<tag k=\"\(k)\" v=\"\(v)\"/>" }
            out += "</way>\n"
        }
        out += "</osm>\n"
        return Data(out.utf8)
    }

    /// Seven decimals (about 1 cm), as OSM stores coordinates.
    private static func degrees(_ value: Double) -> String { String(format: "%.7f", value) }
}

/// The square grid of tracks: fine points `step` degrees apart, a grid line every `ratio` fine points.
struct TrackGrid {
    let x0: Double, y0: Double, step: Double
    /// Fine points across and up the extent; grid lines across (columns) and up (rows).
    let fineX: Int, fineY: Int, ratio: Int, columns: Int, rows: Int

    /// Sizes the grid over the extent of `network`'s places with a county (padded 0.02 degrees) so it has about
    /// `targetNodes` nodes.
    init(network: Network, step: Double, targetNodes: Int) {
        let inside = network.nodes.filter { $0.county != nil }
        let places = inside.isEmpty ? network.nodes : inside
        let west = (places.map(\.lon).min() ?? 0) - 0.02, east = (places.map(\.lon).max() ?? 0) + 0.02
        let south = (places.map(\.lat).min() ?? 0) - 0.02, north = (places.map(\.lat).max() ?? 0) + 0.02
        x0 = west; y0 = south; self.step = step
        let nx = Int((east - west) / step) + 1, ny = Int((north - south) / step) + 1
        fineX = nx; fineY = ny
        func count(_ r: Int) -> Int {
            let c = (nx - 1) / r + 1, w = (ny - 1) / r + 1
            return c * ny + w * nx - c * w
        }
        var best = 0
        if targetNodes > 0 {
            best = 2
            for r in 2...max(2, max(nx, ny)) where abs(count(r) - targetNodes) < abs(count(best) - targetNodes) {
                best = r
            }
        }
        ratio = max(best, 1)
        columns = best == 0 ? 0 : (fineX - 1) / best + 1
        rows = best == 0 ? 0 : (fineY - 1) / best + 1
    }

    /// Distance between neighbouring grid lines, degrees.
    var pitch: Double { Double(ratio) * step }
    func x(_ m: Int) -> Double { x0 + Double(m) * step }
    func y(_ m: Int) -> Double { y0 + Double(m) * step }

    /// The grid lines (by index) strictly between coordinates `a` and `b`.
    func lines(from a: Double, to b: Double, origin: Double, count: Int) -> [Int] {
        let lo = min(a, b), hi = max(a, b)
        let first = max(0, Int(((lo - origin) / pitch).rounded(.up))),
            last = min(count - 1, Int(((hi - origin) / pitch).rounded(.down)))
        guard first <= last else { return [] }
        return (first...last).filter {
            let v = origin + Double($0) * pitch
            return v > lo && v < hi
        }
    }
}

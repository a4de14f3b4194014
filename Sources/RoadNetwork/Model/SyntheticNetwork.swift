// Generated road networks of any size, for benchmarks and demonstrations (never a stand-in for real data).
import Foundation
import SolverControl

/// Reproducible synthetic networks.
public enum SyntheticNetwork {
    /// A planar road grid of `rows x cols` villages around Datong: each village joined to its east and south
    /// neighbours and to one diagonal neighbour of its cell (about 3 roads per village, no crossings), with
    /// jittered positions, road lengths 1.0-1.4 x the straight line and speeds of 30, 50 or 80 km/h.
    ///
    /// Coverage is `complete`. The same seed gives the same network.
    public static func grid(rows: Int, cols: Int, spacingKm: Double = 1.5, seed: UInt64) -> Network {
        var random = SeededGenerator(seed: seed)
        let kmPerDegreeLat = earthMeanRadiusKm * Double.pi / 180
        let (lon0, lat0) = (113.3, 40.1)
        let kmPerDegreeLon = kmPerDegreeLat * cos(lat0 * Double.pi / 180)
        var nodes: [Node] = []
        nodes.reserveCapacity(rows * cols)
        for r in 0..<rows {
            for c in 0..<cols {
                let x = (Double(c) + 0.6 * (random.nextDouble() - 0.5)) * spacingKm
                let y = (Double(r) + 0.6 * (random.nextDouble() - 0.5)) * spacingKm
                nodes.append(
                    Node(
                        id: "g\(r)-\(c)", name: "Village \(r)-\(c)", kind: .village, county: "140200",
                        lon: lon0 + x / kmPerDegreeLon, lat: lat0 + y / kmPerDegreeLat,
                        parcels: ["ems": 1]))
            }
        }
        let speeds = [30.0, 50.0, 80.0]
        var edges: [Edge] = []
        edges.reserveCapacity(3 * rows * cols)
        func road(_ a: Int, _ b: Int) {
            let straight = greatCircleKm(lon1: nodes[a].lon, lat1: nodes[a].lat, lon2: nodes[b].lon, lat2: nodes[b].lat)
            let km = straight * (1.0 + 0.4 * random.nextDouble())
            edges.append(
                Edge(
                    from: nodes[a].id, to: nodes[b].id, km: km,
                    speedKmh: speeds[random.next(below: speeds.count)]))
        }
        for r in 0..<rows {
            for c in 0..<cols {
                let v = r * cols + c
                if c + 1 < cols { road(v, v + 1) }
                if r + 1 < rows { road(v, v + cols) }
                if r + 1 < rows, c + 1 < cols {
                    if random.next(below: 2) == 0 { road(v, v + cols + 1) } else { road(v + 1, v + cols) }
                }
            }
        }
        return Network(
            name: "Synthetic grid \(rows)x\(cols) (seed \(seed))",
            carriers: [Carrier(id: "ems", name: "China Post / EMS", postal: true)],
            counties: [County(code: "140200", name: "大同市")],
            nodes: nodes, edges: edges, distance: DistanceSettings(roads: .complete))
    }
}

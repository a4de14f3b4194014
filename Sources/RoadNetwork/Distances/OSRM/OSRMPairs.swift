// Which pairs a plan needs, asked of OSRM tile by tile, turned into the network's distance pairs and snap report.
import Foundation

/// The road distances of a network from an OSRM server.
///
/// Pairs asked: every ordered pair within each county (assignment to a county's own centers and the county's
/// routes never leave it), and every ordered pair of sites (county centers, candidate sites, regional hubs,
/// carrier depots: centers to hubs to gateways). Nodes without a county count as sites. Pairs OSRM cannot
/// route are left out, so planning falls back to great-circle for them and names them.
public enum OSRMPairs {
    /// The result: pairs, each node's snap, and warnings (far snaps, unroutable pairs).
    public struct Result: Sendable {
        public var pairs: DistancePairs
        /// One per node, in node order.
        public var snaps: [OSRMTable.Snap]
        public var warnings: [String]
        /// Requests sent.
        public var requests: Int
    }

    /// The groups of node indices whose pairs are needed (see the type's comment).
    public static func groups(_ network: Network) -> [[Int]] {
        var byCounty: [String: [Int]] = [:], order: [String] = [], sites: [Int] = []
        for (i, node) in network.nodes.enumerated() {
            if node.site != nil || !node.kind.isDemandPoint || node.county == nil { sites.append(i) }
            guard let county = node.county else { continue }
            if byCounty[county] == nil { order.append(county) }
            byCounty[county, default: []].append(i)
        }
        return order.map { byCounty[$0]! } + (sites.count > 1 ? [sites] : [])
    }

    /// Asks `table` for every needed pair; `maxSnapKm` flags nodes far from any road.
    public static func compute(
        _ network: Network, table: OSRMTable, maxSnapKm: Double,
        progress: ((String) -> Void)? = nil
    ) throws(OSRMError) -> Result {
        let points = network.nodes.map { (lon: $0.lon, lat: $0.lat) }
        var snaps = [OSRMTable.Snap?](repeating: nil, count: points.count)
        var from: [String] = [], to: [String] = [], km: [Double] = [], minutes: [Double] = []
        var unroutable = 0, firstUnroutable: [String] = [], requests = 0
        let groups = groups(network)
        for (g, group) in groups.enumerated() {
            let tiles = stride(from: 0, to: group.count, by: table.batch).map {
                Array(group[$0..<min($0 + table.batch, group.count)])
            }
            for a in tiles {
                for b in tiles {
                    let answer = try table.query(sources: a.map { points[$0] }, destinations: b.map { points[$0] })
                    requests += 1
                    for (r, i) in a.enumerated() where snaps[i] == nil { snaps[i] = answer.sourceSnaps[r] }
                    for (r, i) in a.enumerated() {
                        for (c, j) in b.enumerated() where i != j {
                            guard let m = answer.metres[r][c], let s = answer.seconds[r][c] else {
                                unroutable += 1
                                if firstUnroutable.count < 10 {
                                    firstUnroutable.append("\(network.nodes[i].id) -> \(network.nodes[j].id)")
                                }
                                continue
                            }
                            from.append(network.nodes[i].id); to.append(network.nodes[j].id)
                            km.append(m / 1000); minutes.append(s / 60)
                        }
                    }
                }
            }
            progress?("roads: group \(g + 1)/\(groups.count), \(group.count) nodes, \(from.count) pairs")
        }
        var warnings: [String] = []
        let resolved = snaps.enumerated().map { i, s in
            s ?? OSRMTable.Snap(lon: points[i].lon, lat: points[i].lat, metres: 0)
        }
        for (i, snap) in resolved.enumerated() where snap.metres > maxSnapKm * 1000 {
            warnings.append(
                String(
                    format: "roads: node %@ is %.2f km from the nearest road (more than --max-snap-km %g)",
                    network.nodes[i].id, snap.metres / 1000, maxSnapKm))
        }
        if unroutable > 0 {
            warnings.append(
                "roads: \(unroutable) pairs have no road route (great-circle fallback when planning), e.g. "
                    + firstUnroutable.joined(separator: ", "))
        }
        return Result(
            pairs: DistancePairs(from: from, to: to, km: km, minutes: minutes), snaps: resolved,
            warnings: warnings, requests: requests)
    }
}

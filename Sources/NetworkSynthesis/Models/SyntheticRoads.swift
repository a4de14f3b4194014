// Stand-in road edges for test samples only: village to township seat to county seat, never for real networks.
import RoadNetwork

/// Straight-line edges that let tests exercise road handling on a sample; the shipped regional networks never
/// carry them (their `distance.roads` is `none`), and a sample that does says so in its description.
enum SyntheticRoads {
    /// One edge from each village to its township site (or the county center when that site is not kept), and
    /// one from each township site to its county center; length great-circle x `circuity`, to 0.01 km.
    static func edges(for nodes: [Node], circuity: Double) -> [Edge] {
        var centers: [String: Node] = [:], sites: [String: Node] = [:]
        for node in nodes {
            if node.kind == .countyCenter, let c = node.county { centers[c] = node }
            if node.kind == .candidateSite, let t = node.township { sites[t] = node }
        }
        func edge(_ a: Node, _ b: Node) -> Edge {
            let km = GeoPoint(lon: a.lon, lat: a.lat).kilometres(to: GeoPoint(lon: b.lon, lat: b.lat)) * circuity
            return Edge(from: a.id, to: b.id, km: (max(km, 0.01) * 100).rounded() / 100, name: "synthetic")
        }
        var edges: [Edge] = []
        for node in nodes {
            guard let county = node.county, let center = centers[county] else { continue }
            if node.kind.isDemandPoint {
                edges.append(edge(node, node.township.flatMap { sites[$0] } ?? center))
            } else if node.kind == .candidateSite, node.tags.contains("township-seat") {
                edges.append(edge(node, center))
            }
        }
        return edges
    }
}

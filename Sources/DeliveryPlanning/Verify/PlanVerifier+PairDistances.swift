// Road km and minutes of the (demand point, center) pairs a plan assigns, one county's matrix at a time.
import RoadNetwork

extension PlanVerifier {
    /// Km and minutes of each `(node, center)` pair, keyed `node * nodes + center`; the plan's assignments
    /// and each year's in a build-out (`ScheduleVerifier`) are priced by it.
    ///
    /// Computed county by county (the demand point's county): one matrix over every assigned demand point and
    /// every open center would hold 1.75 billion entries for the nation (615,089 villages x 2,842 centers,
    /// about 28 GB), where each village needs only its own center. A village sent to another county's center
    /// is a violation reported elsewhere; its pair is still priced, in its own county's matrix.
    static func pairDistances(
        _ pairs: [(node: Int, center: Int)], network: Network, roads: RoadDistances
    ) -> [Int: (km: Double, minutes: Double)] {
        var byCounty: [String: [(node: Int, center: Int)]] = [:]
        for p in pairs { byCounty[network.nodes[p.node].county ?? "", default: []].append(p) }
        var distance: [Int: (km: Double, minutes: Double)] = [:]
        distance.reserveCapacity(pairs.count)
        let n = network.nodes.count
        for county in byCounty.keys.sorted() {
            let group = byCounty[county]!
            let rows = Array(Set(group.map(\.node))).sorted(), cols = Array(Set(group.map(\.center))).sorted()
            let m = roads.matrix(from: rows, to: cols)
            let row = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
            let col = Dictionary(uniqueKeysWithValues: cols.enumerated().map { ($1, $0) })
            for p in group {
                distance[p.node &* n &+ p.center] = (
                    m.km(row[p.node]!, col[p.center]!), m.minutes(row[p.node]!, col[p.center]!)
                )
            }
        }
        return distance
    }
}

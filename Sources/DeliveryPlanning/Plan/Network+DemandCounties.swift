// The counties that have something to deliver: only they need a county center (县县有中心 where there is demand).
import RoadNetwork

extension Network {
    /// Codes of the counties with at least one demand point. A county without any (Fujian's Kinmen, 350527, has
    /// no village in the national tables) needs no center: the planner and the verifiers skip it alike.
    func countiesWithDemand() -> Set<String> {
        var codes = Set<String>()
        for node in nodes where node.kind.isDemandPoint { if let c = node.county { codes.insert(c) } }
        return codes
    }
}

// One shard's network cut out of a larger one: the shard's counties, their nodes and the roads between them.
import RoadNetwork

extension Shard {
    /// `network` restricted to this shard's counties: their nodes (nodes of no county, such as gateways, go with
    /// the cross-shard hub stage) and the edges with both ends kept.
    ///
    /// Bad input naming the shard when a county of the shard is not in `network`.
    public func network(cutFrom network: Network) throws(PlanError) -> Network {
        let wanted = Set(counties)
        let present = Set(network.counties.map(\.code))
        if let missing = counties.first(where: { !present.contains($0) }) {
            throw .badInput("shard \(id) (region \(region)): county \(missing) is not in network '\(network.name)'")
        }
        var cut = network
        cut.name = "\(network.name) shard \(id) (\(region))"
        cut.counties = network.counties.filter { wanted.contains($0.code) }
        cut.nodes = network.nodes.filter { wanted.contains($0.county ?? "") }
        let kept = Set(cut.nodes.map(\.id))
        cut.edges = network.edges.filter { kept.contains($0.from) && kept.contains($0.to) }
        return cut
    }
}

// Validation of roads and of how well they connect the nodes.

extension ValidationPass {
    mutating func checkEdges() {
        for (i, edge) in network.edges.enumerated() {
            let owner = "road \(edge.from) -> \(edge.to)"
            for (field, id) in [("from", edge.from), ("to", edge.to)] where nodeIndex[id] == nil {
                error(.unknownNode, source.edge(i, field), "\(owner): unknown node \"\(id)\"")
            }
            if edge.from == edge.to {
                error(.selfLoop, source.edge(i, "to"), "\(owner): a road from a node to itself")
            }
            quantity(edge.km, source.edge(i, "km"), owner, "km")
            quantity(edge.minutes, source.edge(i, "minutes"), owner, "minutes")
            quantity(edge.speedKmh, source.edge(i, "speedKmh"), owner, "speedKmh", positive: true)
        }
    }

    /// Nodes outside the main strongly connected road component: an error per node when coverage is
    /// `complete`, one summary warning when `partial` (the fallback serves them), nothing when `none`.
    mutating func checkReachability() {
        guard network.distance.roads != .none, network.nodes.count > 1 else { return }
        let graph = RoadGraph(network: network)
        let components = graph.stronglyConnectedComponents()
        guard components.count > 1, let main = components.largest else { return }
        let outside = (0..<network.nodes.count).filter { components.label[$0] != main }
        let mainSize = components.sizes[Int(main)]
        if network.distance.roads == .complete {
            for i in outside {
                error(
                    .unreachable, source.node(i),
                    "node \"\(network.nodes[i].id)\" is not connected both ways by road to the main road network (\(mainSize) of \(network.nodes.count) nodes); roads are \"complete\""
                )
            }
        } else {
            let sample = outside.prefix(10).map { "\"\(network.nodes[$0].id)\"" }.joined(separator: ", ")
            warning(
                .unreachable, source.network("distance.roads"),
                "\(outside.count) of \(network.nodes.count) nodes are not connected both ways by road to the main road network; the great-circle fallback serves them (\(sample)\(outside.count > 10 ? ", ..." : ""))"
            )
        }
    }
}

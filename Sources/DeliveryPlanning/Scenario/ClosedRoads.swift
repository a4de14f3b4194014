// A scenario's closed roads on every distance source: edges of the network's own roads, or OpenStreetMap ways.
import RoadNetwork
import Yams

/// Closes roads for a scenario, on whatever the network's distances come from.
///
/// - `great-circle` (the network's own `edges`): `closed_roads: [{from, to}]` removes the edge between those two
///   nodes in both directions; paths are searched again without it (`RoadDistances`).
/// - `osm`: the pairs are shortest paths OSRM found on the extract, and which pairs a closed road lengthens only
///   the road graph knows. A road is an OpenStreetMap way, so the scenario names it by way id
///   (`closed_ways: [ID]`), and the pairs must have been computed with it closed: `hubplan network roads
///   --close-way ID` rebuilds them and records it in `distance.closedWays`. A scenario closing a way the
///   network's pairs still use is bad input that says which command rebuilds them, never a plan that ignores
///   the closure.
/// - `matrix`: the same rule (the planner who computed the pairs without some ways lists them in
///   `distance.closedWays`); a matrix holds travel between places, not the roads taken, so nothing can be
///   recomputed from it.
///
/// `closed_roads: [{from, to}]` on `osm` or `matrix` pairs is bad input: the pairs have no road between two
/// places to take out, and removing the pair would fall back to great-circle, shorter than the road it replaces.
public enum ClosedRoads {
    /// Applies the scenario's `closed_roads` and checks its `closed_ways` against `network`'s distances.
    public static func apply(_ scenario: Scenario, to network: inout Network) throws(PlanError) {
        let source = network.distance.source
        if source.usesPairsFile {
            if let road = scenario.closedRoads.first {
                throw .badInput(
                    "scenario closed_roads[0]: \(network.name) takes its distances from \(source.rawValue) pairs, "
                        + "which have no road between \"\(road.from)\" and \"\(road.to)\" to take out; name the "
                        + "closed OpenStreetMap ways in closed_ways and compute the pairs without them "
                        + "(hubplan network roads NETWORK --osm EXTRACT --close-way ID --out DIR)")
            }
            for (i, way) in scenario.closedWays.enumerated() where !network.distance.closedWays.contains(way) {
                let recorded = network.distance.closedWays.map(String.init).joined(separator: ", ")
                throw .badInput(
                    "scenario closed_ways[\(i)]: way \(way) is open in the \(source.rawValue) distances of "
                        + "\(network.name) (distance.closedWays: [\(recorded)]); compute them with it closed: "
                        + "hubplan network roads NETWORK --osm EXTRACT --close-way "
                        + (network.distance.closedWays + scenario.closedWays).map(String.init).joined(separator: ",")
                        + " --out DIR, then plan on DIR")
            }
            return
        }
        if !scenario.closedWays.isEmpty {
            throw .badInput(
                "scenario closed_ways: \(network.name) measures distances on great-circle and its own edges, "
                    + "which are not OpenStreetMap ways; close its roads with closed_roads: [{from, to}]")
        }
        for (i, road) in scenario.closedRoads.enumerated() {
            let before = network.edges.count
            network.edges.removeAll {
                ($0.from == road.from && $0.to == road.to) || ($0.from == road.to && $0.to == road.from)
            }
            if network.edges.count == before {
                throw .badInput(
                    "scenario closed_roads[\(i)]: \(network.name) has no road between \"\(road.from)\" and \"\(road.to)\""
                )
            }
        }
    }

    /// Reads `closed_ways: [ID, ...]` (OpenStreetMap way ids, whole numbers >= 1), each once, ascending.
    static func ways(_ top: inout ScenarioFields) throws(PlanError) -> [Int64] {
        guard let value = top.node("closed_ways") else { return [] }
        var items = [value]
        if let list = value.sequence { items = Array(list) }
        var ways: [Int64] = []
        for (i, item) in items.enumerated() {
            guard item.scalar != nil, let text = item.string, let way = Int64(text), way >= 1 else {
                throw top.fail("closed_ways[\(i)]", item, "expected an OpenStreetMap way id (a whole number >= 1)")
            }
            ways.append(way)
        }
        return Array(Set(ways)).sorted()
    }
}

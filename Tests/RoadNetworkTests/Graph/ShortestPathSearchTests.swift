// Dijkstra against Floyd-Warshall on random directed graphs, with both metrics and early stopping.
import Testing

@testable import RoadNetwork

@Suite struct ShortestPathSearchTests {
    /// Lexicographic (primary, secondary) all-pairs shortest paths by Floyd-Warshall, the independent check.
    private func floydWarshall(_ graph: RoadGraph, _ metric: RoadMetric) -> (primary: [[Double]], secondary: [[Double]])
    {
        let n = graph.nodeCount
        var p = Array(repeating: Array(repeating: Double.infinity, count: n), count: n)
        var s = p
        for v in 0..<n { p[v][v] = 0; s[v][v] = 0 }
        for v in 0..<n {
            for a in graph.arcs(from: v) {
                let w = Int(graph.targets[a])
                let (pa, sa) = metric == .km ? (graph.km[a], graph.minutes[a]) : (graph.minutes[a], graph.km[a])
                if pa < p[v][w] || (pa == p[v][w] && sa < s[v][w]) { p[v][w] = pa; s[v][w] = sa }
            }
        }
        for k in 0..<n {
            for i in 0..<n where p[i][k] < .infinity {
                for j in 0..<n {
                    let pp = p[i][k] + p[k][j], ss = s[i][k] + s[k][j]
                    if pp < p[i][j] || (pp == p[i][j] && ss < s[i][j]) { p[i][j] = pp; s[i][j] = ss }
                }
            }
        }
        return (p, s)
    }

    @Test(
        arguments: [(1, RoadMetric.km), (2, .minutes), (3, .km), (4, .minutes), (5, .minutes)] as [(UInt64, RoadMetric)]
    )
    func dijkstraEqualsFloydWarshall(seed: UInt64, metric: RoadMetric) {
        let graph = RandomNetworks.graph(nodes: 40, arcs: 110, seed: seed)
        let (p, s) = floydWarshall(graph, metric)
        var search = ShortestPathSearch(graph: graph, metric: metric)
        for source in 0..<graph.nodeCount {
            search.run(from: source)
            for target in 0..<graph.nodeCount {
                let km = metric == .km ? p[source][target] : s[source][target]
                let minutes = metric == .km ? s[source][target] : p[source][target]
                #expect(search.km(to: target) == km, "km \(source) -> \(target)")
                #expect(search.minutes(to: target) == minutes, "minutes \(source) -> \(target)")
                #expect(search.reached(target) == (p[source][target] < .infinity))
            }
        }
    }

    /// With `.km` first, the random graphs have zero-length arcs, so ties in km must still settle minutes.
    @Test(arguments: RoadMetric.allCases)
    func stoppingAtTargetsGivesTheSameDistances(metric: RoadMetric) {
        let graph = RandomNetworks.graph(nodes: 60, arcs: 200, seed: 9)
        var full = ShortestPathSearch(graph: graph, metric: metric),
            early = ShortestPathSearch(graph: graph, metric: metric)
        let targets = [3, 17, 17, 42, 5]
        for source in 0..<graph.nodeCount {
            full.run(from: source)
            early.run(from: source, targets: targets)
            for t in targets where full.reached(t) {
                #expect(early.km(to: t) == full.km(to: t) && early.minutes(to: t) == full.minutes(to: t))
            }
        }
    }

    @Test func oneWayRoadsAreDirected() throws {
        let network = try Samples.tinyRoads()
        let index = network.nodeIndexByID()
        var search = ShortestPathSearch(graph: RoadGraph(network: network), metric: .km)
        // v2 -> t1 is one-way 11 km; t1 -> v2 must go round by cc1: 9.5 + 7.1.
        search.run(from: index["v2"]!)
        #expect(search.km(to: index["t1"]!) == 11)
        search.run(from: index["t1"]!)
        #expect(search.km(to: index["v2"]!) == 9.5 + 7.1)
        // t1 -> v1 has no time: 5.2 km at its own 30 km/h is 10.4 minutes.
        #expect(abs(search.minutes(to: index["v1"]!) - 10.4) < 1e-9)
    }
}

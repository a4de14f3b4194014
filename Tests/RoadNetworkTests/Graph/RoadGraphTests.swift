// The CSR road graph and its weak and strong components.
import Testing

@testable import RoadNetwork

@Suite struct RoadGraphTests {
    @Test func twoWayRoadsGiveTwoArcsAndBadRoadsAreSkipped() throws {
        var network = try Samples.tinyRoads()
        network.edges.append(Edge(from: "v1", to: "ghost", km: 1))
        network.edges.append(Edge(from: "v1", to: "v1", km: 1))
        let graph = RoadGraph(network: network)
        #expect(graph.nodeCount == 8 && graph.arcCount == 7 * 2 + 1)
        #expect(graph.offsets.count == 9 && graph.offsets.last == Int32(graph.arcCount))
    }

    @Test func componentsRespectDirectionOnlyWhenAsked() {
        // 0 -> 1 -> 2 -> 0 is a cycle; 3 -> 0 is one-way; 4 is alone.
        let arcs = [(0, 1), (1, 2), (2, 0), (3, 0)].map {
            RoadGraph.Arc(from: Int32($0.0), to: Int32($0.1), km: 1, minutes: 1)
        }
        let graph = RoadGraph(nodeCount: 5, arcs: arcs)
        let weak = graph.weaklyConnectedComponents()
        #expect(weak.count == 2 && weak.sizes == [4, 1] && weak.label == [0, 0, 0, 0, 1] && weak.singletons == 1)
        let strong = graph.stronglyConnectedComponents()
        #expect(strong.count == 3 && strong.largest.map { strong.sizes[Int($0)] } == 3)
        #expect(
            strong.label[0] == strong.label[1] && strong.label[1] == strong.label[2]
                && strong.label[3] != strong.label[0])
    }

    @Test func aLongChainDoesNotOverflowTheStack() {
        let n = 200_000
        let arcs = (0..<n - 1).map { RoadGraph.Arc(from: Int32($0), to: Int32($0 + 1), km: 1, minutes: 1) }
        #expect(RoadGraph(nodeCount: n, arcs: arcs).stronglyConnectedComponents().count == n)
    }
}

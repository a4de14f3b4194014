// Test support: random networks that use every field and every awkward character, and random road graphs.
import SolverControl

@testable import RoadNetwork

enum RandomNetworks {
    /// A valid network (roads `partial`) whose optional fields are present at random, with names holding
    /// commas, quotes, line breaks and Chinese, and numbers with full double precision.
    static func network(nodes count: Int, edges edgeCount: Int, seed: UInt64) -> Network {
        var g = SeededGenerator(seed: seed)
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { g.next(below: 2) == 0 ? value() : nil }
        func text(_ prefix: String) -> String {
            let pieces = ["村", "镇, 东", "\"老\" 站", "a\nb", " spaced ", "x;y", "Ω"]
            return prefix + pieces[g.next(below: pieces.count)]
        }
        let carriers = [
            Carrier(id: "ems", name: "China Post, EMS", postal: true), Carrier(id: "sf", name: "SF \"顺丰\""),
            Carrier(id: "jt", name: "J&T"),
        ]
        let counties = [
            County(code: "140221", name: "阳高县", population: 230_000.5), County(code: "140222", name: "天镇县"),
        ]
        var nodes: [Node] = []
        for i in 0..<count {
            // Gateways need their flows (NetworkValidator), which these random nodes do not draw.
            let kinds = NodeKind.allCases.filter { $0 != .gateway }
            let kind = kinds[g.next(below: kinds.count)]
            var node = Node(
                id: "n\(i)", name: text("名\(i)"), kind: kind,
                county: kind.isDemandPoint || g.next(below: 2) == 0 ? counties[g.next(below: 2)].code : nil,
                township: maybe("t\(g.next(below: 5))"),
                lon: 113 + g.nextDouble(), lat: 40 + g.nextDouble(),
                population: maybe(Double(g.next(below: 3000))))
            for carrier in carriers where g.next(below: 2) == 0 { node.parcels[carrier.id] = g.nextDouble() * 50 }
            node.pickups = maybe(
                Pickups(
                    perDay: g.nextDouble() * 20, coldChain: g.next(below: 2) == 0,
                    product: maybe("杏 apricot")))
            node.serviceMinutes = maybe(Double(g.next(below: 20)) / 2)
            if g.next(below: 3) == 0 {
                let open = Double(g.next(below: 600))
                node.timeWindow = TimeWindow(open: open, close: open + Double(g.next(below: 600)))
            }
            if g.next(below: 3) == 0 {
                node.site = SiteInfo(
                    fixedCost: maybe(g.nextDouble() * 1e6), capacity: maybe(Double(g.next(below: 9000))),
                    existing: g.next(below: 2) == 0)
            }
            if kind == .carrierDepot { node.carrier = carriers[g.next(below: carriers.count)].id }
            if g.next(below: 3) == 0 { node.tags = ["bus-station", "物流园, 北"].filter { _ in g.next(below: 2) == 0 } }
            nodes.append(node)
        }
        var edges: [Edge] = []
        while edges.count < edgeCount, count > 1 {
            let a = g.next(below: count), b = g.next(below: count)
            guard a != b else { continue }
            edges.append(
                Edge(
                    from: nodes[a].id, to: nodes[b].id, km: g.nextDouble() * 30,
                    minutes: maybe(g.nextDouble() * 40), speedKmh: maybe(Double(20 + g.next(below: 60))),
                    oneWay: g.next(below: 4) == 0, name: maybe(text("G"))))
        }
        return Network(
            name: "Random, \"seed\" \(seed)", description: maybe("line one\nline two, 二"),
            carriers: carriers, counties: counties, nodes: nodes, edges: edges,
            distance: DistanceSettings(roads: .partial, circuity: 1.25 + g.nextDouble() / 10, speedKmh: 35.5))
    }

    /// A random directed graph on `n` nodes with small integer weights, so sums are exact and ties common.
    static func graph(nodes n: Int, arcs m: Int, seed: UInt64) -> RoadGraph {
        var g = SeededGenerator(seed: seed)
        var arcs: [RoadGraph.Arc] = []
        for _ in 0..<m {
            let a = Int32(g.next(below: n)), b = Int32(g.next(below: n))
            arcs.append(
                RoadGraph.Arc(from: a, to: b, km: Double(g.next(below: 10)), minutes: Double(1 + g.next(below: 10))))
        }
        return RoadGraph(nodeCount: n, arcs: arcs)
    }
}

// Connected components of the road graph: weak (ignoring direction) for reports, strong for reachability.

/// A partition of a graph's nodes into components.
public struct RoadComponents: Sendable, Hashable {
    /// Component of each node, `0..<count`, numbered in order of each component's first node.
    public let label: [Int32]
    /// Size of each component.
    public let sizes: [Int]

    /// Number of components.
    public var count: Int { sizes.count }
    /// The largest component (the first of equal size), or nil for an empty graph.
    public var largest: Int32? {
        guard let top = sizes.indices.max(by: { sizes[$0] < sizes[$1] || (sizes[$0] == sizes[$1] && $0 > $1) }) else {
            return nil
        }
        return Int32(top)
    }
    /// Nodes alone in their component.
    public var singletons: Int { sizes.lazy.filter { $0 == 1 }.count }

    /// Renumbers raw labels so components are numbered in order of their first node (deterministic output).
    init(raw: [Int32]) {
        var map = [Int32](repeating: -1, count: raw.count)
        var label = [Int32](repeating: 0, count: raw.count)
        var sizes: [Int] = []
        for v in raw.indices {
            let r = Int(raw[v])
            if map[r] < 0 { map[r] = Int32(sizes.count); sizes.append(0) }
            label[v] = map[r]
            sizes[Int(map[r])] += 1
        }
        self.label = label; self.sizes = sizes
    }
}

extension RoadGraph {
    /// Components when every road may be driven both ways (union-find with path halving).
    public func weaklyConnectedComponents() -> RoadComponents {
        var parent = (0..<Int32(nodeCount)).map { $0 }
        func find(_ x: Int32) -> Int32 {
            var x = x
            while parent[Int(x)] != x {
                parent[Int(x)] = parent[Int(parent[Int(x)])]
                x = parent[Int(x)]
            }
            return x
        }
        for v in 0..<nodeCount {
            for a in arcs(from: v) {
                let (rv, rw) = (find(Int32(v)), find(targets[a]))
                if rv != rw { parent[Int(max(rv, rw))] = min(rv, rw) }
            }
        }
        return RoadComponents(raw: (0..<Int32(nodeCount)).map { find($0) })
    }

    /// Components in which every node reaches every other along the arcs (Tarjan's algorithm, iterative so
    /// a long chain of villages cannot overflow the stack).
    public func stronglyConnectedComponents() -> RoadComponents {
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n), low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n), component = [Int32](repeating: -1, count: n)
        var stack: [Int32] = [], frames: [(node: Int32, arc: Int32)] = []
        var counter: Int32 = 0, components: Int32 = 0
        for root in 0..<n where index[root] < 0 {
            frames.append((Int32(root), offsets[root]))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            while let frame = frames.last {
                let v = Int(frame.node)
                if frame.arc < offsets[v + 1] {
                    frames[frames.count - 1].arc += 1
                    let w = Int(targets[Int(frame.arc)])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(Int32(w)); onStack[w] = true
                        frames.append((Int32(w), offsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[Int(parent.node)] = min(low[Int(parent.node)], low[v]) }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[Int(w)] = false
                        component[Int(w)] = components
                        if Int(w) == v { break }
                    }
                    components += 1
                }
            }
        }
        return RoadComponents(raw: component)
    }
}

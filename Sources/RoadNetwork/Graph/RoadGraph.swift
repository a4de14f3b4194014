// The roads as a compressed adjacency structure (CSR) over node indices, ready for shortest-path searches.

/// How a shortest path is chosen: the fastest or the shortest.
public enum RoadMetric: String, Sendable, Codable, CaseIterable {
    /// Fewest kilometres; ties broken by minutes.
    case km
    /// Fewest minutes (what a van driver takes); ties broken by kilometres.
    case minutes
}

/// Directed arcs in compressed sparse row form: the arcs leaving node `v` are `offsets[v]..<offsets[v+1]`.
///
/// A two-way road gives two arcs. Arrays are flat and indexed by `Int32` so searches touch contiguous memory.
public struct RoadGraph: Sendable {
    /// Number of nodes (the network's node count).
    public let nodeCount: Int
    /// `nodeCount + 1` offsets into the arc arrays.
    public let offsets: [Int32]
    /// Head node of each arc.
    public let targets: [Int32]
    /// Length of each arc in km.
    public let km: [Double]
    /// Travel time of each arc in minutes.
    public let minutes: [Double]

    /// One directed arc, for building a graph from something other than a ``Network``.
    public struct Arc: Sendable, Hashable {
        /// Tail node index.
        public var from: Int32
        /// Head node index.
        public var to: Int32
        /// Length in km.
        public var km: Double
        /// Time in minutes.
        public var minutes: Double

        /// Creates an arc.
        public init(from: Int32, to: Int32, km: Double, minutes: Double) {
            self.from = from; self.to = to; self.km = km; self.minutes = minutes
        }
    }

    /// The graph of a network's roads: both directions unless one-way; minutes from the road's time, else
    /// its speed, else the network's default speed.
    ///
    /// Roads to unknown nodes and self-loops are skipped (validation reports them).
    public init(network: Network) {
        let index = network.nodeIndexByID()
        let defaultSpeed = network.distance.speedKmh
        var arcs: [Arc] = []
        arcs.reserveCapacity(network.edges.count * 2)
        for edge in network.edges {
            guard let a = index[edge.from], let b = index[edge.to], a != b else { continue }
            let minutes = edge.minutes ?? edge.km / (edge.speedKmh ?? defaultSpeed) * 60
            arcs.append(Arc(from: Int32(a), to: Int32(b), km: edge.km, minutes: minutes))
            if !edge.oneWay {
                arcs.append(Arc(from: Int32(b), to: Int32(a), km: edge.km, minutes: minutes))
            }
        }
        self.init(nodeCount: network.nodes.count, arcs: arcs)
    }

    /// A graph from explicit arcs; each node's arcs keep their order in `arcs` (results never depend on a sort).
    ///
    /// - Complexity: O(nodeCount + arcs.count) (a counting sort).
    public init(nodeCount: Int, arcs: [Arc]) {
        precondition(nodeCount < Int(Int32.max) && arcs.count < Int(Int32.max), "graph too large for Int32 indices")
        self.nodeCount = nodeCount
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for arc in arcs { offsets[Int(arc.from) + 1] += 1 }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        var next = offsets
        var targets = [Int32](repeating: 0, count: arcs.count)
        var km = [Double](repeating: 0, count: arcs.count)
        var minutes = [Double](repeating: 0, count: arcs.count)
        for arc in arcs {
            let slot = Int(next[Int(arc.from)])
            next[Int(arc.from)] += 1
            targets[slot] = arc.to
            km[slot] = arc.km
            minutes[slot] = arc.minutes
        }
        self.offsets = offsets; self.targets = targets; self.km = km; self.minutes = minutes
    }

    /// Number of directed arcs.
    public var arcCount: Int { targets.count }

    /// The arcs leaving `node`, as a range into ``targets``, ``km`` and ``minutes``.
    public func arcs(from node: Int) -> Range<Int> { Int(offsets[node])..<Int(offsets[node + 1]) }
}

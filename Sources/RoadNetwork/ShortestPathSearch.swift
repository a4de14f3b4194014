// One-to-many Dijkstra over a RoadGraph with reusable buffers, so repeated searches allocate nothing.
import HeapModule

/// A Dijkstra search that keeps its buffers between runs; use one per thread.
///
/// Paths minimise the chosen ``RoadMetric`` and, among equal ones, the other metric (lexicographic
/// Dijkstra), so both the km and the minutes of a pair are well defined. Distances are valid for nodes
/// reached in the last run; buffers are invalidated by a run counter rather than cleared, so a search that
/// stops early costs only what it visited.
public struct ShortestPathSearch {
    /// The graph searched.
    public let graph: RoadGraph
    /// What the search minimises first.
    public let metric: RoadMetric

    private let primaryWeight: [Double]
    private let secondaryWeight: [Double]
    private var primary: [Double]
    private var secondary: [Double]
    private var reachedIn: [UInt32]
    private var targetIn: [UInt32]
    private var run: UInt32 = 0
    private var heap = Heap<Entry>()

    /// A heap entry ordered by (primary, secondary, node): deterministic even among equal distances.
    private struct Entry: Comparable {
        var primary: Double
        var secondary: Double
        var node: Int32

        static func < (a: Entry, b: Entry) -> Bool {
            if a.primary != b.primary { return a.primary < b.primary }
            if a.secondary != b.secondary { return a.secondary < b.secondary }
            return a.node < b.node
        }
    }

    /// Allocates the buffers for `graph` once.
    public init(graph: RoadGraph, metric: RoadMetric = .minutes) {
        self.graph = graph
        self.metric = metric
        primaryWeight = metric == .km ? graph.km : graph.minutes
        secondaryWeight = metric == .km ? graph.minutes : graph.km
        primary = [Double](repeating: .infinity, count: graph.nodeCount)
        secondary = [Double](repeating: .infinity, count: graph.nodeCount)
        reachedIn = [UInt32](repeating: 0, count: graph.nodeCount)
        targetIn = [UInt32](repeating: 0, count: graph.nodeCount)
        heap.reserveCapacity(graph.nodeCount)
    }

    /// Searches from `source` until every node in `targets` is settled (all nodes when `targets` is nil).
    ///
    /// - Complexity: O((V + E) log V) for a search to all nodes; no allocation once the heap has grown.
    public mutating func run(from source: Int, targets: [Int]? = nil) {
        nextRun()
        var remaining = graph.nodeCount
        if let targets {
            remaining = 0
            for t in targets where targetIn[t] != run {
                targetIn[t] = run
                remaining += 1
            }
        }
        let run = self.run
        primary[source] = 0; secondary[source] = 0; reachedIn[source] = run
        heap.insert(Entry(primary: 0, secondary: 0, node: Int32(source)))
        graph.offsets.withUnsafeBufferPointer { offsets in
        graph.targets.withUnsafeBufferPointer { heads in
        primaryWeight.withUnsafeBufferPointer { w1 in
        secondaryWeight.withUnsafeBufferPointer { w2 in
            while let entry = heap.popMin() {
                let v = Int(entry.node)
                // A stale entry: the node was reached more cheaply after this one was pushed.
                if entry.primary > primary[v] || (entry.primary == primary[v] && entry.secondary > secondary[v]) { continue }
                if targets == nil || targetIn[v] == run {
                    remaining -= 1
                    if remaining == 0 { break }
                }
                for a in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let w = Int(heads[a])
                    let p = entry.primary + w1[a], s = entry.secondary + w2[a]
                    if reachedIn[w] != run || p < primary[w] || (p == primary[w] && s < secondary[w]) {
                        reachedIn[w] = run
                        primary[w] = p; secondary[w] = s
                        heap.insert(Entry(primary: p, secondary: s, node: Int32(w)))
                    }
                }
            }
        }}}}
        // Keeps the heap's storage for the next run.
        if !heap.isEmpty { heap.removeAll { _ in true } }
    }

    /// Whether the last run reached `node`.
    public func reached(_ node: Int) -> Bool { reachedIn[node] == run }

    /// Kilometres from the last run's source to `node` along the chosen path; infinity when not reached.
    public func km(to node: Int) -> Double {
        guard reached(node) else { return .infinity }
        return metric == .km ? primary[node] : secondary[node]
    }

    /// Minutes from the last run's source to `node` along the chosen path; infinity when not reached.
    public func minutes(to node: Int) -> Double {
        guard reached(node) else { return .infinity }
        return metric == .minutes ? primary[node] : secondary[node]
    }

    private mutating func nextRun() {
        if run == UInt32.max {
            for i in reachedIn.indices { reachedIn[i] = 0; targetIn[i] = 0 }
            run = 0
        }
        run += 1
    }
}

// One-to-many Dijkstra over a RoadGraph with reusable buffers, so repeated searches allocate nothing.
import HeapModule

/// A Dijkstra search that keeps its buffers between runs; use one per thread.
///
/// Paths minimise the chosen ``RoadMetric`` and, among equal ones, the other metric, so both the km and the
/// minutes of a pair are well defined. The heap orders by the first metric only (16-byte entries: the heap is
/// most of the running time); a tie in the first metric that improves the second re-queues the node, which
/// keeps the result exactly lexicographic even with zero-length roads. Buffers are invalidated by a run
/// counter rather than cleared, so a search that stops early costs only what it visited.
public struct ShortestPathSearch {
    /// The graph searched.
    public let graph: RoadGraph
    /// What the search minimises first.
    public let metric: RoadMetric

    private let primaryWeight: [Double]
    private let secondaryWeight: [Double]
    /// Per node: its tentative distances and the runs in which they and its target mark are valid, kept
    /// together so a relaxation touches one cache line.
    private var labels: [Label]
    private var run: UInt32 = 0
    private var heap = Heap<Entry>()

    private struct Label {
        var primary: Double
        var secondary: Double
        var reachedIn: UInt32
        var targetIn: UInt32
        var settledIn: UInt32
    }

    /// A heap entry ordered by (primary, node): deterministic even among equal distances.
    private struct Entry: Comparable {
        var primary: Double
        var node: Int32

        @inline(__always)
        static func < (a: Entry, b: Entry) -> Bool {
            a.primary < b.primary || (a.primary == b.primary && a.node < b.node)
        }
    }

    /// Allocates the buffers for `graph` once.
    public init(graph: RoadGraph, metric: RoadMetric = .minutes) {
        self.graph = graph
        self.metric = metric
        primaryWeight = metric == .km ? graph.km : graph.minutes
        secondaryWeight = metric == .km ? graph.minutes : graph.km
        labels = [Label](
            repeating: Label(primary: .infinity, secondary: .infinity, reachedIn: 0, targetIn: 0, settledIn: 0),
            count: graph.nodeCount)
        heap.reserveCapacity(graph.nodeCount)
    }

    /// Searches from `source` until every node in `targets` is settled (all nodes when `targets` is nil).
    ///
    /// Afterwards ``km(to:)`` and ``minutes(to:)`` are exact for the targets (for every node reached when
    /// `targets` is nil).
    /// - Complexity: O((V + E) log V) for a search to all nodes; no allocation once the heap has grown.
    public mutating func run(from source: Int, targets: [Int]? = nil) {
        nextRun()
        let run = self.run
        // The buffers move into locals for the loop, so writes need no uniqueness checks and the heap and
        // labels are not two overlapping accesses to `self`.
        var labels: [Label] = [], heap = Heap<Entry>()
        swap(&labels, &self.labels)
        swap(&heap, &self.heap)
        defer {
            // Keeps the heap's storage for the next run.
            if !heap.isEmpty { heap.removeAll { _ in true } }
            swap(&labels, &self.labels)
            swap(&heap, &self.heap)
        }
        labels.withUnsafeMutableBufferPointer { label in
            var remaining = graph.nodeCount
            if let targets {
                remaining = 0
                for t in targets where label[t].targetIn != run {
                    label[t].targetIn = run
                    remaining += 1
                }
            }
            let stopAtTargets = targets != nil
            // Once every target is settled, entries with the same first metric may still improve a target's
            // second metric (zero-length roads); the search stops only past them.
            var stopAbove = Double.infinity
            label[source] = Label(
                primary: 0, secondary: 0, reachedIn: run, targetIn: label[source].targetIn, settledIn: 0)
            heap.insert(Entry(primary: 0, node: Int32(source)))
            graph.offsets.withUnsafeBufferPointer { offsets in
                graph.targets.withUnsafeBufferPointer { heads in
                    primaryWeight.withUnsafeBufferPointer { w1 in
                        secondaryWeight.withUnsafeBufferPointer { w2 in
                            // The popped entry stays at the root until the node's first improvement replaces it: one
                            // sift instead of a pop and an insert, which matters because the heap is most of the time.
                            while let entry = heap.min {
                                if entry.primary > stopAbove { break }
                                let v = Int(entry.node)
                                // A stale entry: the node was reached more cheaply after this one was pushed.
                                if entry.primary > label[v].primary { heap.removeMin(); continue }
                                if label[v].settledIn != run {
                                    label[v].settledIn = run
                                    if !stopAtTargets || label[v].targetIn == run {
                                        remaining -= 1
                                        if remaining == 0 { stopAbove = entry.primary }
                                    }
                                }
                                let p0 = label[v].primary, s0 = label[v].secondary
                                var replaced = false
                                for a in Int(offsets[v])..<Int(offsets[v + 1]) {
                                    let w = Int(heads[a])
                                    let p = p0 + w1[a], s = s0 + w2[a]
                                    let old = label[w]
                                    if old.reachedIn != run || p < old.primary
                                        || (p == old.primary && s < old.secondary)
                                    {
                                        label[w].primary = p
                                        label[w].secondary = s
                                        label[w].reachedIn = run
                                        if replaced {
                                            heap.insert(Entry(primary: p, node: Int32(w)))
                                        } else {
                                            _ = heap.replaceMin(with: Entry(primary: p, node: Int32(w)))
                                            replaced = true
                                        }
                                    }
                                }
                                if !replaced { heap.removeMin() }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Whether the last run reached `node`.
    public func reached(_ node: Int) -> Bool { labels[node].reachedIn == run }

    /// Kilometres from the last run's source to `node` along the chosen path; infinity when not reached.
    public func km(to node: Int) -> Double {
        guard reached(node) else { return .infinity }
        return metric == .km ? labels[node].primary : labels[node].secondary
    }

    /// Minutes from the last run's source to `node` along the chosen path; infinity when not reached.
    public func minutes(to node: Int) -> Double {
        guard reached(node) else { return .infinity }
        return metric == .minutes ? labels[node].primary : labels[node].secondary
    }

    private mutating func nextRun() {
        if run == UInt32.max {
            for i in labels.indices { labels[i].reachedIn = 0; labels[i].targetIn = 0; labels[i].settledIn = 0 }
            run = 0
        }
        run += 1
    }
}

// The whole network: carriers, counties, nodes, roads and how distances are measured where roads are missing.

/// A rural express-delivery network: the input of every planning model.
///
/// Node and edge order is preserved by every format, so plans that refer to node indices stay reproducible.
public struct Network: Sendable, Hashable {
    /// The format tag written to and required in canonical JSON.
    public static let formatTag = "hubplan-network/1"

    /// A short name (e.g. `"Datong"`).
    public var name: String
    /// What the network holds and where its data comes from.
    public var description: String?
    /// Express carriers whose parcels the nodes receive.
    public var carriers: [Carrier]
    /// County-level divisions, for names and for "every county has a center".
    public var counties: [County]
    /// Every place, in a stable order.
    public var nodes: [Node]
    /// Every road, in a stable order.
    public var edges: [Edge]
    /// How distances are measured where no road connects two nodes.
    public var distance: DistanceSettings

    /// Creates a network.
    public init(
        name: String, description: String? = nil, carriers: [Carrier] = [], counties: [County] = [],
        nodes: [Node] = [], edges: [Edge] = [], distance: DistanceSettings = DistanceSettings()
    ) {
        self.name = name; self.description = description; self.carriers = carriers; self.counties = counties
        self.nodes = nodes; self.edges = edges; self.distance = distance
    }

    /// The index of every node by id; the first occurrence wins when ids repeat (validation reports that).
    ///
    /// - Complexity: O(n); build it once and keep it, solvers work on indices.
    public func nodeIndexByID() -> [String: Int] {
        var index = [String: Int](minimumCapacity: nodes.count)
        for (i, node) in nodes.enumerated() where index[node.id] == nil {
            index[node.id] = i
        }
        return index
    }

    /// The index of the node with id `id`, if any. O(n): use ``nodeIndexByID()`` for many look-ups.
    public func nodeIndex(of id: String) -> Int? {
        nodes.firstIndex { $0.id == id }
    }
}

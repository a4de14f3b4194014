// The node indices of each county of a network, grouped in one pass, so per-county work never rescans all nodes.

/// Every node index grouped by county code, computed once for a network.
///
/// Planning a large network county by county (2,800 counties, 600,000 nodes for the nation) must not look at
/// every node once per county: that is O(counties x nodes). A stage builds one `CountyScopes` and hands each
/// county its own indices. Indices stay in network order within a county, so filtering a county's scope gives
/// exactly what filtering all nodes by county gives.
public struct CountyScopes: Sendable {
    /// County codes: the network's counties in file order, then codes used by nodes but not listed (in the
    /// order of their first node).
    public let codes: [String]
    /// Node indices of each county (ascending), by position in ``codes``.
    public let nodes: [[Int]]
    /// Node indices with no county, ascending.
    public let unassigned: [Int]
    private let position: [String: Int]

    /// Groups the nodes of `network` by county.
    ///
    /// - Complexity: O(nodes + counties).
    public init(_ network: Network) {
        var codes: [String] = []
        var position: [String: Int] = [:]
        for county in network.counties where position[county.code] == nil {
            position[county.code] = codes.count
            codes.append(county.code)
        }
        var nodes = [[Int]](repeating: [], count: codes.count)
        var unassigned: [Int] = []
        for (i, node) in network.nodes.enumerated() {
            guard let code = node.county else {
                unassigned.append(i)
                continue
            }
            if let k = position[code] {
                nodes[k].append(i)
            } else {
                position[code] = codes.count
                codes.append(code)
                nodes.append([i])
            }
        }
        self.codes = codes
        self.nodes = nodes
        self.unassigned = unassigned
        self.position = position
    }

    /// The position of county `code` in ``codes``.
    public func position(of code: String) -> Int? { position[code] }

    /// Node indices of county `code` (empty when no node has that code).
    public func nodes(in code: String) -> [Int] { position[code].map { nodes[$0] } ?? [] }
}

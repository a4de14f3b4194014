// Names centers, hubs and villages as a planner knows them: site name, township and county, the id secondary.
import DeliveryPlanning
import RoadNetwork

/// Looks up a node's name, township and county by id (built once per report from the network).
public struct PlaceNames: Sendable {
    private let nodes: [String: Node]
    private let townships: [String: String]
    private let counties: [String: String]

    /// The names of `network`'s nodes, townships (from their township-seat sites) and counties.
    public init(_ network: Network) {
        var nodes: [String: Node] = [:]
        var townships: [String: String] = [:]
        for n in network.nodes {
            nodes[n.id] = n
            // A township's seat (candidate site `ts-CODE`, tagged township-seat) carries the township's name.
            if let t = n.township, n.tags.contains("township-seat"), townships[t] == nil { townships[t] = n.name }
        }
        self.nodes = nodes
        self.townships = townships
        counties = Dictionary(network.counties.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// The node's own name (its id when unknown).
    public func name(_ id: String) -> String { nodes[id]?.name ?? id }

    /// The node.
    public func node(_ id: String) -> Node? { nodes[id] }

    /// The township's name of a node (empty when it has none).
    public func township(_ id: String) -> String { nodes[id]?.township.flatMap { townships[$0] } ?? "" }

    /// A county's name by adcode (the code when unknown).
    public func county(code: String) -> String { counties[code] ?? code }

    /// The county's name of a node (empty when it has none).
    public func county(_ id: String) -> String { nodes[id]?.county.map { county(code: $0) } ?? "" }

    /// "name (township, county)" (in Chinese "名称（乡镇，县）"): what a planner reads for a site; parts already in
    /// the name are left out.
    public func full(_ id: String, _ language: ReportLanguage = .en) -> String {
        let name = self.name(id)
        let parts = [township(id), county(id)].filter { !$0.isEmpty && !name.contains($0) }
        guard !parts.isEmpty else { return name }
        return language == .zh
            ? "\(name)（\(parts.joined(separator: "，"))）" : "\(name) (\(parts.joined(separator: ", ")))"
    }
}

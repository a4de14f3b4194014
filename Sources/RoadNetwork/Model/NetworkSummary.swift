// Counts, demand, extent and road connectivity of a network: what `hubplan network info` shows.

/// A network at a glance. Codable, so `hubplan network info --json` is this structure.
public struct NetworkSummary: Codable, Sendable, Hashable {
    /// Nodes of one county (or of no county).
    public struct CountyLine: Codable, Sendable, Hashable {
        /// Adcode; empty for nodes without a county.
        public var code: String
        /// The county's name; nil when the network does not list the code.
        public var name: String?
        /// Nodes in the county.
        public var nodes: Int
        /// Nodes by kind (raw kind names).
        public var byKind: [String: Int]
        /// Parcels delivered per day in the county, all carriers.
        public var parcelsPerDay: Double
    }

    /// Demand of one carrier.
    public struct CarrierLine: Codable, Sendable, Hashable {
        /// Carrier id.
        public var id: String
        /// Display name.
        public var name: String
        /// Parcels delivered per day.
        public var parcelsPerDay: Double
        /// Share of all parcels, 0...1.
        public var share: Double
    }

    /// Farm produce collected.
    public struct PickupLine: Codable, Sendable, Hashable {
        /// Nodes with pickups.
        public var nodes: Int
        /// Parcels collected per day.
        public var perDay: Double
        /// Of which need a refrigerated vehicle.
        public var coldChainPerDay: Double
    }

    /// Extent of the nodes in WGS84 degrees.
    public struct BoundingBox: Codable, Sendable, Hashable {
        /// West edge.
        public var minLon: Double
        /// South edge.
        public var minLat: Double
        /// East edge.
        public var maxLon: Double
        /// North edge.
        public var maxLat: Double
    }

    /// How the roads connect the nodes.
    public struct Connectivity: Codable, Sendable, Hashable {
        /// The declared road coverage.
        public var coverage: RoadCoverage
        /// Roads in the file.
        public var roads: Int
        /// Components when roads are driven both ways (every node counts; a node without roads is one).
        public var components: Int
        /// Nodes in the largest component.
        public var largestComponent: Int
        /// Nodes touched by no road.
        public var isolatedNodes: Int
        /// Components respecting one-way roads.
        public var stronglyConnectedComponents: Int
    }

    /// Network name.
    public var name: String
    /// Network description.
    public var description: String?
    /// Number of nodes.
    public var nodes: Int
    /// Nodes by kind (raw kind names).
    public var nodesByKind: [String: Int]
    /// Per county, in the network's county order; codes it does not list follow, then nodes without county.
    public var counties: [CountyLine]
    /// Demand per carrier, in carrier order.
    public var carriers: [CarrierLine]
    /// Parcels delivered per day, all carriers.
    public var parcelsPerDay: Double
    /// Farm produce collected.
    public var pickups: PickupLine
    /// Extent; nil for a network without nodes.
    public var boundingBox: BoundingBox?
    /// Road connectivity.
    public var connectivity: Connectivity

    /// Summarises `network`.
    public init(network: Network) {
        name = network.name
        description = network.description
        nodes = network.nodes.count
        nodesByKind = Dictionary(grouping: network.nodes, by: \.kind.rawValue).mapValues(\.count)
        parcelsPerDay = network.nodes.reduce(0) { $0 + $1.totalParcels }
        let total = parcelsPerDay
        carriers = network.carriers.map { carrier in
            let sum = network.nodes.reduce(0) { $0 + ($1.parcels[carrier.id] ?? 0) }
            return CarrierLine(
                id: carrier.id, name: carrier.name, parcelsPerDay: sum, share: total > 0 ? sum / total : 0)
        }
        let withPickups = network.nodes.compactMap(\.pickups)
        pickups = PickupLine(
            nodes: withPickups.count, perDay: withPickups.reduce(0) { $0 + $1.perDay },
            coldChainPerDay: withPickups.filter(\.coldChain).reduce(0) { $0 + $1.perDay })
        counties = NetworkSummary.countyLines(network)
        if let first = network.nodes.first {
            var box = BoundingBox(minLon: first.lon, minLat: first.lat, maxLon: first.lon, maxLat: first.lat)
            for node in network.nodes {
                box.minLon = min(box.minLon, node.lon); box.maxLon = max(box.maxLon, node.lon)
                box.minLat = min(box.minLat, node.lat); box.maxLat = max(box.maxLat, node.lat)
            }
            boundingBox = box
        }
        let graph = RoadGraph(network: network)
        let weak = graph.weaklyConnectedComponents()
        var touched = [Bool](repeating: false, count: network.nodes.count)
        for v in 0..<graph.nodeCount where !graph.arcs(from: v).isEmpty {
            touched[v] = true
            for a in graph.arcs(from: v) { touched[Int(graph.targets[a])] = true }
        }
        connectivity = Connectivity(
            coverage: network.distance.roads, roads: network.edges.count, components: weak.count,
            largestComponent: weak.largest.map { weak.sizes[Int($0)] } ?? 0,
            isolatedNodes: touched.lazy.filter { !$0 }.count,
            stronglyConnectedComponents: graph.stronglyConnectedComponents().count)
    }

    private static func countyLines(_ network: Network) -> [CountyLine] {
        var order = network.counties.map(\.code)
        let names = Dictionary(network.counties.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        var lines: [String: CountyLine] = [:]
        for node in network.nodes {
            let code = node.county ?? ""
            if lines[code] == nil {
                lines[code] = CountyLine(code: code, name: names[code], nodes: 0, byKind: [:], parcelsPerDay: 0)
            }
            lines[code]!.nodes += 1
            lines[code]!.byKind[node.kind.rawValue, default: 0] += 1
            lines[code]!.parcelsPerDay += node.totalParcels
        }
        let listed = Set(order)
        order += lines.keys.filter { !listed.contains($0) && !$0.isEmpty }.sorted()
        if lines[""] != nil { order.append("") }
        return order.map { lines[$0] ?? CountyLine(code: $0, name: names[$0], nodes: 0, byKind: [:], parcelsPerDay: 0) }
    }
}

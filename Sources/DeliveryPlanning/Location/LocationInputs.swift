// Maps a road network onto the inputs of the location models: demand points, candidate sites, counties, matrices.
import FacilityLocation
import RoadNetwork

/// What the FacilityLocation models need from a ``Network``, with node indices kept for mapping plans back
/// to node ids.
///
/// - Clients are the demand points (villages, communities, township seats), with demand = parcels delivered
///   plus farm produce collected per day.
/// - Candidate centers are `county-center` and `candidate-site` nodes; hub candidates are `regional-hub` nodes.
/// - Counties are the network's counties (in file order; only those in scope when the inputs are limited to
///   some counties) plus any county code used by a node but not listed.
/// - Distances are road kilometres and minutes (RoadNetwork's fallback where the network has no roads).
public struct LocationInputs: Sendable {
    /// The network the inputs come from.
    public let network: Network
    /// Node indices of the clients, the candidate centers and the hub candidates.
    public let clientNodes: [Int]
    public let siteNodes: [Int]
    public let hubNodes: [Int]
    /// County codes (adcodes) and names, by county index.
    public let countyCodes: [String]
    public let countyNames: [String]
    /// County index of each client and each candidate center.
    public let clientCounty: [Int]
    public let siteCounty: [Int]
    /// Parcels per day of each client (delivered plus collected).
    public let demands: [Double]
    /// Clients x candidate centers, in km and minutes.
    public let km: CostMatrix
    public let minutes: CostMatrix
    /// Candidate centers x hub candidates, in km.
    public let centerHubKm: CostMatrix

    /// Reads the demand points, sites and counties of `network` and computes the road matrices.
    ///
    /// With `counties` (adcodes), only those counties, their demand points and their candidate centers are
    /// kept; `roads` reuses a prepared road graph.
    public init(network: Network, roads: RoadDistances? = nil, counties: Set<String>? = nil) throws(LocationError) {
        try self.init(network: network, roads: roads, nodes: nil, hubNodes: nil, counties: counties)
    }

    /// The inputs of the counties `counties` from the node indices `nodes` only (ascending; those counties'
    /// nodes from ``CountyScopes``), with the hub candidates `hubNodes` found once: planning county after
    /// county then costs the county's size, not the network's. `nil` scans every node.
    init(
        network: Network, roads: RoadDistances?, nodes scope: [Int]?, hubNodes hubs: [Int]?, counties: Set<String>?
    ) throws(LocationError) {
        self.network = network
        let nodes = network.nodes
        let pool = scope ?? Array(nodes.indices)
        func inScope(_ i: Int) -> Bool { counties.map { nodes[i].county.map($0.contains) ?? false } ?? true }
        clientNodes = pool.filter { nodes[$0].kind.isDemandPoint && inScope($0) }
        // A county with no demand point (Fujian's Kinmen, 350527, has no village in the national tables) is left
        // out with its sites: the county-center rule would otherwise open a center there to serve nothing.
        let served = Set(clientNodes.compactMap { nodes[$0].county })
        siteNodes = pool.filter {
            (nodes[$0].kind == .countyCenter || nodes[$0].kind == .candidateSite) && inScope($0)
                && (nodes[$0].county.map(served.contains) ?? true)
        }
        hubNodes = hubs ?? nodes.indices.filter { nodes[$0].kind == .regionalHub }
        guard !clientNodes.isEmpty else { throw .badInput("\(network.name): the network has no demand points") }
        let listed = network.counties.filter { (counties?.contains($0.code) ?? true) && served.contains($0.code) }
        var codes = listed.map(\.code)
        var names = listed.map(\.name)
        // A dictionary, not `codes.firstIndex`: a province's 100,000 points x 170 counties add up.
        var position: [String: Int] = [:]
        for (k, code) in codes.enumerated() where position[code] == nil { position[code] = k }
        func county(of i: Int) throws(LocationError) -> Int {
            guard let code = nodes[i].county else {
                throw .badInput("\(network.name): node \(nodes[i].id) has no county (needed to plan county centers)")
            }
            if let c = position[code] { return c }
            position[code] = codes.count
            codes.append(code)
            names.append(code)
            return codes.count - 1
        }
        var clientCounty: [Int] = []
        for i in clientNodes { clientCounty.append(try county(of: i)) }
        var siteCounty: [Int] = []
        for i in siteNodes { siteCounty.append(try county(of: i)) }
        self.clientCounty = clientCounty
        self.siteCounty = siteCounty
        countyCodes = codes
        countyNames = names
        // Summed in carrier order so the total never depends on dictionary order.
        demands = clientNodes.map { i in
            let node = nodes[i]
            return node.parcels.keys.sorted().reduce(0.0) { $0 + node.parcels[$1]! } + (node.pickups?.perDay ?? 0)
        }
        if let bad = demands.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw .badInput("\(network.name): node \(nodes[clientNodes[bad]].id) has a negative or invalid demand")
        }
        let entries = clientNodes.count * max(siteNodes.count, 1)
        guard entries <= Self.maxMatrixEntries else {
            throw .badInput(
                "\(network.name): \(clientNodes.count) demand points x \(siteNodes.count) candidate sites is too large for"
                    + " the dense distance matrices of the location models (at most \(Self.maxMatrixEntries) pairs);"
                    + " plan a smaller region (e.g. one city's counties)")
        }
        let roads = roads ?? RoadDistances(network: network)
        let matrix = roads.matrix(from: clientNodes, to: siteNodes)
        km = try CostMatrix(clients: clientNodes.count, sites: siteNodes.count, values: matrix.km)
        minutes = try CostMatrix(clients: clientNodes.count, sites: siteNodes.count, values: matrix.minutes)
        let hubMatrix = roads.matrix(from: siteNodes, to: hubNodes)
        centerHubKm = try CostMatrix(clients: siteNodes.count, sites: hubNodes.count, values: hubMatrix.km)
    }

    /// The largest clients x sites matrix built (two of them, km and minutes: 20 million pairs is 320 MB).
    public static let maxMatrixEntries = 20_000_000

    /// Node ids and county names, for messages and plans.
    public var labels: LocationLabels {
        LocationLabels(
            clients: clientNodes.map { network.nodes[$0].id }, sites: siteNodes.map { network.nodes[$0].id },
            counties: countyNames)
    }

    /// Fixed cost (0 when unknown), capacity (`nil` when unlimited) and existing flag of each candidate center.
    public var siteFixedCosts: [Double] { siteNodes.map { network.nodes[$0].site?.fixedCost ?? 0 } }
    public var siteCapacities: [Double?] { siteNodes.map { network.nodes[$0].site?.capacity } }
    public var siteExisting: [Bool] { siteNodes.map { network.nodes[$0].site?.existing ?? false } }
}

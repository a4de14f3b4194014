// Origin warehouses and cold storage (电商+产地仓): the lever, where they go (p-median), which villages each collects.
import FacilityLocation
import RoadNetwork

extension Scenario {
    /// The origin warehouse lever (`origin_warehouses:` in a scenario file): warehouses with cold storage near the
    /// producing villages collect the farm produce (农产品上行) with their own vans, refrigerated where the produce
    /// needs it, instead of the county centers' delivery vans.
    public struct OriginWarehouses: Codable, Sendable, Equatable {
        /// Warehouses per county with produce (at most; fewer when the county has fewer candidate sites).
        public var perCounty = 1
        /// Longest a collection route may run, minutes: produce needing cold chain is on board for less than its
        /// route, so it reaches cold storage within this (default 240: four hours from the first pickup).
        public var coldChainMinutes = 240.0
        public init() {}
    }
}

/// Where the origin warehouses go: per county with produce, a p-median (``PMedianSolver``) over the county's
/// candidate sites, township seats and centers (non-demand nodes of kind `candidate-site` or `county-center`),
/// weighted by each producing village's pickups a day on road km; each producing village to its nearest warehouse.
struct OriginWarehouseDecision {
    /// Each producing village's warehouse (node indices).
    var warehouseOf: [Int: Int]
    var warehouses: [Int]
    var status: [String: String]

    /// The carrier name of the collection routes in plan.json.
    static let carrierID = "produce"

    static func decide(
        network: Network, lever: Scenario.OriginWarehouses, roads: RoadDistances,
        options: LocationOptions
    ) throws -> OriginWarehouseDecision {
        var d = OriginWarehouseDecision(warehouseOf: [:], warehouses: [], status: [:])
        for county in network.counties {
            let producers = network.nodes.indices.filter {
                network.nodes[$0].county == county.code && network.nodes[$0].kind.isDemandPoint
                    && (network.nodes[$0].pickups?.perDay ?? 0) > 0
            }
            let sites = network.nodes.indices.filter {
                network.nodes[$0].county == county.code
                    && [.candidateSite, .countyCenter].contains(network.nodes[$0].kind)
            }
            guard !producers.isEmpty, !sites.isEmpty else { continue }
            let m = roads.matrix(from: producers, to: sites)
            let distances = try CostMatrix(clients: producers.count, sites: sites.count) { j, i in m.km(j, i) }
            let problem = try PMedianProblem(
                distances: distances, weights: producers.map { network.nodes[$0].pickups!.perDay },
                p: min(lever.perCounty, sites.count))
            let result = try PMedianSolver(options: options).solve(problem)
            guard let solution = result.solution else {
                throw PlanError.infeasible(
                    "origin warehouses: county \(county.code): p-median found no plan (\(result.status.rawValue))")
            }
            d.status[county.code] = result.status.rawValue
            d.warehouses += solution.open.map { sites[$0] }
            for (j, i) in solution.assignment.enumerated() { d.warehouseOf[producers[j]] = sites[i] }
        }
        d.warehouses.sort()
        return d
    }

    /// `network` without the produce of the villages the warehouses collect (the centers' vans deliver only).
    func withoutProduce(_ network: Network) -> Network {
        var net = network
        for v in warehouseOf.keys { net.nodes[v].pickups = nil }
        return net
    }

    /// `network` with only the produce of the warehouses' villages (their parcels and every other demand removed).
    func produceOnly(_ network: Network) -> Network {
        var net = network
        for i in net.nodes.indices where net.nodes[i].kind.isDemandPoint {
            net.nodes[i].parcels = [:]
            if warehouseOf[i] == nil { net.nodes[i].pickups = nil }
        }
        return net
    }
}

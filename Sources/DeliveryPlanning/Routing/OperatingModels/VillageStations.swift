// Village service stations (多站合一): the scenario lever, which villages host a station, how often each is served.
import FacilityLocation
import RoadNetwork

extension Scenario {
    /// The village stations lever (`village_stations:` in a scenario file): a covering decision of which villages
    /// host a service station, so that every village lies within `stationKm` road km of one; vans deliver to the
    /// stations, villagers collect there.
    public struct VillageStations: Codable, Sendable, Equatable {
        /// Road km from any village to its station (default 3: a walk or a short ride).
        public var stationKm = 3.0
        /// Parcels a day (all carriers) from which a station is served daily; below it, every other day.
        public var minParcelsDaily = 20.0
        /// Parcels a day below which a station is served only twice a week (optional; such villages do not count
        /// toward the 快递进村 rate, delivery at least every other day).
        public var minParcelsEveryOtherDay: Double?
        public init() {}
    }
}

/// The stations of the counties, by node index.
struct VillageStationsDecision {
    /// Each village's station (node index), for every village covered.
    var stationOf: [Int: Int]
    /// The open stations, ascending.
    var stations: [Int]
    /// Solver status per county (`optimal`, `feasible`, ...).
    var status: [String: String]

    /// How often a station with `parcels` a day is served under `lever`.
    static func frequency(_ parcels: Double, lever: Scenario.VillageStations) -> String {
        if parcels >= lever.minParcelsDaily { return "daily" }
        if let low = lever.minParcelsEveryOtherDay, parcels < low { return "twice-weekly" }
        return "every-other-day"
    }

    /// The fewest stations covering the villages `villages` (node indices with demand) of each county: set cover
    /// (GLPK, warm-started greedily) on road km, each village served by its nearest station.
    static func decide(
        network: Network, villages: [Int], lever: Scenario.VillageStations, roads: RoadDistances,
        options: LocationOptions
    ) throws -> VillageStationsDecision {
        var decision = VillageStationsDecision(stationOf: [:], stations: [], status: [:])
        let byCounty = Dictionary(grouping: villages) { network.nodes[$0].county ?? "" }
        for county in byCounty.keys.sorted() {
            let members = byCounty[county]!.sorted()
            let m = roads.matrix(from: members, to: members)
            let distances = try CostMatrix(clients: members.count, sites: members.count) { j, i in m.km(j, i) }
            var problem = try SetCoverProblem(distances: distances, radius: lever.stationKm)
            problem.labels = LocationLabels(
                clients: members.map { network.nodes[$0].id }, sites: members.map { network.nodes[$0].id })
            let result = try SetCoverSolver(options: options).solve(problem)
            guard let solution = result.solution else {
                throw PlanError.infeasible(
                    "village stations: county \(county): set cover found no plan (\(result.status.rawValue))")
            }
            decision.status[county] = result.status.rawValue
            for (j, i) in solution.assignment.enumerated() { decision.stationOf[members[j]] = members[i] }
            decision.stations += solution.open.map { members[$0] }
        }
        decision.stations.sort()
        return decision
    }

    /// `network` with every covered village's parcels and produce moved to its station, so routes call at stations.
    func consolidated(_ network: Network) -> Network {
        var net = network
        for (v, s) in stationOf.sorted(by: { $0.key < $1.key }) where v != s {
            let node = network.nodes[v]
            for (carrier, p) in node.parcels { net.nodes[s].parcels[carrier, default: 0] += p }
            if let up = node.pickups {
                if var there = net.nodes[s].pickups {
                    there.perDay += up.perDay
                    there.coldChain = there.coldChain || up.coldChain
                    there.product = there.product ?? up.product
                    net.nodes[s].pickups = there
                } else {
                    net.nodes[s].pickups = up
                }
            }
            net.nodes[v].parcels = [:]
            net.nodes[v].pickups = nil
        }
        return net
    }
}

// Routes every county of a request: screen the stops, build each depot's problem, search, measure, sum up.
import Foundation
import RoadNetwork
import SolverControl
import VehicleRouting

/// County routing: from each center to the villages it serves, by road, county after county.
public enum CountyRouter {
    /// Routes the counties of `request`.
    ///
    /// All stops of all counties are screened first (``StopScreen``): without `skipInfeasible` any stop no van
    /// can serve fails the whole request at once, naming every such stop. Each county then gets
    /// `timeLimitPerCounty` seconds, shared among its depots by stop count. After Ctrl-C the remaining
    /// counties get one quick pass each and the result is marked incomplete.
    ///
    /// - Parameter progress: called after each county (on the calling thread).
    /// - Throws: ``CountyRoutingError``: bad input (unknown county, no center, bad fleet) or infeasible stops.
    public static func solve(
        _ request: CountyRoutingRequest,
        progress: ((CountyRoutingProgress) -> Void)? = nil
    ) throws(CountyRoutingError) -> CountyRoutes {
        try run(request, progress: progress).routes
    }

    /// ``solve(_:progress:)`` keeping each depot's solver view (for verification in tests and reports).
    static func run(
        _ request: CountyRoutingRequest, progress: ((CountyRoutingProgress) -> Void)? = nil
    )
        throws(CountyRoutingError) -> (routes: CountyRoutes, depots: [DepotRouting])
    {
        let started = TimeBudget(seconds: nil)
        try request.fleet.validate()
        let network = request.network
        let context = request.context ?? CountyRoutingContext(network)
        let roads = context.roads
        let counties = try countyList(network: network, codes: request.counties)
        var prepared: [[PreparedGroup]] = []
        var skipped: [SkippedStop] = []
        for county in counties {
            let scope = context.nodes(in: county.code)
            let stops = DepotGroups.stops(
                network: network, scope: scope, county: county.code, kinds: request.stopKinds,
                carriers: request.carriers, pickups: request.pickups)
            let groups = try DepotGroups.groups(
                network: network, index: context.index, county: county.code, scope: scope,
                stops: stops, source: request.centers, roads: roads)
            let ready = groups.map {
                PreparedGroup(
                    network: network, roads: roads, county: county.code, group: $0, fleet: request.fleet,
                    carriers: request.carriers, pickups: request.pickups, heavyStops: request.heavyStops)
            }
            skipped += ready.flatMap(\.skipped)
            prepared.append(ready)
        }
        if !skipped.isEmpty && !request.skipInfeasible { throw .infeasibleStops(skipped) }
        var sets: [CountyRouteSet] = []
        var depots: [DepotRouting] = []
        var totals = RouteTotals()
        for (c, county) in counties.enumerated() {
            let total = max(1, prepared[c].reduce(0) { $0 + $1.stops.count })
            var routes: [PlannedRoute] = []
            var feasible = true, complete = true, seconds = 0.0
            for group in prepared[c] where !group.stops.isEmpty {
                for (instance, share) in try group.instances(network: network, roads: roads) {
                    let slice = request.timeLimitPerCounty * share * Double(group.stops.count) / Double(total)
                    let carrier = request.carriers?.count == 1 ? request.carriers![0] : nil
                    let depot = try DepotRouting(
                        instance: instance, network: network, seconds: slice, seed: request.seed,
                        maxIterations: request.maxIterations, cancellation: request.cancellation,
                        warmStart: RouteWarmStart.solution(
                            for: instance, network: network, routes: request.previousRoutes, carrier: carrier),
                        searchData: try RouteStability.searchData(
                            for: instance, network: network, routes: request.previousRoutes, carrier: carrier,
                            yuanPerDay: request.stabilityPerDay),
                        deadline: request.deadline)
                    routes += depot.routes
                    feasible = feasible && depot.feasible
                    complete = complete && depot.complete
                    seconds += depot.seconds
                    depots.append(depot)
                }
            }
            let set = CountyRouteSet(
                county: county.code, name: county.name, depots: prepared[c].map { network.nodes[$0.depot].id },
                routes: routes, totals: RouteTotals(routes: routes), feasible: feasible, complete: complete,
                skipped: prepared[c].flatMap(\.skipped), seconds: seconds)
            totals.add(set.totals)
            sets.append(set)
            progress?(
                CountyRoutingProgress(
                    countiesDone: c + 1, countyCount: counties.count, seconds: started.elapsed,
                    bestCost: totals.cost, county: county.name))
        }
        let routes = CountyRoutes(
            network: network.name, seed: request.seed, timeLimitPerCounty: request.timeLimitPerCounty,
            fleet: request.fleet,
            counties: sets, totals: totals, feasible: sets.allSatisfy(\.feasible),
            complete: sets.allSatisfy(\.complete),
            skipped: skipped, seconds: started.elapsed)
        return (routes, depots)
    }

    /// The counties asked for, in network order (every county when `codes` is nil).
    ///
    /// - Throws: ``CountyRoutingError`` (bad input) naming a code the network does not list.
    static func countyList(network: Network, codes: [String]?) throws(CountyRoutingError) -> [County] {
        guard let codes else {
            guard !network.counties.isEmpty else { throw .badInput("\(network.name): the network lists no county") }
            return network.counties
        }
        for code in codes where !network.counties.contains(where: { $0.code == code || $0.name == code }) {
            let known = network.counties.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
            throw .badInput("\(network.name): no county \(code) (counties: \(known))")
        }
        return network.counties.filter { county in codes.contains { $0 == county.code || $0 == county.name } }
    }
}

/// A depot group with its road matrix computed once and its unservable stops screened out.
struct PreparedGroup {
    let county: String
    let depot: Int
    /// Servable stops.
    let stops: [Int]
    let skipped: [SkippedStop]
    let travel: TravelMatrix
    let fleet: FleetSpec
    let carriers: [String]?
    let pickups: Bool
    let heavyStops: HeavyStopPolicy

    init(
        network: Network, roads: RoadDistances, county: String, group: DepotGroup, fleet: FleetSpec,
        carriers: [String]?, pickups: Bool, heavyStops: HeavyStopPolicy
    ) {
        let locations = [group.depot] + group.stops
        let full = roads.matrix(from: locations, to: locations)
        let reasons = StopScreen.reasons(
            network: network, depot: group.depot, stops: group.stops, travel: full,
            fleet: fleet, carriers: carriers, pickups: pickups, heavyStops: heavyStops)
        let keep = [0] + group.stops.indices.filter { reasons[$0] == nil }.map { $0 + 1 }
        self.county = county
        depot = group.depot
        stops = keep.dropFirst().map { group.stops[$0 - 1] }
        skipped = group.stops.indices.compactMap { k in
            reasons[k].map {
                SkippedStop(
                    node: network.nodes[group.stops[k]].id, name: network.nodes[group.stops[k]].name,
                    county: county, reason: $0)
            }
        }
        travel = PreparedGroup.subset(full, keep)
        self.fleet = fleet
        self.carriers = carriers
        self.pickups = pickups
        self.heavyStops = heavyStops
    }

    /// The routing problem of the servable stops, with its share of the stops (all of them).
    ///
    /// One problem for the whole fleet: a refrigerated van may also carry plain stops, and the cold-chain
    /// constraint keeps every cold pickup on one. (Cold and plain stops were once two problems because the
    /// mixed one did not reach feasibility in seconds; since the search starts from a strict split it does,
    /// and on Datong at 5 s a county the mixed problem costs 65,432 yuan a day against 65,513 split.)
    func instances(
        network: Network, roads: RoadDistances
    ) throws(CountyRoutingError) -> [(CountyRoutingInstance, Double)] {
        [(try make(Array(stops.indices), fleet: fleet, network: network, roads: roads), 1)]
    }

    /// The problem of the stops at positions `picked`.
    private func make(
        _ picked: [Int], fleet: FleetSpec, network: Network, roads: RoadDistances
    ) throws(CountyRoutingError)
        -> CountyRoutingInstance
    {
        try CountyRoutingInstance(
            network: network, roads: roads, county: county, depot: depot, stops: picked.map { stops[$0] },
            fleet: fleet, carriers: carriers, pickups: pickups, heavyStops: heavyStops,
            travel: PreparedGroup.subset(travel, [0] + picked.map { $0 + 1 }))
    }

    /// The rows and columns `keep` of `matrix`.
    static func subset(_ matrix: TravelMatrix, _ keep: [Int]) -> TravelMatrix {
        var km: [Double] = [], minutes: [Double] = []
        km.reserveCapacity(keep.count * keep.count)
        minutes.reserveCapacity(keep.count * keep.count)
        for r in keep {
            for c in keep { km.append(matrix.km(r, c)); minutes.append(matrix.minutes(r, c)) }
        }
        return TravelMatrix(rows: keep.count, cols: keep.count, km: km, minutes: minutes)
    }
}

// Routes chosen stops of chosen counties from given depots with the plan's router settings (operating models).
import RoadNetwork
import SolverControl

/// The routing the operating models run besides the plan's own: China Post's backstop routes from the post offices,
/// and the baseline every backstop village served from the county centers. Same fleet, seed, iteration count and
/// per-county seconds as ``RouteStage``.
struct OperatingModelRouting {
    let scenario: Scenario
    let budget: TimeBudget

    /// Routes of `counties` in `network` from `depots`; shared vans (`carrier` names them, e.g. `china-post`)
    /// unless `alone`, when each carrier's vans carry its own parcels (produce with the postal carrier).
    /// `shiftMinutes` shortens the shift (collection routes within a cold-chain limit).
    func routes(
        network: Network, depots: CenterSource, counties: [String], alone: Bool, carrier: String?,
        shiftMinutes: Double? = nil
    )
        throws -> (routes: [NetworkPlan.Route], warnings: [String], skipped: [String], feasible: Bool)
    {
        guard !counties.isEmpty else { return ([], [], [], true) }
        var fleet = scenario.fleet
        if let m = shiftMinutes { fleet.shiftHours = min(fleet.shiftHours, m / 60) }
        var request = CountyRoutingRequest(network: network)
        request.centers = depots
        request.counties = counties
        request.fleet = fleet
        request.seed = scenario.seed
        request.maxIterations = scenario.timeLimits.routingIterations
        let seconds = scenario.timeLimits.routingPerCounty ?? 2
        request.timeLimitPerCounty = request.maxIterations == nil ? seconds : 86_400
        request.skipInfeasible = true
        request.heavyStops = .directTrips
        request.cancellation = budget.cancellation
        let postal = network.carriers.first(where: \.postal)?.id
        let runs: [String?] = alone ? network.carriers.map(\.id) : [nil]
        if alone { request.timeLimitPerCounty /= Double(max(1, runs.count)) }
        let capacity = Dictionary(
            fleet.vans.map { ($0.name, Double($0.capacityParcels)) }, uniquingKeysWith: { a, _ in a })
        var out: [NetworkPlan.Route] = [], warnings: [String] = [], skipped: [String] = [], feasible = true
        for run in runs {
            request.carriers = run.map { [$0] }
            request.pickups = run == nil || run == postal
            let routed = try CountyRouter.solve(request)
            for set in routed.counties {
                for r in set.routes {
                    out.append(
                        .init(
                            county: set.county, center: r.depot, vehicle: r.van, capacity: capacity[r.van] ?? 0,
                            stops: r.stops, km: r.km, minutes: r.hours * 60, load: r.peakLoad, cost: r.cost,
                            directTrip: r.directTrip, carrier: run ?? carrier))
                }
                feasible = feasible && set.feasible
            }
            warnings += routed.skipped.map { "stop \($0.node) \($0.name) not routed: \($0.reason)" }
            skipped += routed.skipped.map(\.node).filter { !skipped.contains($0) }
        }
        return (out, warnings, skipped, feasible)
    }

    /// Depots given as a location plan (the router's ``CenterSource/plan(_:)``): each stop to its depot.
    static func depots(_ pairs: [(stop: Int, depot: Int)], network: Network, model: String) -> LocationPlan {
        let ids = Array(Set(pairs.map(\.depot))).sorted()
        let sites = ids.map { i in
            LocationPlan.Site(
                id: network.nodes[i].id, name: network.nodes[i].name, kind: network.nodes[i].kind.rawValue,
                county: network.nodes[i].county, clients: pairs.filter { $0.depot == i }.count, parcelsPerDay: 0,
                capacity: nil, load: nil, meanKm: 0, maxKm: 0, maxMinutes: 0, fixedCost: 0, transportCost: 0)
        }
        let assignments = pairs.map {
            LocationPlan.Assignment(
                node: network.nodes[$0.stop].id, site: network.nodes[$0.depot].id, fraction: 1, km: 0,
                minutes: 0, covered: nil)
        }
        // Given sites: the only plan there is, so it is optimal by construction.
        return LocationPlan(
            network: network.name, model: model, objective: 0, bound: 0, gap: 0, optimal: true, status: .optimal,

            seconds: 0, parameters: [:], sites: sites, assignments: assignments, hubs: [], lines: [],
            costs: .init(), method: [:])
    }

    /// Parcels a day delivered at `node`, all carriers, summed in carrier order (the same bits on every run, unlike
    /// a sum over the dictionary's values).
    static func parcels(of node: Node) -> Double {
        node.parcels.keys.sorted().reduce(0.0) { $0 + node.parcels[$1]! }
    }

    /// `network` with the demand (parcels and produce) of every demand point outside `keep` removed, so the
    /// router leaves them out.
    static func keepingDemand(of keep: Set<Int>, in network: Network) -> Network {
        removingDemand(of: Set(network.nodes.indices.filter { !keep.contains($0) }), in: network)
    }

    /// `network` with the demand of the demand points `drop` removed.
    static func removingDemand(of drop: Set<Int>, in network: Network) -> Network {
        var net = network
        for i in drop where net.nodes[i].kind.isDemandPoint {
            net.nodes[i].parcels = [:]
            net.nodes[i].pickups = nil
        }
        return net
    }
}

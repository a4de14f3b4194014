// Routes one county under each co-delivery scheme: carriers alone, shared, and the postal backstop.
import RoadNetwork
import SolverControl

/// The per-county work of ``CoDeliveryPlanner``: same stops, same fleet, three ways of serving them.
struct SchemeRouter {
    let network: Network
    let context: CountyRoutingContext
    let request: CoDeliveryRequest
    var roads: RoadDistances { context.roads }

    /// Screens and prepares a depot group for `carriers`' parcels.
    func prepare(_ group: DepotGroup, carriers: [String]?, pickups: Bool) -> PreparedGroup {
        PreparedGroup(
            network: network, roads: roads, county: group.stops.first.flatMap { network.nodes[$0].county } ?? "",
            group: group, fleet: request.fleet, carriers: carriers, pickups: pickups,
            heavyStops: request.heavyStops)
    }

    /// Every scheme of `county`, whose shared groups (already screened) are `shared`.
    func compare(
        county: County, shared: [PreparedGroup]
    ) throws(CountyRoutingError) -> (CountyComparison, [DepotRouting]) {
        let stops = shared.flatMap(\.stops).sorted()
        let centers = shared.map(\.depot)
        var used: [DepotRouting] = []
        var infeasible: [String] = []
        var skipped = shared.flatMap(\.skipped)
        func route(_ groups: [PreparedGroup], seconds: Double, scheme: String) throws(CountyRoutingError) -> RouteTotals
        {
            var totals = RouteTotals()
            let count = max(1, groups.reduce(0) { $0 + $1.stops.count })
            for group in groups where !group.stops.isEmpty {
                for (instance, share) in try group.instances(network: network, roads: roads) {
                    let depot = try DepotRouting(
                        instance: instance, network: network,
                        seconds: seconds * share * Double(group.stops.count) / Double(count),
                        seed: request.seed, maxIterations: request.maxIterations,
                        cancellation: request.cancellation)
                    for r in depot.routes { totals.add(r) }
                    if !depot.feasible && !infeasible.contains(scheme) { infeasible.append(scheme) }
                    used.append(depot)
                }
            }
            return totals
        }
        let sharedTotals = try route(shared, seconds: request.timeLimitPerCounty, scheme: "shared")

        // Carriers alone: each from its own depots (nearest per village), else the county center(s).
        let postal = network.carriers.first(where: \.postal)?.id
        var carrierGroups: [(CarrierAlone, [PreparedGroup])] = []
        for carrier in network.carriers {
            let own = carrierStops(stops, carrier: carrier.id, withPickups: carrier.id == postal)
            let depots = depotsOf(carrier: carrier.id, county: county.code) ?? centers
            let groups = DepotGroups.nearest(depots: depots, stops: own, roads: roads).map {
                prepare($0, carriers: [carrier.id], pickups: request.pickups && carrier.id == postal)
            }
            skipped += groups.flatMap(\.skipped)
            carrierGroups.append(
                (
                    CarrierAlone(
                        carrier: carrier.id, depots: depots.map { network.nodes[$0].id },
                        totals: RouteTotals()), groups
                ))
        }
        let aloneStops = max(1, carrierGroups.reduce(0) { $0 + $1.1.reduce(0) { $0 + $1.stops.count } })
        var carriers: [CarrierAlone] = []
        var alone = RouteTotals()
        for (entry, groups) in carrierGroups {
            var row = entry
            let share = Double(groups.reduce(0) { $0 + $1.stops.count }) / Double(aloneStops)
            row.totals = try route(groups, seconds: request.timeLimitPerCounty * share, scheme: "alone:" + row.carrier)
            alone.add(row.totals)
            carriers.append(row)
        }

        var backstop: BackstopScheme?
        if request.hasBackstop {
            let postalStops = backstopStops(stops, centers: centers)
            let rest = stops.filter { !postalStops.contains($0) }
            let postalDepots = postal.flatMap { depotsOf(carrier: $0, county: county.code) } ?? centers
            let postalGroups = DepotGroups.nearest(depots: postalDepots, stops: postalStops, roads: roads).map {
                prepare($0, carriers: nil, pickups: request.pickups)
            }
            let restGroups = DepotGroups.nearest(depots: centers, stops: rest, roads: roads).map {
                prepare($0, carriers: nil, pickups: request.pickups)
            }
            let share = Double(postalStops.count) / Double(max(1, stops.count))
            let p = try route(postalGroups, seconds: request.timeLimitPerCounty * share, scheme: "backstop")
            let s = try route(restGroups, seconds: request.timeLimitPerCounty * (1 - share), scheme: "backstop")
            var total = p
            total.add(s)
            backstop = BackstopScheme(
                postalStops: postalStops.map { network.nodes[$0].id }, postal: p, shared: s, total: total)
        }
        let row = CountyComparison(
            county: county.code, name: county.name, stops: stops.count, carriers: carriers, alone: alone,
            shared: sharedTotals,
            backstop: backstop, sharedSavings: Savings(scheme: sharedTotals, alone: alone),
            backstopSavings: backstop.map { Savings(scheme: $0.total, alone: alone) }, infeasible: infeasible,
            skipped: skipped)
        return (row, used)
    }

    /// The stops among `stops` with parcels of `carrier` (or, for the postal carrier, produce to collect).
    private func carrierStops(_ stops: [Int], carrier: String, withPickups: Bool) -> [Int] {
        stops.filter { s in
            let node = network.nodes[s]
            return (node.parcels[carrier] ?? 0) > 0
                || (withPickups && request.pickups && (node.pickups?.perDay ?? 0) > 0)
        }
    }

    /// The carrier's depots in the county, or nil when it has none there.
    private func depotsOf(carrier: String, county: String) -> [Int]? {
        let depots = context.nodes(in: county).filter {
            let node = network.nodes[$0]
            return node.kind == .carrierDepot && node.carrier == carrier && node.county == county
        }
        return depots.isEmpty ? nil : depots
    }

    /// Villages beyond the backstop distance from their nearest center, or below the volume threshold.
    private func backstopStops(_ stops: [Int], centers: [Int]) -> [Int] {
        guard !stops.isEmpty else { return [] }
        let matrix = roads.matrix(from: centers, to: stops)
        return stops.enumerated().filter { c, s in
            let km = centers.indices.map { matrix.km($0, c) }.min() ?? 0
            let parcels = CountyRoutingInstance.parcels(of: network.nodes[s], carriers: nil)
            return (request.backstopKm.map { km > $0 } ?? false)
                || (request.backstopMaxParcels.map { parcels < $0 } ?? false)
        }.map(\.1)
    }
}

// Runs the co-delivery comparison: every scheme of every county routed on the same stops with the same fleet.
import Foundation
import RoadNetwork
import SolverControl

/// Computes a ``CoDeliveryComparison``.
public enum CoDeliveryPlanner {
    /// Routes each county under each scheme of `request` and sums up.
    ///
    /// Stops are screened once for the shared scheme (all parcels, from the county center); a stop no van can
    /// serve fails the request (or, with `skipInfeasible`, is left out of every scheme alike, so the schemes
    /// stay comparable).
    ///
    /// - Parameter progress: after each county; `bestCost` is the shared scheme's cost so far.
    /// - Throws: ``CountyRoutingError``.
    public static func compare(
        _ request: CoDeliveryRequest,
        progress: ((CountyRoutingProgress) -> Void)? = nil
    ) throws(CountyRoutingError)
        -> CoDeliveryComparison
    {
        try run(request, progress: progress).comparison
    }

    /// ``compare(_:progress:)`` keeping every depot's solver view, for verification.
    static func run(
        _ request: CoDeliveryRequest, progress: ((CountyRoutingProgress) -> Void)? = nil
    )
        throws(CountyRoutingError) -> (comparison: CoDeliveryComparison, depots: [DepotRouting])
    {
        let started = TimeBudget(seconds: nil)
        try request.fleet.validate()
        if let km = request.backstopKm, !(km >= 0) { throw .badInput("--backstop-km must be >= 0") }
        let network = request.network
        let context = request.context ?? CountyRoutingContext(network)
        let roads = context.roads
        let counties = try CountyRouter.countyList(network: network, codes: request.counties)
        let router = SchemeRouter(network: network, context: context, request: request)
        var prepared: [(county: County, groups: [PreparedGroup])] = []
        var skipped: [SkippedStop] = []
        for county in counties {
            let scope = context.nodes(in: county.code)
            let stops = DepotGroups.stops(
                network: network, scope: scope, county: county.code, kinds: request.stopKinds, carriers: nil,
                pickups: request.pickups)
            let groups = try DepotGroups.groups(
                network: network, index: context.index, county: county.code, scope: scope, stops: stops,
                source: request.centers, roads: roads)
            let ready = groups.map { router.prepare($0, carriers: nil, pickups: request.pickups) }
            skipped += ready.flatMap(\.skipped)
            prepared.append((county, ready))
        }
        if !skipped.isEmpty && !request.skipInfeasible { throw .infeasibleStops(skipped) }
        var rows: [CountyComparison] = []
        var depots: [DepotRouting] = []
        var alone = RouteTotals(), shared = RouteTotals(), backstop = RouteTotals()
        for (c, entry) in prepared.enumerated() {
            let (row, used) = try router.compare(county: entry.county, shared: entry.groups)
            rows.append(row)
            depots += used
            alone.add(row.alone)
            shared.add(row.shared)
            if let b = row.backstop { backstop.add(b.total) }
            progress?(
                CountyRoutingProgress(
                    countiesDone: c + 1, countyCount: counties.count, seconds: started.elapsed,
                    bestCost: shared.cost, county: entry.county.name))
        }
        let comparison = CoDeliveryComparison(
            network: network.name, seed: request.seed, timeLimitPerCounty: request.timeLimitPerCounty,
            backstopKm: request.backstopKm, backstopMaxParcels: request.backstopMaxParcels, fleet: request.fleet,
            emissionFactor: CoDeliveryComparison.emissionNote(request.fleet), counties: rows, alone: alone,
            shared: shared,
            backstop: request.hasBackstop ? backstop : nil, sharedSavings: Savings(scheme: shared, alone: alone),
            backstopSavings: request.hasBackstop ? Savings(scheme: backstop, alone: alone) : nil,
            feasible: rows.allSatisfy(\.feasible), complete: !(request.cancellation?.isCancelled ?? false),
            skipped: skipped, seconds: started.elapsed)
        return (comparison, depots)
    }
}

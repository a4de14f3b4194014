// The pipeline's routing stage: each county's routes from its chosen centers (CountyRouter), and co-delivery savings.
import RoadNetwork
import SolverControl

/// Routes every county from the centers the county-center stage opened, with ``CountyRouter`` (shared
/// delivery when `co_delivery` is on, otherwise each carrier's own vans from the same centers), then compares
/// co-delivery with carriers alone per county (``CoDeliveryPlanner``).
///
/// Stops no van can serve are planned around (listed in the plan's warnings and `skippedStops`); stops heavier
/// than a van get full-vanload direct trips.
struct RouteStage: Sendable {
    let network: Network
    let scenario: Scenario
    let budget: TimeBudget
    let progress: (@Sendable (String) -> Void)?
    /// Counties routed at once.
    var workers = 1
    /// A re-plan's previous routes, the routing search's warm start.
    var previousRoutes: [NetworkPlan.Route] = []

    struct Outcome {
        var stage: NetworkPlan.Stage
        var routes: [NetworkPlan.Route] = []
        var warnings: [String] = []
        var skipped: [String] = []
        var savings: [String: NetworkPlan.Savings] = [:]
        var total: NetworkPlan.Savings?
        var complete = true
    }

    /// Whether node `i` is a stop of the village routes (villages and township seats; communities are in-town).
    static func isStop(_ network: Network, _ i: Int?) -> Bool {
        guard let i else { return false }
        return network.nodes[i].kind == .village || network.nodes[i].kind == .township
    }

    func run(centers: LocationPlan) throws -> Outcome {
        let fleet = scenario.fleet
        let perCounty = scenario.timeLimits.routingPerCounty ?? 2
        let counties = network.counties
        let workers = max(1, min(self.workers, counties.count))
        let plans = CountyPlans(centers, network: network)
        // A county with nothing to deliver has no center to route from (PlanPipeline warns of it).
        let active = counties.indices.filter { plans.points[$0] > 0 }
        let context = CountyRoutingContext(network)
        let stops = counties.map { county in context.nodes(in: county.code).count(where: { Self.isStop(network, $0) }) }
        // Under a total limit every county's quick pass and comparison are reserved first and the searches share
        // what is left, by stops, among the counties not yet started when each starts (`workers` at once).
        // Carriers each alone (co_delivery off) cost about what the comparison's carriers alone cost.
        var costs = Self.fixedCosts
        if !scenario.coDelivery { costs.quick = costs.comparison }
        let timeShare = CountyTimeShare(
            total: active.reduce(0.0) { $0 + Double(stops[$1]) }, workers: workers, costs: costs)
        var outcome = Outcome(
            stage: .init(
                name: .routes, status: .feasible, objective: 0, bound: nil, gap: nil, seconds: 0,
                note: scenario.coDelivery ? "shared delivery from the county centers" : "each carrier alone"))
        // Counties are independent: each is routed (and compared) on its own, on `workers` cores, largest first,
        // with a seed derived from the plan's seed and its code; results are merged in county order below.
        // Grouped once: filtering the previous routes per county would scan them all for every county.
        let previous = Dictionary(grouping: previousRoutes, by: \.county)
        let done = ProgressCounter()
        let report = progress
        let weight = { (a: Int) in Double(plans.points[active[a]]) }
        let results = try ParallelWork.map(count: active.count, workers: workers, weight: weight) {
            (a: Int) throws -> CountyOutcome in
            let c = active[a]
            let county = counties[c]
            // Without a total limit: the county's default seconds; with one, at most that.
            let own = Self.defaultSeconds(perCounty: perCounty, stops: stops[c])
            var share =
                timeShare.start(weight: Double(stops[c]), remaining: budget.remaining)
                ?? .init(search: own, compare: true)
            share.search = share.search.map { min(own, $0) }
            let result = try routeCounty(
                county, centers: plans.plan(c), previous: previous[county.code] ?? [], context: context, fleet: fleet,
                share: share, timeShare: timeShare, stops: Double(stops[c]))
            let n = done.increment()
            let cost = result.routed.reduce(0) { $0 + $1.totals.cost }
            report?(String(format: "routes: %d/%d counties (%@), %.0f yuan/day", n, active.count, county.name, cost))
            return result
        }
        let capacity = Dictionary(
            fleet.vans.map { ($0.name, Double($0.capacityParcels)) }, uniquingKeysWith: { a, _ in a })
        let carriers = self.carriers
        var seconds = 0.0
        var compared = RouteTotals(), sharedTotals = RouteTotals(), allCompared = true
        // Routes carrier by carrier, county by county (the order of the one-county-at-a-time stage).
        for (k, carrier) in carriers.enumerated() {
            for result in results {
                let routed = result.routed[k]
                seconds += routed.seconds
                for set in routed.counties {
                    for r in set.routes {
                        outcome.routes.append(
                            .init(
                                county: set.county, center: r.depot, vehicle: r.van, capacity: capacity[r.van] ?? 0,
                                stops: r.stops,
                                km: r.km, minutes: r.hours * 60, load: r.peakLoad, cost: r.cost,
                                directTrip: r.directTrip,
                                carrier: carrier))
                    }
                    if !set.feasible {
                        outcome.warnings.append(
                            "routes in \(set.name): the router reports constraints broken (see hubplan verify)")
                    }
                }
                for s in routed.skipped where !outcome.skipped.contains(s.node) {
                    outcome.skipped.append(s.node)
                    outcome.warnings.append("stop \(s.node) \(s.name) not routed: \(s.reason)")
                }
                outcome.complete = outcome.complete && routed.complete
                if !routed.feasible { outcome.stage.status = .withViolations }
            }
        }
        for result in results {
            guard let comparison = result.comparison else {
                allCompared = false
                continue
            }
            for row in comparison.counties { outcome.savings[row.county] = savings(row.alone, row.shared) }
            compared.add(comparison.alone)
            sharedTotals.add(comparison.shared)
            outcome.complete = outcome.complete && comparison.complete
        }
        if allCompared && !results.isEmpty { outcome.total = savings(compared, sharedTotals) }
        if !allCompared { outcome.complete = false }
        outcome.stage.objective = outcome.routes.reduce(0) { $0 + $1.cost }
        outcome.stage.note! += "; yuan a day; heuristic (no bound)"
        outcome.stage.seconds = seconds
        return outcome
    }

    /// Search iterations of each depot of a county's quick pass (started after the time limit, or with too
    /// little of it left for a timed search): one (100 of the iterated search for counties of 300 stops or more).
    static let lateIterations = 1

    /// Search iterations of each scheme of the co-delivery comparison (fixed work, the same as the quick pass):
    /// the comparison prices carriers alone against shared delivery with the same search effort on each side,
    /// so it needs no more than the quick pass, and fixed work makes it the same on any machine.
    static let comparisonIterations = 1

    /// The stops whose share is all of `routing_per_county` (``defaultSeconds``): a small county gets its share
    /// by stops, so Hebei's 167 counties do not search 2 s each (docs/plan.md).
    static let fullBudgetStops = 800

    /// CPU seconds per stop that each county costs whatever its search (measured on Hebei, release build, with
    /// `routing_iterations: 1`: 0.35 ms a stop for routing, 2.0 ms for the comparison, which routes shared and
    /// each of 8 carriers alone; docs/plan.md), rounded up.
    static let fixedCosts = CountyTimeShare.Costs(quick: 0.0004, comparison: 0.0021)

    /// Stops from which a county's search time rises steeply, and the stops at which it reaches
    /// ``largeFactor`` x `routing_per_county` (then grows with the stops).
    static let rampStops = 600
    static let largeStops = 740
    /// Why: the search needs far more iterations as a county grows. 平山县 (739 stops) ends 0.84% above the best
    /// 10-minute cost at 2 s, 0.51% at 8 s and 0.35% at 12 s (docs/benchmarks/county-ils.md), so issue 20's
    /// 0.5% needs about 10 s there, where 2 s x stops / 800 gave 1.85 s.
    static let largeFactor = 5.0

    /// A county's default search seconds: its share of `perCounty` by stops (stops / ``fullBudgetStops``) below
    /// ``rampStops``; from there a straight rise to ``largeFactor`` x `perCounty` at ``largeStops``, then in
    /// proportion to the stops: 9.9 s for 平山县; Hebei's default plan takes 134.7 s instead of 123.2 s on 2 cores
    /// (docs/benchmarks/plan.md).
    static func defaultSeconds(perCounty: Double, stops: Int) -> Double {
        let s = Double(stops), ramp = Double(rampStops), large = Double(largeStops)
        let share =
            s < ramp
            ? s / Double(fullBudgetStops)
            : s <= large
                ? ramp / Double(fullBudgetStops)
                    + (largeFactor - ramp / Double(fullBudgetStops)) * (s - ramp) / (large - ramp)
                : largeFactor * s / large
        return max(0.05, perCounty * share)
    }

    /// Carriers routed in turn: all together (co-delivery) or each alone.
    private var carriers: [String?] { scenario.coDelivery ? [nil] : network.carriers.map(\.id) }

    /// One county's routes (one set per carrier of ``carriers``) and its co-delivery comparison (nil when the
    /// time was up before it).
    struct CountyOutcome: Sendable {
        var routed: [CountyRoutes]
        var comparison: CoDeliveryComparison?
    }

    /// Routes one county from its centers, then compares co-delivery with carriers alone there.
    private func routeCounty(
        _ county: County, centers: LocationPlan, previous: [NetworkPlan.Route], context: CountyRoutingContext,
        fleet: FleetSpec,
        share: CountyTimeShare.Share, timeShare: CountyTimeShare, stops: Double
    )
        throws -> CountyOutcome
    {
        let seed = ParallelWork.seed(scenario.seed, key: county.code)
        var request = CountyRoutingRequest(network: network)
        request.counties = [county.code]
        request.centers = .plan(centers)
        request.previousRoutes = previous
        request.stabilityPerDay = (scenario.stability ?? 0) / scenario.rates.daysPerYear
        request.context = context
        request.deadline = budget.limit == nil ? nil : budget
        // A county started late gets no more than what is left of the total (a quick pass once it is up).
        let seconds = max(0.05, min(share.search ?? 0.05, budget.remaining ?? .infinity))
        configure(&request, fleet: fleet, seconds: seconds, seed: seed)
        let quick = budget.isExhausted || share.search == nil
        if quick {
            // The quick pass: fixed work and no retries (an infeasible search is retried with 1, 2 and 4 s when
            // stopped by time), so every village is still routed and the limit holds on 1,800 counties.
            request.maxIterations = min(request.maxIterations ?? Self.lateIterations, Self.lateIterations)
            request.timeLimitPerCounty = 0.05
        }
        // Carriers alone share the county's seconds; produce rides with the postal carrier only (as in the
        // co-delivery comparison), or every van would call at every pickup village.
        let postal = network.carriers.first(where: \.postal)?.id
        if !scenario.coDelivery { request.timeLimitPerCounty /= Double(max(1, carriers.count)) }
        var routed: [CountyRoutes] = []
        let routing = TimeBudget(seconds: nil)
        for carrier in carriers {
            request.carriers = carrier.map { [$0] }
            request.pickups = carrier == nil || carrier == postal
            routed.append(try CountyRouter.solve(request))
        }
        if quick { timeShare.record(seconds: routing.elapsed, weight: stops, quick: true) }
        guard share.compare && !budget.isExhausted else { return CountyOutcome(routed: routed, comparison: nil) }
        var compare = CoDeliveryRequest(network: network)
        compare.counties = [county.code]
        compare.centers = .plan(centers)
        compare.context = context
        // Fixed work per scheme (each carrier alone and shared), bounded by what is left of a total limit.
        configure(&compare, fleet: fleet, seconds: seconds, seed: seed)
        compare.maxIterations = min(compare.maxIterations ?? Self.comparisonIterations, Self.comparisonIterations)
        compare.timeLimitPerCounty = budget.remaining ?? 86_400
        let comparing = TimeBudget(seconds: nil)
        let comparison = try CoDeliveryPlanner.compare(compare)
        timeShare.record(seconds: comparing.elapsed, weight: stops, quick: false)
        return CountyOutcome(routed: routed, comparison: comparison)
    }

    /// The settings both routing studies share. With an iteration count the per-county seconds no longer stop a
    /// search, so the routes depend on the data and the seed alone.
    private func configure<Request: CountyRoutingOptions>(
        _ request: inout Request, fleet: FleetSpec, seconds: Double, seed: UInt64
    ) {
        request.fleet = fleet
        request.seed = seed
        request.maxIterations = scenario.timeLimits.routingIterations
        request.timeLimitPerCounty = request.maxIterations == nil ? seconds : 86_400
        request.skipInfeasible = true
        request.heavyStops = .directTrips
        request.cancellation = budget.cancellation
    }

    private func savings(_ alone: RouteTotals, _ shared: RouteTotals) -> NetworkPlan.Savings {
        NetworkPlan.Savings(
            aloneKm: alone.km, sharedKm: shared.km, aloneVehicles: alone.vehicles, sharedVehicles: shared.vehicles,
            aloneCost: alone.cost, sharedCost: shared.cost, aloneKgCO2: alone.kgCO2, sharedKgCO2: shared.kgCO2)
    }
}

// The pipeline's routing stage: each county's routes from its chosen centers (CountyRouter), and co-delivery savings.
import RoadNetwork
import SolverControl

/// Routes every county from the centers the county-center stage opened, with ``CountyRouter`` (shared
/// delivery when `co_delivery` is on, otherwise each carrier's own vans from the same centers), then compares
/// co-delivery with carriers alone per county (``CoDeliveryPlanner``).
///
/// Stops no van can serve are planned around (listed in the plan's warnings and `skippedStops`); stops heavier
/// than a van get full-vanload direct trips.
struct RouteStage {
    let network: Network
    let scenario: Scenario
    let budget: TimeBudget
    let progress: (@Sendable (String) -> Void)?

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
        let counties = network.counties.count
        // The county limit shrinks so the whole stage fits what is left of the total limit.
        let share = budget.remaining.map { max(0.05, $0 / Double(max(1, counties)) / (scenario.coDelivery ? 1.5 : 2)) }
        var request = CountyRoutingRequest(network: network)
        request.centers = .plan(centers)
        let perCountySeconds = min(perCounty, share ?? perCounty)
        configure(&request, fleet: fleet, seconds: perCountySeconds)
        let report = progress
        let note = { (p: CountyRoutingProgress) -> Void in
            report?(String(format: "routes: %d/%d counties (%@), %.0f yuan/day so far", p.countiesDone, p.countyCount, p.county, p.bestCost))
        }
        var outcome = Outcome(stage: .init(name: .routes, status: .feasible, objective: 0, bound: nil, gap: nil, seconds: 0,
                                           note: scenario.coDelivery ? "shared delivery from the county centers" : "each carrier alone"))
        // Carriers alone share the county's seconds; produce rides with the postal carrier only (as in the
        // co-delivery comparison), or every van would call at every pickup village.
        let carriers: [String?] = scenario.coDelivery ? [nil] : network.carriers.map(\.id)
        let postal = network.carriers.first(where: \.postal)?.id
        if !scenario.coDelivery { request.timeLimitPerCounty /= Double(max(1, carriers.count)) }
        var seconds = 0.0
        for carrier in carriers {
            request.carriers = carrier.map { [$0] }
            request.pickups = carrier == nil || carrier == postal
            let routed = try CountyRouter.solve(request, progress: note)
            seconds += routed.seconds
            let capacity = Dictionary(fleet.vans.map { ($0.name, Double($0.capacityParcels)) }, uniquingKeysWith: { a, _ in a })
            for set in routed.counties {
                for r in set.routes {
                    outcome.routes.append(.init(
                        county: set.county, center: r.depot, vehicle: r.van, capacity: capacity[r.van] ?? 0, stops: r.stops,
                        km: r.km, minutes: r.hours * 60, load: r.peakLoad, cost: r.cost, directTrip: r.directTrip,
                        carrier: carrier))
                }
                if !set.feasible {
                    outcome.warnings.append("routes in \(set.name): the router reports constraints broken (see hubplan verify)")
                }
            }
            for s in routed.skipped where !outcome.skipped.contains(s.node) {
                outcome.skipped.append(s.node)
                outcome.warnings.append("stop \(s.node) \(s.name) not routed: \(s.reason)")
            }
            outcome.complete = outcome.complete && routed.complete
            if !routed.feasible { outcome.stage.status = .withViolations }
        }
        outcome.stage.objective = outcome.routes.reduce(0) { $0 + $1.cost }
        outcome.stage.note! += "; yuan a day; heuristic (no bound)"
        if budget.isExhausted {
            outcome.complete = false
        } else {
            try compare(centers: centers, fleet: fleet, perCounty: perCountySeconds, note: note, into: &outcome)
        }
        outcome.stage.seconds = seconds
        return outcome
    }

    /// The settings both routing studies share. With an iteration count the per-county seconds no longer stop a
    /// search, so the routes depend on the data and the seed alone.
    private func configure<Request: CountyRoutingOptions>(_ request: inout Request, fleet: FleetSpec, seconds: Double) {
        request.fleet = fleet
        request.seed = scenario.seed
        request.maxIterations = scenario.timeLimits.routingIterations
        request.timeLimitPerCounty = request.maxIterations == nil ? seconds : 86_400
        request.skipInfeasible = true
        request.heavyStops = .directTrips
        request.cancellation = budget.cancellation
    }

    /// Co-delivery against carriers alone, per county, from the centers the plan opened.
    private func compare(centers: LocationPlan, fleet: FleetSpec, perCounty: Double,
                         note: @escaping (CountyRoutingProgress) -> Void, into outcome: inout Outcome) throws {
        progress?("co-delivery: each carrier alone vs shared, per county")
        var request = CoDeliveryRequest(network: network)
        request.centers = .plan(centers)
        // Each county is routed once per carrier and once shared: a fraction of the routing time per scheme.
        configure(&request, fleet: fleet, seconds: max(0.05, perCounty / 4))
        let comparison = try CoDeliveryPlanner.compare(request, progress: note)
        func savings(_ alone: RouteTotals, _ shared: RouteTotals) -> NetworkPlan.Savings {
            NetworkPlan.Savings(aloneKm: alone.km, sharedKm: shared.km, aloneVehicles: alone.vehicles, sharedVehicles: shared.vehicles,
                                aloneCost: alone.cost, sharedCost: shared.cost, aloneKgCO2: alone.kgCO2, sharedKgCO2: shared.kgCO2)
        }
        for row in comparison.counties { outcome.savings[row.county] = savings(row.alone, row.shared) }
        outcome.total = savings(comparison.alone, comparison.shared)
        outcome.complete = outcome.complete && comparison.complete
    }
}

// Passenger buses inside `hubplan plan`: last-leg vans from the bus townships' seats, the fees, what the buses save.
import RoadNetwork
import SolverControl

/// After routing (driven by ``OperatingModelsStage``): routes each bus township's stops from its seat (the van
/// stationed there meets the bus), routes the same counties once more with those townships served from the
/// centers (the baseline), and records the lines, trips, fees and savings.
struct BusLinesStage {
    let network: Network
    let scenario: Scenario
    let budget: TimeBudget

    /// `routed`: the centers' network before the bus townships were taken off (stops as routed: stations when on).
    func finish(_ lines: [BusLines.Line], routed: Network, centers: LocationPlan, into plan: inout NetworkPlan) throws {
        let lever = scenario.busLines!
        let used = lines.filter(\.used)
        let counties = network.counties.map(\.code).filter { code in
            used.contains { network.nodes[$0.seat].county == code }
        }
        let depots = OperatingModelRouting.depots(
            used.flatMap { l in l.stops.map { (stop: $0, depot: l.seat) } }, network: network, model: "bus-townships")
        let routing = OperatingModelRouting(scenario: scenario, budget: budget)
        let legs = try routing.routes(
            network: OperatingModelRouting.keepingDemand(of: Set(used.flatMap(\.stops)), in: routed),
            depots: .plan(depots), counties: counties, alone: false, carrier: nil)
        plan.routes += legs.routes
        plan.warnings += legs.warnings
        plan.skippedStops += legs.skipped.filter { !plan.skippedStops.contains($0) }
        if !legs.feasible {
            plan.warnings.append("bus last legs: the router reports constraints broken (see hubplan verify)")
        }
        let baseline = try routing.routes(
            network: routed, depots: .plan(centers), counties: counties, alone: !scenario.coDelivery,
            carrier: nil)
        let fleet = scenario.fleet
        var models = plan.operatingModels ?? OperatingModelsPlan()
        let records = lines.map { l in
            BusLinesPlan.Line(
                station: network.nodes[l.station].id,
                stationPositionSource: BusLines.positionSource(network.nodes[l.station]),
                seat: network.nodes[l.seat].id, county: network.nodes[l.seat].county ?? "", km: l.km, used: l.used,
                stops: l.used ? l.stops.map { network.nodes[$0].id } : [], parcelsPerDay: l.used ? l.parcels : 0,
                pickupsPerDay: l.used ? l.pickups : 0,
                trips: l.used ? BusLines.trips(parcels: l.parcels, pickups: l.pickups, perTrip: l.perTrip) : 0,
                feePerDay: l.used ? l.parcels * l.fee : 0, departuresPerDay: l.departures, parcelsPerTrip: l.perTrip,
                feePerParcel: l.fee)
        }
        models.busLines = BusLinesPlan(
            departuresPerDay: lever.departuresPerDay, parcelsPerTrip: lever.parcelsPerTrip,
            feePerParcel: lever.feePerParcel,
            minKm: lever.minKm, lines: records, counties: [], without: DayTotals(), with: DayTotals())
        plan.operatingModels = models
        // `with`: the centers' routes and the last legs (China Post's routes are the backstop's).
        let mine = plan.routes.filter { $0.carrier != PostalBackstop.carrierID }
        models.busLines!.counties = counties.map { code in
            let rows = records.filter { $0.used && $0.county == code }
            return BusLinesPlan.County(
                code: code, townships: rows.count, parcelsPerDay: rows.reduce(0) { $0 + $1.parcelsPerDay },
                feesPerDay: rows.reduce(0) { $0 + $1.feePerDay },
                without: DayTotals(baseline.routes.filter { $0.county == code }, fleet: fleet),
                with: DayTotals(mine.filter { $0.county == code }, fleet: fleet))
        }
        models.busLines!.without = DayTotals(baseline.routes, fleet: fleet)
        models.busLines!.with = DayTotals(mine.filter { counties.contains($0.county) }, fleet: fleet)
        plan.operatingModels = models
    }
}

// The postal backstop inside `hubplan plan`: China Post's routes from the post offices, the fees, what it saves.
import RoadNetwork
import SolverControl

/// Runs the postal backstop around the plan's routing stage (driven by ``OperatingModelsStage``):
/// 1. ``picks(centers:)`` before routing picks the backstop villages (``PostalBackstop``), whose demand the
///    county centers' routes then leave out;
/// 2. ``finish(_:centers:baseline:into:)`` after routing routes the backstop villages from their post offices with
///    shared vans named `china-post` (every carrier's parcels, and the villages' produce), routes the same counties
///    once more with the backstop villages served from the centers (the baseline network), and records the fees
///    each carrier pays China Post and what the backstop saves.
struct PostalBackstopStage {
    let network: Network
    let scenario: Scenario
    let roads: RoadDistances
    let budget: TimeBudget

    /// The backstop villages, or nil when the lever is off.
    func picks(centers: LocationPlan) -> [PostalBackstop.Pick]? {
        guard let lever = scenario.postalBackstop else { return nil }
        var best: [String: LocationPlan.Assignment] = [:]
        for a in centers.assignments where a.fraction > (best[a.node]?.fraction ?? 0) { best[a.node] = a }
        let centerOf = best.keys.sorted().map { (node: $0, center: best[$0]!.site, km: best[$0]!.km) }
        return PostalBackstop.picks(network: network, lever: lever, centerOf: centerOf, roads: roads)
    }

    func finish(
        _ picks: [PostalBackstop.Pick], centers: LocationPlan, baseline baselineNetwork: Network,
        into plan: inout NetworkPlan
    ) throws {
        let lever = scenario.postalBackstop!
        let counties = network.counties.map(\.code).filter { code in
            picks.contains { network.nodes[$0.village].county == code }
        }
        let offices = Array(Set(picks.map(\.postOffice))).sorted()
        let depots = OperatingModelRouting.depots(
            picks.map { (stop: $0.village, depot: $0.postOffice) }, network: network, model: "postal-backstop")
        let routing = OperatingModelRouting(scenario: scenario, budget: budget)
        let postalNet = OperatingModelRouting.keepingDemand(of: Set(picks.map(\.village)), in: network)
        let postal = try routing.routes(
            network: postalNet, depots: .plan(depots), counties: counties, alone: false,
            carrier: PostalBackstop.carrierID)
        plan.routes += postal.routes
        plan.warnings += postal.warnings
        if !postal.feasible {
            plan.warnings.append("postal backstop: the router reports constraints broken (see hubplan verify)")
        }
        plan.skippedStops += postal.skipped.filter { !plan.skippedStops.contains($0) }
        let baseline = try routing.routes(
            network: baselineNetwork, depots: .plan(centers), counties: counties,
            alone: !scenario.coDelivery, carrier: nil)
        let fleet = scenario.fleet
        var models = plan.operatingModels ?? OperatingModelsPlan()
        models.postalBackstop = record(
            lever, picks: picks, offices: offices, counties: counties, postal: postal.routes,
            baseline: baseline.routes, plan: plan, fleet: fleet)
        plan.operatingModels = models
    }

    private func record(
        _ lever: Scenario.PostalBackstop, picks: [PostalBackstop.Pick], offices: [Int], counties: [String],
        postal: [NetworkPlan.Route], baseline: [NetworkPlan.Route], plan: NetworkPlan,
        fleet: FleetSpec
    ) -> PostalBackstopPlan {
        let payee = network.carriers.first(where: \.postal)?.id ?? PostalBackstop.carrierID
        var payments: [PostalBackstopPlan.Payment] = []
        for carrier in network.carriers where carrier.id != payee {
            let parcels = picks.reduce(0.0) { $0 + (network.nodes[$1.village].parcels[carrier.id] ?? 0) }
            guard parcels > 0 else { continue }
            let fee = parcels * lever.feePerParcel
            payments.append(
                .init(
                    carrier: carrier.id, payee: payee, parcelsPerDay: parcels, feePerDay: fee,
                    feePerYear: fee * scenario.rates.daysPerYear))
        }
        let postOffices = offices.map { i in
            let served = picks.filter { $0.postOffice == i }
            let node = network.nodes[i]
            return PostalBackstopPlan.PostOffice(
                id: node.id, name: node.name, county: node.county ?? "", lon: node.lon, lat: node.lat,
                positionSource: PostalBackstop.positionSource(node), villages: served.count,
                parcelsPerDay: served.reduce(0) { $0 + ScenarioNetwork.demand(of: network.nodes[$1.village]) })
        }
        let villages = picks.map {
            PostalBackstopPlan.Village(
                node: network.nodes[$0.village].id, county: network.nodes[$0.village].county ?? "",
                postOffice: network.nodes[$0.postOffice].id, km: $0.km,
                parcelsPerDay: ScenarioNetwork.demand(of: network.nodes[$0.village]), reason: $0.reason)
        }
        let rows = counties.map { code in
            let mine = picks.filter { network.nodes[$0.village].county == code }
            let others = mine.reduce(0.0) { sum, p in
                sum + network.nodes[p.village].parcels.filter { $0.key != payee }.values.reduce(0, +)
            }
            return PostalBackstopPlan.County(
                code: code, villages: mine.count, feesPerDay: others * lever.feePerParcel,
                without: DayTotals(baseline.filter { $0.county == code }, fleet: fleet),
                with: DayTotals(plan.routes.filter { $0.county == code }, fleet: fleet))
        }
        let fees = payments.reduce(0) { $0 + $1.feePerDay }
        let postalTotals = DayTotals(postal, fleet: fleet)
        return PostalBackstopPlan(
            km: lever.km ?? (lever.maxParcels == nil ? 30 : nil), maxParcels: lever.maxParcels,
            feePerParcel: lever.feePerParcel,
            postOffices: postOffices, villages: villages, payments: payments, postalRoutes: postalTotals,
            feesPerDay: fees,
            postalNetPerDay: fees - postalTotals.cost, counties: rows,
            without: DayTotals(baseline.filter { counties.contains($0.county) }, fleet: fleet),
            with: DayTotals(plan.routes.filter { counties.contains($0.county) }, fleet: fleet))
    }
}

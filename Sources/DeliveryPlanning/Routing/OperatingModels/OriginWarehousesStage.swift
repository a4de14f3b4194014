// Origin warehouses inside `hubplan plan`: collection routes from the warehouses, and what they save.
import RoadNetwork
import SolverControl

/// After routing (driven by ``OperatingModelsStage``): routes the produce of each warehouse's villages from the
/// warehouse (carrier `produce`; refrigerated vans where the produce needs cold chain, every route within the
/// lever's cold-chain minutes), collects the same produce the same way from the county centers (the baseline:
/// where the produce consolidates is what the warehouses change), and records warehouses, villages and savings.
struct OriginWarehousesStage {
    let network: Network
    let scenario: Scenario
    let roads: RoadDistances
    let budget: TimeBudget

    func finish(
        _ d: OriginWarehouseDecision, lever: Scenario.OriginWarehouses, centers: LocationPlan,
        into plan: inout NetworkPlan
    ) throws {
        let counties = network.counties.map(\.code).filter { code in
            d.warehouses.contains { network.nodes[$0].county == code }
        }
        let depots = OperatingModelRouting.depots(
            d.warehouseOf.keys.sorted().map { (stop: $0, depot: d.warehouseOf[$0]!) }, network: network,
            model: "origin-warehouses")
        let routing = OperatingModelRouting(scenario: scenario, budget: budget)
        let collect = try routing.routes(
            network: d.produceOnly(network), depots: .plan(depots), counties: counties, alone: false,
            carrier: OriginWarehouseDecision.carrierID, shiftMinutes: lever.coldChainMinutes)
        plan.routes += collect.routes
        plan.warnings += collect.warnings
        plan.skippedStops += collect.skipped.filter { !plan.skippedStops.contains($0) }
        if !collect.feasible {
            plan.warnings.append("origin warehouses: the router reports constraints broken (see hubplan verify)")
        }
        // Without warehouses: the same produce collected the same way from the county centers.
        let baseline = try routing.routes(
            network: d.produceOnly(network), depots: .plan(centers), counties: counties, alone: false,
            carrier: OriginWarehouseDecision.carrierID, shiftMinutes: lever.coldChainMinutes)
        let fleet = scenario.fleet
        let with = collect.routes
        let villages = d.warehouseOf.keys.sorted().map { v in
            let up = network.nodes[v].pickups!
            return OriginWarehousesPlan.Village(
                node: network.nodes[v].id, warehouse: network.nodes[d.warehouseOf[v]!].id,
                km: roads.matrix(from: [v], to: [d.warehouseOf[v]!]).km(0, 0), pickupsPerDay: up.perDay,
                coldChain: up.coldChain, product: up.product)
        }
        let warehouses = d.warehouses.map { w in
            let mine = villages.filter { $0.warehouse == network.nodes[w].id }
            return OriginWarehousesPlan.Warehouse(
                id: network.nodes[w].id, name: network.nodes[w].name, county: network.nodes[w].county ?? "",
                lon: network.nodes[w].lon,
                lat: network.nodes[w].lat, villages: mine.count,
                pickupsPerDay: mine.reduce(0) { $0 + $1.pickupsPerDay },
                coldPickupsPerDay: mine.filter(\.coldChain).reduce(0) { $0 + $1.pickupsPerDay },
                products: Array(Set(mine.compactMap(\.product))).sorted())
        }
        let rows = counties.map { code in
            OriginWarehousesPlan.County(
                code: code, warehouses: warehouses.filter { $0.county == code }.count,
                pickupsPerDay: warehouses.filter { $0.county == code }.reduce(0) { $0 + $1.pickupsPerDay },
                status: d.status[code] ?? "",
                without: DayTotals(baseline.routes.filter { $0.county == code }, fleet: fleet),
                with: DayTotals(with.filter { $0.county == code }, fleet: fleet))
        }
        var models = plan.operatingModels ?? OperatingModelsPlan()
        models.originWarehouses = OriginWarehousesPlan(
            perCounty: lever.perCounty, coldChainMinutes: lever.coldChainMinutes, warehouses: warehouses,
            villages: villages,
            counties: rows, without: DayTotals(baseline.routes, fleet: fleet),
            with: DayTotals(with.filter { counties.contains($0.county) }, fleet: fleet))
        plan.operatingModels = models
    }
}

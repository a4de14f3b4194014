// The verifier's checks of origin warehouses: every producing village collected once from its own warehouse, in time.
import RoadNetwork

extension PlanVerifier {
    /// Every village with produce (in the scenario's network) has a listed warehouse, a candidate site or center
    /// of its county, at most `per_county` of them per county; each producing village is on exactly one `produce`
    /// route (or its direct trips) from its own warehouse; `produce` routes call at that warehouse's villages only,
    /// carry cold-chain produce on refrigerated vans only, and run within `cold_chain_minutes` (so the produce reaches
    /// cold storage within it; the route's minutes are at least its recomputed driving and service minutes); load
    /// and km recomputed; each warehouse's villages and produce recomputed.
    static func verifyOriginWarehouses(
        _ plan: NetworkPlan, network: Network, index: [String: Int], roads: RoadDistances
    )
        -> [String]
    {
        let lever: Scenario.OriginWarehouses, record: OriginWarehousesPlan
        switch scope(
            plan, lever: plan.scenario.originWarehouses, record: plan.operatingModels?.originWarehouses,
            key: "originWarehouses", scenarioKey: "origin_warehouses")
        {
        case .done(let found): return found
        case .check(let l, let r): (lever, record) = (l, r)
        }
        var v: [String] = []
        let warehouseOf = Dictionary(record.villages.map { ($0.node, $0.warehouse) }, uniquingKeysWith: { a, _ in a })
        var perWarehouse: [String: (villages: Int, pickups: Double)] = [:]
        for node in network.nodes where node.kind.isDemandPoint && (node.pickups?.perDay ?? 0) > 0 {
            guard let w = warehouseOf[node.id] else {
                v.append("originWarehouses: village \(node.id) has produce but no warehouse"); continue
            }
            guard let i = index[w], [.candidateSite, .countyCenter].contains(network.nodes[i].kind),
                network.nodes[i].county == node.county,
                record.warehouses.contains(where: { $0.id == w })
            else {
                v.append("originWarehouses: village \(node.id): \(w) is not a listed warehouse site of its county");
                continue
            }
            perWarehouse[w, default: (0, 0)].villages += 1
            perWarehouse[w, default: (0, 0)].pickups += node.pickups!.perDay
        }
        for w in record.warehouses {
            let (n, p) = perWarehouse[w.id] ?? (0, 0)
            if n != w.villages || abs(p - w.pickupsPerDay) > 1e-6 * max(1, p) {
                v.append(
                    "originWarehouses: warehouse \(w.id) collects \(w.villages) villages, \(fmt(w.pickupsPerDay)) a day; recomputed \(n), \(fmt(p))"
                )
            }
        }
        for county in Set(record.warehouses.map(\.county)).sorted()
        where record.warehouses.filter({ $0.county == county }).count > lever.perCounty {
            v.append("originWarehouses: county \(county) has more than \(lever.perCounty) warehouses")
        }
        let cold = Set(FleetSpec.rural.vans.filter(\.coldChain).map(\.name))
        var visits: [String: Int] = [:]
        var direct: Set<String> = []
        for (r, route) in plan.routes.enumerated() where route.carrier == OriginWarehouseDecision.carrierID {
            let name = "route \(r + 1) (\(route.center))"
            guard let depot = index[route.center], record.warehouses.contains(where: { $0.id == route.center }) else {
                v.append("\(name): a produce route not from a listed warehouse"); continue
            }
            var tour = [depot], needsCold = false, service = 0.0
            for s in route.stops {
                guard warehouseOf[s] == route.center, let i = index[s] else {
                    v.append("\(name): collects at \(s), not one of its villages"); continue
                }
                if route.directTrip { direct.insert(s) } else { visits[s, default: 0] += 1 }
                needsCold = needsCold || (network.nodes[i].pickups?.coldChain ?? false)
                service += network.nodes[i].serviceMinutes ?? FleetSpec.rural.defaultServiceMinutes
                tour.append(i)
            }
            if needsCold && !cold.contains(route.vehicle) {
                v.append("\(name): cold-chain produce on a \(route.vehicle)")
            }
            let m = roads.matrix(from: tour, to: tour)
            let driving = tour.indices.reduce(0.0) { $0 + m.minutes($1, ($1 + 1) % tour.count) }
            if route.minutes + 1 < driving + service {
                v.append(
                    "\(name): \(fmt(route.minutes)) min, but driving and service alone take \(fmt(driving + service))")
            }
            if route.minutes > lever.coldChainMinutes + 0.5 {
                v.append(
                    "\(name): \(fmt(route.minutes)) min on the road, over the cold-chain limit \(fmt(lever.coldChainMinutes)) min"
                )
            }
            v += checkLoadAndKm(route, name: name, tour: tour, roads: roads)
        }
        v += onceEach(
            Array(warehouseOf.keys), visits: visits, direct: direct, skipped: plan.skippedStops,
            key: "originWarehouses", noun: "village",
            routes: "produce")
        return v
    }
}

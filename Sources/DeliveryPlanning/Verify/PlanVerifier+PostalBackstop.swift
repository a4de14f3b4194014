// The verifier's checks of the postal backstop: the right villages, China Post's routes only, fees recomputed.
import RoadNetwork

extension PlanVerifier {
    /// Recomputes the postal backstop from the scenario's lever: every village beyond the km threshold from its
    /// center (or under the parcel threshold) is a backstop village and no other; each is served by China Post
    /// only (on exactly one `china-post` route, or its direct trips, from a post office of its county) and by no
    /// center route; each `china-post` route starts at a listed post office, calls at backstop villages only,
    /// keeps its van's capacity and its km; the fees each carrier pays and the totals are recomputed.
    static func verifyPostalBackstop(
        _ plan: NetworkPlan, network: Network, index: [String: Int], roads: RoadDistances
    ) -> [String] {
        let lever: Scenario.PostalBackstop, record: PostalBackstopPlan
        switch scope(
            plan, lever: plan.scenario.postalBackstop, record: plan.operatingModels?.postalBackstop,
            key: "postalBackstop", scenarioKey: "postal_backstop")
        {
        case .done(let found): return found
        case .check(let l, let r): (lever, record) = (l, r)
        }
        var v: [String] = []
        let km = lever.km ?? (lever.maxParcels == nil ? 30 : nil)
        // Which villages must be backstop villages: road km to the assigned center recomputed.
        var expected: Set<String> = []
        for a in plan.assignments {
            guard let i = index[a.node], let c = index[a.center], RouteStage.isStop(network, i),
                ScenarioNetwork.demand(of: network.nodes[i]) > 0
            else { continue }
            let d = roads.matrix(from: [i], to: [c]).km(0, 0)
            if (km.map { d > $0 * (1 + tolerance) } ?? false)
                || (lever.maxParcels.map { network.nodes[i].totalParcels < $0 } ?? false)
            {
                expected.insert(a.node)
            }
        }
        let listed = Dictionary(record.villages.map { ($0.node, $0) }, uniquingKeysWith: { a, _ in a })
        for id in expected.sorted() where listed[id] == nil {
            v.append("postalBackstop: village \(id) qualifies but is not a backstop village")
        }
        for id in listed.keys.sorted() where !expected.contains(id) {
            v.append("postalBackstop: village \(id) is listed but does not qualify (km and parcels recomputed)")
        }
        let offices = Set(record.postOffices.map(\.id))
        var postalVisits: [String: Int] = [:]
        var direct: Set<String> = []
        for (r, route) in plan.routes.enumerated() {
            let name = "route \(r + 1) (\(route.center))"
            if route.carrier == OriginWarehouseDecision.carrierID { continue }  // produce only: verifyOriginWarehouses
            guard route.carrier == PostalBackstop.carrierID else {
                for s in route.stops where listed[s] != nil {
                    v.append("\(name): calls at backstop village \(s), which China Post serves")
                }
                continue
            }
            guard offices.contains(route.center), let depot = index[route.center] else {
                v.append("\(name): a china-post route not from a listed post office"); continue
            }
            var tour = [depot]
            for s in route.stops {
                guard let village = listed[s], let i = index[s] else {
                    v.append("\(name): china-post calls at \(s), not a backstop village"); continue
                }
                if village.county != network.nodes[depot].county {
                    v.append("\(name): post office in another county than \(s)")
                }
                if route.directTrip { direct.insert(s) } else { postalVisits[s, default: 0] += 1 }
                tour.append(i)
            }
            v += checkLoadAndKm(route, name: name, tour: tour, roads: roads)
        }
        v += onceEach(
            Array(listed.keys), visits: postalVisits, direct: direct, skipped: plan.skippedStops, key: "postalBackstop",
            noun: "village",
            routes: "china-post")
        // Fees: each carrier but China Post pays the fee on its parcels at the backstop villages.
        let payee = network.carriers.first(where: \.postal)?.id ?? PostalBackstop.carrierID
        for carrier in network.carriers where carrier.id != payee {
            let parcels = listed.keys.reduce(0.0) {
                $0 + (index[$1].flatMap { network.nodes[$0].parcels[carrier.id] } ?? 0)
            }
            let claimed = record.payments.first { $0.carrier == carrier.id }
            let fee = parcels * lever.feePerParcel
            if abs((claimed?.feePerDay ?? 0) - fee) > 1e-6 * max(1, fee) || (claimed.map { $0.payee != payee } ?? false)
            {
                v.append(
                    "postalBackstop: carrier \(carrier.id) pays \(fmt(claimed?.feePerDay ?? 0)) a day, recomputed \(fmt(fee)) to \(payee)"
                )
            }
        }
        let counties = Set(record.counties.map(\.code))
        // With: the centers' routes and China Post's (not the bus townships' last legs).
        let with = plan.routes.filter {
            counties.contains($0.county)
                && ($0.carrier == PostalBackstop.carrierID || !(plan.operatingModels?.ownsRoute($0) ?? false))
        }
        let cost = with.reduce(0) { $0 + $1.cost }, routeKm = with.reduce(0) { $0 + $1.km }
        if abs(record.with.cost - cost) > 1e-6 * max(1, cost) || abs(record.with.km - routeKm) > 1e-6 * max(1, routeKm)
        {
            v.append(
                "postalBackstop: with-backstop totals \(fmt(record.with.cost)) yuan, \(fmt(record.with.km)) km; routes say \(fmt(cost)), \(fmt(routeKm))"
            )
        }
        return v
    }
}

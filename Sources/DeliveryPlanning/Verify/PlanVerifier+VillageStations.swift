// The verifier's checks of village stations: every village within station_km of a station, loads and frequencies.
import RoadNetwork

extension PlanVerifier {
    /// Recomputes the stations from the lever: every village with demand that the centers' routes serve (not a
    /// postal backstop village) has exactly one station, a village of its own county within `station_km` road km
    /// (recomputed), which is its own station; each station's villages and parcels recomputed and its frequency
    /// what the thresholds give; each county's express-to-village rate recomputed; stations are on the centers'
    /// routes (the generic route check) and the villages they serve are on none.
    static func verifyVillageStations(
        _ plan: NetworkPlan, network: Network, index: [String: Int], roads: RoadDistances
    )
        -> [String]
    {
        let lever: Scenario.VillageStations, record: VillageStationsPlan
        switch scope(
            plan, lever: plan.scenario.villageStations, record: plan.operatingModels?.villageStations,
            key: "villageStations", scenarioKey: "village_stations")
        {
        case .done(let found): return found
        case .check(let l, let r): (lever, record) = (l, r)
        }
        var v: [String] = []
        let backstop = Set(plan.operatingModels?.postalBackstop?.villages.map(\.node) ?? [])
        let stationOf = Dictionary(record.villages.map { ($0.node, $0.station) }, uniquingKeysWith: { a, _ in a })
        if stationOf.count != record.villages.count { v.append("villageStations: a village is listed twice") }
        let stations = Dictionary(record.stations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var load: [String: (villages: Int, parcels: Double)] = [:]
        for node in network.nodes
        where node.kind == .village && ScenarioNetwork.demand(of: node) > 0 && !backstop.contains(node.id) {
            guard let s = stationOf[node.id] else {
                v.append("villageStations: village \(node.id) has no station"); continue
            }
            guard let i = index[node.id], let j = index[s], stations[s] != nil, stationOf[s] == s else {
                v.append("villageStations: village \(node.id): station \(s) is not a listed station serving itself");
                continue
            }
            if network.nodes[j].county != node.county {
                v.append("villageStations: village \(node.id): station \(s) in another county")
            }
            let km = roads.matrix(from: [i], to: [j]).km(0, 0)
            if km > lever.stationKm * (1 + tolerance) + 1e-9 {
                v.append(
                    "villageStations: village \(node.id) is \(fmt(km)) km from its station \(s), beyond station_km \(lever.stationKm)"
                )
            }
            load[s, default: (0, 0)].villages += 1
            load[s, default: (0, 0)].parcels += node.totalParcels
        }
        for id in stationOf.keys.sorted()
        where index[id].map({ network.nodes[$0].kind != .village }) ?? true || backstop.contains(id) {
            v.append("villageStations: \(id) is listed but is not a village the centers serve")
        }
        var frequency: [String: String] = [:]
        for s in record.stations {
            let (n, parcels) = load[s.id] ?? (0, 0)
            if n != s.villages || abs(parcels - s.parcelsPerDay) > 1e-6 * max(1, parcels) {
                v.append(
                    "villageStations: station \(s.id) serves \(s.villages) villages, \(fmt(s.parcelsPerDay)) parcels/day; recomputed \(n), \(fmt(parcels))"
                )
            }
            let f = VillageStationsDecision.frequency(parcels, lever: lever)
            if f != s.frequency {
                v.append(
                    "villageStations: station \(s.id) served \(s.frequency), its \(fmt(parcels)) parcels/day give \(f)")
            }
            frequency[s.id] = f
        }
        let skipped = Set(plan.skippedStops)
        for c in record.counties {
            let mine = stationOf.filter { index[$0.key].map { network.nodes[$0].county == c.code } ?? false }
            let reached = mine.filter {
                frequency[$0.value] != nil && frequency[$0.value] != "twice-weekly" && !skipped.contains($0.value)
            }
            let rate = mine.isEmpty ? 0 : Double(reached.count) / Double(mine.count)
            if abs(rate - c.expressRate) > 1e-9 {
                v.append("villageStations: county \(c.code): express rate \(c.expressRate), recomputed \(rate)")
            }
        }
        for (r, route) in plan.routes.enumerated()
        where route.carrier != PostalBackstop.carrierID && route.carrier != OriginWarehouseDecision.carrierID {
            for s in route.stops where stationOf[s].map({ $0 != s }) ?? false {
                v.append(
                    "route \(r + 1) (\(route.center)): calls at \(s), whose parcels go to station \(stationOf[s]!)")
            }
        }
        return v
    }
}

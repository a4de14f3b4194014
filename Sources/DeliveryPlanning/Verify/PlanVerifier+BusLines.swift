// The verifier's checks of bus lines: stations and seats, trips within capacity and departures, last legs, fees.
import RoadNetwork

extension PlanVerifier {
    /// Recomputes the bus lines: each line from the county's bus station (a `bus-station` node of the county, else
    /// an open center of it; with a timetable, the station its entry names) to a township seat of the same county
    /// that is not an open center when used, its km recomputed and at least `min_km` when used (generated lines);
    /// with a timetable, every line one of its entries, on that entry's terms (else the lever's); a used line's stops are demand points (or stations) of the seat's township,
    /// its parcels and produce recomputed from them (a station's from its villages), its trips a day
    /// `ceil(max(parcels, produce) / parcels_per_trip)` within `departures_per_day`, its fee recomputed; each of
    /// its stops on exactly one last-leg route from the seat and on no other route; last legs within capacity and
    /// their km recomputed.
    static func verifyBusLines(
        _ plan: NetworkPlan, network: Network, index: [String: Int], roads: RoadDistances
    ) -> [String] {
        let lever: Scenario.BusLines, record: BusLinesPlan
        switch scope(
            plan, lever: plan.scenario.busLines, record: plan.operatingModels?.busLines, key: "busLines",
            scenarioKey: "bus_lines")
        {
        case .done(let found): return found
        case .check(let l, let r): (lever, record) = (l, r)
        }
        var v: [String] = []
        let centers = Set(plan.centers.map(\.id))
        var villagesOf: [String: [String]] = [:]
        for s in plan.operatingModels?.villageStations?.villages ?? [] {
            villagesOf[s.station, default: []].append(s.node)
        }
        var legOf: [String: String] = [:]  // stop -> seat of its used line
        // Produce an origin warehouse collects does not ride the bus.
        let collected = Set(plan.operatingModels?.originWarehouses?.villages.map(\.node) ?? [])
        for line in record.lines {
            let name = "busLines: line \(line.station) -> \(line.seat)"
            guard let st = index[line.station], let seat = index[line.seat] else {
                v.append("\(name): unknown node"); continue
            }
            let county = network.nodes[seat].county
            // A timetable's line runs from the station it names (checked against the network when read).
            let entry = lever.timetable?.line(seat: line.seat)
            if lever.timetable != nil && entry == nil {
                v.append("\(name): not a line of the bus_lines file \(lever.timetable!.file)")
            }
            let stationOK =
                network.nodes[st].county == county
                && (entry?.station.map { $0 == line.station }
                    ?? (network.nodes[st].tags.contains("bus-station") || centers.contains(line.station)))
            if !stationOK {
                v.append("\(name): \(line.station) is not a bus station or center of county \(county ?? "?")")
            }
            if !network.nodes[seat].tags.contains("township-seat") || (line.used && centers.contains(line.seat)) {
                v.append("\(name): \(line.seat) is not a township seat without a center")
            }
            let km = roads.matrix(from: [st], to: [seat]).km(0, 0)
            if abs(km - line.km) > 1e-6 * max(1, km) { v.append("\(name): \(fmt(line.km)) km, recomputed \(fmt(km))") }
            // The line's terms: its timetable entry's, else the lever's; the plan's claim must match them.
            let departures = entry?.departuresPerDay ?? lever.departuresPerDay
            let perTrip = entry?.parcelsPerTrip ?? lever.parcelsPerTrip
            let fee = entry?.feePerParcel ?? lever.feePerParcel
            if line.departuresPerDay.map({ $0 != departures }) ?? false
                || line.parcelsPerTrip.map({ $0 != perTrip }) ?? false || line.feePerParcel.map({ $0 != fee }) ?? false
            {
                v.append(
                    "\(name): terms \(line.departuresPerDay ?? 0) departures, \(fmt(line.parcelsPerTrip ?? 0)) a trip, \(fmt(line.feePerParcel ?? 0)) a parcel; the scenario's \(departures), \(fmt(perTrip)), \(fmt(fee))"
                )
            }
            guard line.used else { continue }
            if lever.timetable == nil && km < lever.minKm * (1 - tolerance) {
                v.append("\(name): used, but \(fmt(km)) km is under min_km \(lever.minKm)")
            }
            var parcels = 0.0, pickups = 0.0
            for stop in line.stops {
                guard let i = index[stop], network.nodes[i].county == county, network.nodes[i].township != nil,
                    network.nodes[i].township == network.nodes[seat].township
                else {
                    v.append("\(name): stop \(stop) is not in the seat's township"); continue
                }
                if legOf[stop] != nil { v.append("\(name): stop \(stop) on two bus lines") }
                legOf[stop] = line.seat
                for id in villagesOf[stop] ?? [stop] {
                    guard let j = index[id] else { continue }
                    parcels += network.nodes[j].totalParcels
                    if !collected.contains(id) { pickups += network.nodes[j].pickups?.perDay ?? 0 }
                }
            }
            if abs(parcels - line.parcelsPerDay) > 1e-6 * max(1, parcels)
                || abs(pickups - line.pickupsPerDay) > 1e-6 * max(1, pickups)
            {
                v.append(
                    "\(name): \(fmt(line.parcelsPerDay)) parcels and \(fmt(line.pickupsPerDay)) produce a day, recomputed \(fmt(parcels)), \(fmt(pickups))"
                )
            }
            let trips = BusLines.trips(parcels: parcels, pickups: pickups, perTrip: perTrip)
            if trips != line.trips { v.append("\(name): \(line.trips) trips a day, the load needs \(trips)") }
            if trips > departures {
                v.append("\(name): \(trips) bus trips a day needed, over the \(departures) departures")
            }
            if abs(parcels * fee - line.feePerDay) > 1e-6 * max(1, parcels) {
                v.append("\(name): fee \(fmt(line.feePerDay)) a day, recomputed \(fmt(parcels * fee))")
            }
        }
        var visits: [String: Int] = [:]
        var direct: Set<String> = []
        let seats = Set(record.lines.filter(\.used).map(\.seat))
        for (r, route) in plan.routes.enumerated() {
            let name = "route \(r + 1) (\(route.center))"
            if route.carrier == OriginWarehouseDecision.carrierID { continue }  // produce only: verifyOriginWarehouses
            guard seats.contains(route.center), route.carrier != PostalBackstop.carrierID else {
                for s in route.stops where legOf[s] != nil {
                    v.append("\(name): calls at \(s), which the bus township's van serves")
                }
                continue
            }
            guard let depot = index[route.center] else { continue }
            var tour = [depot]
            for s in route.stops {
                guard legOf[s] == route.center, let i = index[s] else {
                    v.append("\(name): last leg calls at \(s), not a stop of this township"); continue
                }
                if route.directTrip { direct.insert(s) } else { visits[s, default: 0] += 1 }
                tour.append(i)
            }
            v += checkLoadAndKm(route, name: name, tour: tour, roads: roads)
        }
        v += onceEach(
            Array(legOf.keys), visits: visits, direct: direct, skipped: plan.skippedStops, key: "busLines",
            noun: "stop",
            routes: "last-leg")
        return v
    }
}

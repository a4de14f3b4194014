// The verifier's checks of what each route claims beyond its km: its van, its cost, its times, and the plan's
// completeness flag.
import RoadNetwork
import SolverControl

extension PlanVerifier {
    /// Each route's van is a van of the scenario's fleet with the capacity the route states; its cost a day is
    /// recomputed from its km and minutes and the van's rates; and, once its km agree with the road distances
    /// (otherwise its times are not worth checking), its schedule is replayed from the road minutes: every
    /// stop reached before its time window closes, the shift not overrun, the van back before the depot
    /// closes, and the route's minutes matching the replay.
    ///
    /// The schedule is the planner's documented one (docs/routing.md): the van leaves as late as it can without
    /// waiting at its first stop (never before the depot opens), waits at a stop not open yet, serves, drives on.
    static func verifySchedules(
        _ plan: NetworkPlan, network: Network, index: [String: Int], roads: RoadDistances
    )
        -> [String]
    {
        var v: [String] = []
        let fleet = plan.scenario.fleet
        let slack = 0.5  // minutes: the router plans in whole seconds rounded leg by leg
        for (r, route) in plan.routes.enumerated() {
            let name = "route \(r + 1) (\(route.center))"
            guard let van = fleet.vans.first(where: { $0.name == route.vehicle }) else {
                v.append("\(name): van \"\(route.vehicle)\" is not in the scenario's fleet"); continue
            }
            if abs(route.capacity - Double(van.capacityParcels)) > 1e-9 {
                v.append("\(name): capacity \(fmt(route.capacity)), the \(van.name) holds \(van.capacityParcels)")
            }
            let cost = van.fixedCostPerDay + route.km * van.costPerKm + route.minutes / 60 * van.costPerHour
            if abs(cost - route.cost) > 1e-6 * max(1, abs(cost)) {
                v.append(
                    "\(name): costs \(fmt(route.cost)) yuan a day, recomputed \(fmt(cost)) from its km, minutes and "
                        + "the \(van.name)'s rates")
            }
            guard let depot = index[route.center], case let stops = route.stops.compactMap({ index[$0] }),
                stops.count == route.stops.count, !stops.isEmpty
            else { continue }
            let tour = [depot] + stops
            let m = roads.matrix(from: tour, to: tour)
            let km = tour.indices.reduce(0.0) { $0 + m.km($1, ($1 + 1) % tour.count) }
            guard abs(km - route.km) <= 1e-3 * max(1, km) else { continue }  // reported by verifyRoutes
            let service = { (k: Int) in network.nodes[tour[k]].serviceMinutes ?? fleet.defaultServiceMinutes }
            let open = { (k: Int) in network.nodes[tour[k]].timeWindow?.open ?? fleet.depotOpenMinute }
            let close = { (k: Int) in network.nodes[tour[k]].timeWindow?.close ?? fleet.depotCloseMinute }
            let depart = max(fleet.depotOpenMinute, open(1) - m.minutes(0, 1))
            var time = depart
            for k in 1..<tour.count {
                time += m.minutes(k - 1, k)
                if !route.directTrip { time = max(time, open(k)) }
                if time > close(k) + slack {
                    v.append(
                        "\(name): arrives at \(route.stops[k - 1]) at \(StopScreen.clock(time)), after its window "
                            + "closes at \(StopScreen.clock(close(k)))")
                }
                time += service(k)
            }
            time += m.minutes(tour.count - 1, 0)
            let minutes = time - depart
            if abs(minutes - route.minutes) > slack * Double(tour.count) {
                v.append("\(name): \(fmt(route.minutes)) minutes, recomputed \(fmt(minutes)) from the road minutes")
            }
            if minutes > fleet.shiftHours * 60 + slack {
                v.append(
                    "\(name): takes \(fmt(minutes)) minutes, longer than the \(fmt(fleet.shiftHours * 60))-minute shift"
                )
            }
            if time > fleet.depotCloseMinute + slack {
                v.append(
                    "\(name): returns at \(StopScreen.clock(time)), after the depot closes at "
                        + "\(StopScreen.clock(fleet.depotCloseMinute))")
            }
        }
        return v
    }

    /// Whether the plan's completeness flag agrees with its stages: a stage skipped for lack of time, or a
    /// `stoppedBy`, makes a plan incomplete.
    static func verifyCompleteness(_ plan: NetworkPlan) -> [String] {
        let cut = plan.stages.filter { $0.status == .timeLimit }.map(\.name.rawValue)
        if plan.complete && !cut.isEmpty {
            return [
                "plan: \"complete\": true, but stage(s) \(cut.joined(separator: ", ")) were skipped for lack of time"
            ]
        }
        if plan.complete && plan.stoppedBy != nil {
            return ["plan: \"complete\": true, but stopped by \(plan.stoppedBy!)"]
        }
        return []
    }

    /// A sentence saying why the plan is incomplete, or nil for a complete plan.
    public static func incompleteness(_ plan: NetworkPlan) -> String? {
        guard !plan.complete else { return nil }
        let cut = plan.stages.filter { $0.status == .timeLimit }.map(\.name.rawValue)
        return "the plan is incomplete (\"complete\": false, stopped by \(plan.stoppedBy ?? "unknown"))"
            + (cut.isEmpty ? "" : "; skipped: \(cut.joined(separator: ", "))")
    }
}

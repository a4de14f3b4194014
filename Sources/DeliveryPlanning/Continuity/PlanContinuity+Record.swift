// Writes a re-plan's `continuity` section: previous assignments and routes, villages moved, the stability charge.

extension PlanPipeline {
    /// The scenario's stability charge against ``previous`` (`nil` without a previous plan or with W = 0).
    var stabilityCharge: StabilityCharge? {
        guard let previous, let w = scenario.stability, w > 0 else { return nil }
        return StabilityCharge(perVillage: w, previous: previous.assignments)
    }
}

extension PlanContinuity {
    /// `plan`'s ``NetworkPlan/Continuity`` against `previous`: the villages its assignments serve from another
    /// center, and W times them (in a build-out, W times each year's moved villages, summed); the villages that
    /// kept their center but not their route (``RouteChanges``), W each more; and how many
    /// previous routes seeded the routing search (those that keep a stop on their center, ``RouteWarmStart``).
    public static func record(previous: NetworkPlan, plan: NetworkPlan) -> NetworkPlan.Continuity {
        let w = plan.scenario.stability ?? 0
        let charge = StabilityCharge(perVillage: w, previous: previous.assignments)
        let moved = charge.moved(plan.assignments.map { ($0.node, $0.center) })
        let years = (plan.schedule?.periods ?? []).map { p in
            let n = charge.moved(p.assignments.map { ($0.node, $0.center) }).count
            return NetworkPlan.Continuity.Year(year: p.year, villagesMoved: n, charge: w * Double(n))
        }
        let centerOf = Dictionary(plan.assignments.map { ($0.node, $0.center) }, uniquingKeysWith: { a, _ in a })
        let routed = plan.stages.contains { $0.name == .routes && $0.status.ran }
        let seeds = previous.routes.filter { r in
            !r.directTrip && (r.carrier == nil) == plan.scenario.coDelivery
                && r.stops.contains { centerOf[$0] == r.center }
        }
        let before = NetworkPlan.Continuity.RouteStops.of(previous.routes)
        let routeMoved = RouteChanges(
            previous: before, now: NetworkPlan.Continuity.RouteStops.of(plan.routes), centerMoved: Set(moved)
        ).villages
        let centers = years.isEmpty ? w * Double(moved.count) : years.reduce(0) { $0 + $1.charge }
        return NetworkPlan.Continuity(
            from: nil, stability: w,
            previous: previous.assignments.map { .init(node: $0.node, center: $0.center) }, moved: moved,
            villagesMoved: moved.count, previousRoutes: before, routeMoved: routeMoved,
            villagesRouteMoved: routeMoved.count, charge: centers + w * Double(routeMoved.count), years: years,
            warmStartRoutes: routed ? seeds.count : 0)
    }
}

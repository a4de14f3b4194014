// The verifier's check of a re-plan's route changes: villages whose neighbours on their round changed, recomputed.

extension PlanVerifier {
    /// Recomputes from `continuity.previousRoutes` and the plan's routes (direct trips aside) the villages that
    /// kept their center (not in `moved`, recomputed by the caller) but whose neighbours on a round changed,
    /// and checks `routeMoved` and `villagesRouteMoved`. Returns the violations and the recomputed count, which
    /// the charge includes.
    static func verifyRouteContinuity(
        _ plan: NetworkPlan, centerMoved: Set<String>
    ) -> (
        violations: [String], routeMoved: Int
    ) {
        guard let c = plan.continuity else { return ([], 0) }
        // Each routed village's links as (carrier, neighbour) pairs, both sides, from the walk center..center.
        func links(_ routes: [(center: String, carrier: String?, stops: [String])]) -> [String: [String]] {
            var sides: [String: [String]] = [:]
            for r in routes {
                let walk = [r.center] + r.stops + [r.center]
                for k in 1..<(walk.count - 1) {
                    let carrier = r.carrier ?? ""
                    sides[walk[k], default: []].append(carrier + "|" + walk[k - 1])
                    sides[walk[k], default: []].append(carrier + "|" + walk[k + 1])
                }
            }
            return sides.mapValues { $0.sorted() }
        }
        let before = links(c.previousRoutes.map { ($0.center, $0.carrier, $0.stops) })
        let after = links(plan.routes.filter { !$0.directTrip }.map { ($0.center, $0.carrier, $0.stops) })
        var changed: Set<String> = []
        for (village, old) in before where !centerMoved.contains(village) {
            if let new = after[village], new != old { changed.insert(village) }
        }
        var v: [String] = []
        let listed = Set(c.routeMoved)
        if listed != changed || listed.count != c.routeMoved.count {
            let missing = changed.subtracting(listed).sorted(), extra = listed.subtracting(changed).sorted()
            v.append(
                "continuity.routeMoved: lists \(c.routeMoved.count) villages, \(changed.count) changed route"
                    + (missing.first.map { " (\($0)'s route changed, not listed)" } ?? "")
                    + (extra.first.map { " (\($0) listed, kept its route or moved center)" } ?? ""))
        }
        if c.villagesRouteMoved != changed.count {
            v.append("continuity.villagesRouteMoved: \(c.villagesRouteMoved), recomputed \(changed.count)")
        }
        return (v, changed.count)
    }
}

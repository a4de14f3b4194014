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
        var v = listCheck(
            "continuity.routeMoved", listed: c.routeMoved, recomputed: changed, unique: true, what: "changed route",
            missing: "'s route changed, not listed", extra: " listed, kept its route or moved center")
        if c.villagesRouteMoved != changed.count {
            v.append("continuity.villagesRouteMoved: \(c.villagesRouteMoved), recomputed \(changed.count)")
        }
        return (v, changed.count)
    }

    /// The violation of a recorded list of villages against the recomputed set (`unique`: each listed once), or
    /// none; names the first village missing and the first listed wrongly.
    static func listCheck(
        _ field: String, listed: [String], recomputed: Set<String>, unique: Bool, what: String, missing: String,
        extra: String
    ) -> [String] {
        let set = Set(listed)
        guard set != recomputed || (unique && set.count != listed.count) else { return [] }
        let absent = recomputed.subtracting(set).sorted(), wrong = set.subtracting(recomputed).sorted()
        return [
            "\(field): lists \(listed.count) villages, \(recomputed.count) \(what)"
                + (absent.first.map { " (\($0)\(missing))" } ?? "") + (wrong.first.map { " (\($0)\(extra))" } ?? "")
        ]
    }
}

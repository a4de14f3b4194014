// Why villages' delivery rounds changed in a re-plan: a neighbour moved center, the round split, new stops.

extension PlanContinuity {
    /// The villages that kept their center but not their round (``RouteChanges``), grouped by why, one sentence
    /// each with up to five ids; empty when no round changed.
    public static func routeReasons(
        from previous: NetworkPlan, to plan: NetworkPlan, centerMoved: Set<String>
    )
        -> [String]
    {
        let changes = RouteChanges(
            previous: NetworkPlan.Continuity.RouteStops.of(previous.routes),
            now: NetworkPlan.Continuity.RouteStops.of(plan.routes), centerMoved: centerMoved)
        guard !changes.villages.isEmpty else { return [] }
        var lines = [
            "\(changes.villages.count) villages kept their center but not their route (other neighbours on the round)"
        ]
        for reason in RouteChanges.Reason.allCases {
            let ids = changes.villages.indices.filter { changes.reasons[$0] == reason }.map { changes.villages[$0] }
            guard !ids.isEmpty else { continue }
            let list = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", ..." : "")
            lines.append("\(ids.count) of them because \(reason.rawValue): \(list)")
        }
        return lines
    }
}

// The verifier's check of a re-plan's `continuity`: villages moved and the stability charge, recomputed.

extension PlanVerifier {
    /// Recomputes from the recorded previous assignments which villages this plan serves from another center
    /// (its assignments, and each year of its schedule) and the charge `stability` x moves; checks the
    /// recorded list, counts and charges (route changes included, ``verifyRouteContinuity``), and that the
    /// stability weight is the scenario's.
    static func verifyContinuity(_ plan: NetworkPlan) -> [String] {
        guard let c = plan.continuity else { return [] }
        var v: [String] = []
        let w = plan.scenario.stability ?? 0
        if c.stability != w { v.append("continuity.stability: \(c.stability), the scenario's is \(w)") }
        var before: [String: String] = [:]
        for a in c.previous where before[a.node] == nil { before[a.node] = a.center }
        func moves(_ node: String, _ center: String) -> Bool { before[node].map { $0 != center } ?? false }
        let moved = plan.assignments.filter { moves($0.node, $0.center) }.map(\.node)
        v += listCheck(
            "continuity.moved", listed: c.moved, recomputed: Set(moved), unique: false, what: "moved",
            missing: " moved, not listed", extra: " listed, kept its center")
        if c.villagesMoved != moved.count {
            v.append("continuity.villagesMoved: \(c.villagesMoved), recomputed \(moved.count)")
        }
        var charge = w * Double(moved.count)
        if let schedule = plan.schedule {
            if c.years.map(\.year) != schedule.periods.map(\.year) {
                v.append("continuity.years: \(c.years.map(\.year)), the schedule's are \(schedule.periods.map(\.year))")
            }
            charge = 0
            for (p, y) in zip(schedule.periods, c.years) {
                let n = p.assignments.filter { moves($0.node, $0.center) }.count
                charge += w * Double(n)
                if y.villagesMoved != n {
                    v.append("continuity \(p.year): \(y.villagesMoved) villages moved, recomputed \(n)")
                }
                if abs(y.charge - w * Double(n)) > tolerance * max(1, w * Double(n)) {
                    v.append("continuity \(p.year): charge \(fmt(y.charge)), recomputed \(fmt(w * Double(n)))")
                }
            }
        } else if !c.years.isEmpty {
            v.append("continuity.years: \(c.years.count) years, but the plan has no schedule")
        }
        let routes = verifyRouteContinuity(plan, centerMoved: Set(moved))
        v += routes.violations
        charge += w * Double(routes.routeMoved)
        if abs(c.charge - charge) > tolerance * max(1, charge) {
            v.append("continuity.charge: \(fmt(c.charge)), recomputed \(fmt(charge))")
        }
        return v
    }
}

// Why villages moved in a re-plan: their center closed, a new center opened nearer, or another center took them.
import Foundation

extension PlanContinuity {
    /// The villages ``PlanDiff`` finds with another center, grouped by why (one sentence each, with up to five
    /// ids): their previous center closed; a center opened since serves them; another center that was already
    /// open took them (capacity, or cheaper with the new demand).
    public static func reasons(from previous: NetworkPlan, to plan: NetworkPlan, diff: PlanDiff) -> [String] {
        guard !diff.reassigned.isEmpty else { return [] }
        let closed = Set(diff.centersOnlyInA), opened = Set(diff.centersOnlyInB)
        let before = Dictionary(previous.assignments.map { ($0.node, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(plan.assignments.map { ($0.node, $0) }, uniquingKeysWith: { a, _ in a })
        var centerClosed: [String] = [], toNew: [String] = [], toOther: [String] = [], gone: [String] = []
        var nearer = 0
        for id in diff.reassigned {
            guard let a = before[id], let b = after[id] else {
                gone.append(id)
                continue
            }
            if b.km < a.km { nearer += 1 }
            if closed.contains(a.center) {
                centerClosed.append(id)
            } else if opened.contains(b.center) {
                toNew.append(id)
            } else {
                toOther.append(id)
            }
        }
        func list(_ ids: [String]) -> String {
            ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", ..." : "")
        }
        var lines: [String] = []
        if !centerClosed.isEmpty {
            lines.append("\(centerClosed.count) villages moved because their center closed: \(list(centerClosed))")
        }
        if !toNew.isEmpty {
            lines.append("\(toNew.count) villages moved to a center opened since: \(list(toNew))")
        }
        if !toOther.isEmpty {
            lines.append(
                "\(toOther.count) villages moved to another center already open (capacity, or cheaper at the new"
                    + " demand): \(list(toOther))")
        }
        if !gone.isEmpty {
            lines.append("\(gone.count) villages of the previous plan are not in this one: \(list(gone))")
        }
        lines.append("\(nearer) of the \(diff.reassigned.count) villages moved are now nearer their center")
        return lines
    }

    /// The stability charge of `plan`'s continuity in one sentence; empty without a positive weight.
    static func chargeLine(_ plan: NetworkPlan) -> [String] {
        guard let c = plan.continuity, c.stability > 0 else { return [] }
        return [
            String(
                format: "stability %.0f yuan a village moved: %d moved, %d more changed route, charge %.0f yuan"
                    + " (priced by the models and the routing search, not in costs)", c.stability, c.villagesMoved,
                c.villagesRouteMoved, c.charge)
        ]
    }
}

// The terminal summary's build-out lines: per year the centers opened and grown, each hub's tier, the costs.
import DeliveryPlanning
import Reports

extension PlanOutput {
    /// One line a year of a plan with `years` (none without): centers open and what changed, each regional hub's
    /// tier (`+` where it opened or grew), and the year's hub and line-haul costs, toll subsidy and awards (money
    /// received), and total (yuan).
    static func scheduleLines(_ plan: NetworkPlan) -> [String] {
        guard let schedule = plan.schedule else { return [] }
        return ["build-out (yuan, undiscounted):"]
            + schedule.periods.map { p in
                let open = p.sites.filter { $0.action != .close }.count
                func count(_ a: NetworkPlan.Schedule.Action) -> Int { p.sites.filter { $0.action == a }.count }
                var line =
                    "  \(p.year): \(open) centers (\(count(.open)) opened, \(count(.expand)) expanded, "
                    + "\(count(.close)) closed)"
                if let hubs = p.hubs {
                    let tiers = hubs.map { h in
                        "\(h.id) \(h.action == .keep ? "" : "+")\(h.modules > 1 ? "\(h.modules)x" : "")\(h.tier)"
                    }
                    line += "; hubs " + (tiers.isEmpty ? "none" : tiers.joined(separator: ", "))
                }
                let c = p.costs
                if let hubs = c.hubs { line += "; hub costs \(Quantity.format(hubs, decimals: 0))" }
                if let haul = c.lineHaul { line += ", line-haul \(Quantity.format(haul, decimals: 0))" }
                if let subsidy = c.subsidy { line += ", toll subsidy -\(Quantity.format(subsidy, decimals: 0))" }
                if let award = c.award, award > 0 { line += ", award -\(Quantity.format(award, decimals: 0))" }
                return line + ", total \(Quantity.format(c.total, decimals: 0))"
            }
    }
}

// Re-planning from last year's plan (`hubplan plan --from PREVIOUS/plan.json`): its centers and hubs become existing.
import FacilityLocation

/// Continuity between plans: a planner re-plans every year from the network already built.
public enum PlanContinuity {
    /// `scenario` with `previous`'s centers as existing sites. With `years`, each joins `years.sites` at the
    /// tier it ran at in the previous plan's last year (or, for a one-year previous plan, the smallest tier
    /// that sorts its capacity, the largest when none does), unless the scenario names the site already; so
    /// the multi-period model keeps, expands or closes it and never pays its capital again. Without `years`
    /// the previous centers are forced open (the one-year model has no closing decision). Its regional hubs
    /// likewise: with `years` they join `years.existing_hubs` at their last size (``existingHubs(_:years:)``),
    /// without `years` they are forced open.
    public static func scenario(_ scenario: Scenario, continuing previous: NetworkPlan) -> Scenario {
        var s = scenario
        guard var years = s.years else {
            for c in previous.centers where !s.centers.forced.contains(c.id) { s.centers.forced.append(c.id) }
            for h in previous.hubs where !s.hubs.forced.contains(h.id) { s.hubs.forced.append(h.id) }
            return s
        }
        if !previous.hubs.isEmpty { years.existingHubs = existingHubs(previous, years: years) }
        let lastYear = previous.schedule?.periods.last
        for c in previous.centers where !years.sites.contains(where: { $0.site == c.id || $0.site == c.name }) {
            let scheduled = lastYear?.sites.first { $0.id == c.id }?.tier
            let byCapacity = c.capacity.map { cap in
                (years.centerTiers.first { $0.parcelsPerDay >= cap } ?? years.centerTiers[years.centerTiers.count - 1])
                    .name
            }
            var tier = scheduled ?? byCapacity ?? years.centerTiers[0].name
            if !years.centerTiers.contains(where: { $0.name == tier }) {
                tier = byCapacity ?? years.centerTiers[0].name
            }
            years.sites.append(.init(site: c.id, tier: tier))
        }
        s.years = years
        return s
    }

    /// `years.existing_hubs` with `previous`'s hubs added (those it names already keep their entry): each at its
    /// size in the previous schedule's last year, else (a one-year previous plan, or a tier the new hub tiers
    /// lack) the smallest size that sorts its stated capacity, or its load when it states none.
    static func existingHubs(_ previous: NetworkPlan, years: Scenario.Years) -> [Scenario.Years.ExistingHub] {
        var hubs = years.existingHubs ?? []
        let tiers = years.regionalHubTiers, lastYear = previous.schedule?.periods.last?.hubs ?? []
        for hub in previous.hubs where !hubs.contains(where: { $0.hub == hub.id || $0.hub == hub.name }) {
            if let last = lastYear.first(where: { $0.id == hub.id }),
                Scenario.Years.ExistingHub(hub: hub.id, tier: last.tier, modules: last.modules).size(tiers) != nil
            {
                hubs.append(.init(hub: hub.id, tier: last.tier, modules: last.modules))
            } else {
                let size = HubSizing.existing(capacity: hub.capacity ?? hub.parcelsPerDay, tiers: tiers)
                hubs.append(.init(hub: hub.id, tier: tiers[size.tier].name, modules: size.modules))
            }
        }
        return hubs
    }

    /// What changed against `previous`, one sentence each, from ``PlanDiff`` (centers opened and closed,
    /// villages moved to another center, villages whose round changed, and why; the stability charge).
    public static func changes(from previous: NetworkPlan, to plan: NetworkPlan) -> [String] {
        let d = PlanDiff(previous, plan)
        var lines = [
            String(
                format: "continuing from the previous plan (%.0f parcels a day, now %.0f):", previous.parcelsPerDay,
                plan.parcelsPerDay)
                + " \(d.centersOnlyInB.count) centers opened, \(d.centersOnlyInA.count) closed, \(d.reassigned.count) villages"
                + " moved to another center, \(d.routesOnlyInB) routes new or changed (of \(d.routesB))"
        ]
        if !d.centersOnlyInB.isEmpty {
            lines.append("opened since the previous plan: " + d.centersOnlyInB.joined(separator: ", "))
        }
        if !d.centersOnlyInA.isEmpty {
            lines.append("closed since the previous plan: " + d.centersOnlyInA.joined(separator: ", "))
        }
        let moved = plan.continuity.map { Set($0.moved) } ?? Set(d.reassigned)
        return lines + reasons(from: previous, to: plan, diff: d)
            + routeReasons(from: previous, to: plan, centerMoved: moved) + chargeLine(plan)
    }
}

// The regional hubs' build-out: each hub's size tier, load and costs per year, and each year's line-haul.
import FacilityLocation
import RoadNetwork

/// Sizes the plan's regional hubs year by year and prices each year's line-haul (docs/plan.md, "Regional hubs
/// year by year").
///
/// The hubs are the plan's (chosen on the last year's network; re-deciding them per year would rerun the
/// firm-hub model once a year, which runs to its time limit on Datong). A hub opens in the first year it
/// handles parcels (``HubYearFlows``) and stays open (an `existing` site runs from the start at the size that
/// sorts its capacity: kept, or expanded paying the difference); each year it has the smallest size holding its load with
/// the reserve, never smaller than the year before (``HubSizing``); capital falls in the year of opening or
/// expansion, operating cost in every year open. Each period's `costs.hubs` and `costs.lineHaul` join its total;
/// with firms, its `costs.subsidy` (the year's toll subsidy) and `costs.award` (the one-time awards of the firms
/// qualifying for the first time) are taken off it.
enum HubSchedule {
    /// Writes `schedule.periods[].hubs`, `costs.hubs`, `costs.lineHaul` (with firms `costs.subsidy` and
    /// `costs.award`) and the totals into `plan`; nothing
    /// when the plan has no schedule or no hubs.
    static func apply(to plan: inout NetworkPlan, network: Network, roads: RoadDistances) throws {
        guard var schedule = plan.schedule, let years = plan.scenario.years, !plan.hubs.isEmpty else { return }
        let tiers = years.regionalHubTiers
        let flows = try schedule.periods.map {
            try HubYearFlows(plan: plan, period: $0, network: network, roads: roads)
        }
        let existing = existingSizes(plan, network: network, tiers: tiers)
        let sizes = plan.hubs.indices.map { h in
            HubSizing.sizes(
                loads: flows.map { $0.loads[h] }, open: flows.map { $0.loads[h] > 0 }, tiers: tiers,
                reserve: years.reserve, existing: existing[h])
        }
        let awardPerFirm = plan.scenario.policy.awardPerFirm
        var awarded: Set<String> = []
        for t in schedule.periods.indices {
            var hubs: [NetworkPlan.Schedule.Hub] = []
            for (h, hub) in plan.hubs.enumerated() {
                guard let size = sizes[h][t] else { continue }
                let before = t > 0 ? sizes[h][t - 1] : existing[h]
                let action: NetworkPlan.Schedule.Action = before == nil ? .open : size > before! ? .expand : .keep
                hubs.append(
                    .init(
                        id: hub.id, name: hub.name, action: action, tier: tiers[size.tier].name, modules: size.modules,
                        capacity: size.capacity(tiers), load: flows[t].loads[h],
                        capital: size.capital(tiers) - (before?.capital(tiers) ?? 0), operating: size.operating(tiers)))
            }
            schedule.periods[t].hubs = hubs
            var c = schedule.periods[t].costs
            c.hubs = hubs.reduce(0) { $0 + $1.capital + $1.operating }
            c.lineHaul = flows[t].lineHaul
            c.total += c.hubs! + c.lineHaul!
            if flows[t].byFirm {
                // The award is one-time: each firm's in the first year it qualifies.
                let newly = flows[t].qualifying.filter { awarded.insert($0).inserted }
                c.subsidy = flows[t].subsidy
                c.award = awardPerFirm * Double(newly.count)
                c.total -= c.subsidy! + c.award!
            }
            c.discounted = c.total * ScheduleBuilder.discount(years.discountRate, t)
            schedule.periods[t].costs = c
        }
        schedule.totals.hubs = schedule.periods.reduce(0) { $0 + ($1.costs.hubs ?? 0) }
        schedule.totals.lineHaul = schedule.periods.reduce(0) { $0 + ($1.costs.lineHaul ?? 0) }
        if flows.contains(where: \.byFirm) {
            schedule.totals.subsidy = schedule.periods.reduce(0) { $0 + ($1.costs.subsidy ?? 0) }
            schedule.totals.award = schedule.periods.reduce(0) { $0 + ($1.costs.award ?? 0) }
        }
        schedule.totals.total = schedule.periods.reduce(0) { $0 + $1.costs.total }
        schedule.totals.discounted = schedule.periods.reduce(0) { $0 + $1.costs.discounted }
        schedule.hubTiers = tiers
        plan.schedule = schedule
    }

    /// Each plan hub's size before the first year: the size of its `years.existing_hubs` entry, else for a
    /// network site marked `existing` the smallest size that sorts its stated capacity
    /// (``HubSizing/existing(capacity:tiers:)``); `nil` for a new hub.
    static func existingSizes(_ plan: NetworkPlan, network: Network, tiers: [SizeTier]) -> [HubSize?] {
        let index = network.nodeIndexByID()
        return plan.hubs.map { hub in
            if let size = plan.scenario.years?.existingHub(id: hub.id, name: hub.name)?.size(tiers) { return size }
            guard let i = index[hub.id], let site = network.nodes[i].site, site.existing else { return nil }
            return HubSizing.existing(capacity: site.capacity, tiers: tiers)
        }
    }
}

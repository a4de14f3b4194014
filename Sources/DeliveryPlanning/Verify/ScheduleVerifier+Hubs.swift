// The verifier's checks of the regional hubs' build-out: loads, capacities, tiers, actions, costs, line-haul.
import FacilityLocation
import RoadNetwork

extension ScheduleVerifier {
    /// Checks `schedule.periods[].hubs` and each period's `costs.hubs` and `costs.lineHaul`, recomputing each
    /// year's hub loads and line-haul from that year's centers and assignments with its own code (``HubYear``,
    /// ``existingHubSizes(_:network:tiers:)``, ``smallestHubSize(sorting:tiers:)``): every hub of
    /// the plan listed from the first year it handles parcels and every year after, capacity >= (1 + reserve) x
    /// load, sizes never shrink, each action matching the size change, each size the cheapest that fits (the
    /// smallest holding the load, or last year's), capital and operating cost recomputed from the tiers, the
    /// totals summed, and the last year's line-haul equal to the plan's.
    static func verifyHubs(_ plan: NetworkPlan, network: Network, roads: RoadDistances) -> [String] {
        guard let years = plan.scenario.years, let schedule = plan.schedule else { return [] }
        // Existing hubs never close: each is a hub of the plan.
        let lost = (years.existingHubs ?? []).filter { e in !plan.hubs.contains { $0.id == e.hub || $0.name == e.hub } }
        let missing = lost.map { "hub \($0.hub): runs already (years.existing_hubs), but is not among the plan's hubs" }
        guard !plan.hubs.isEmpty else {
            let sized = schedule.periods.contains {
                $0.hubs != nil || $0.costs.hubs != nil || $0.costs.lineHaul != nil || $0.costs.subsidy != nil
                    || $0.costs.award != nil
            }
            return missing + (sized ? ["schedule: sizes hubs or prices line-haul, but the plan has no hubs"] : [])
        }
        var v = missing
        let tiers = years.regionalHubTiers, reserve = years.reserve
        if schedule.hubTiers != tiers { v.append("schedule.hubTiers: differ from the scenario's hub tiers") }
        // Existing hubs run from the start at the size that sorts their capacity.
        var previous: [String: HubSize] = [:]
        for (hub, size) in zip(plan.hubs, existingHubSizes(plan, network: network, tiers: tiers)) {
            previous[hub.id] = size
        }
        var hubsTotal = 0.0, lineHaulTotal = 0.0, recomputed: [HubYear?] = []
        for period in schedule.periods {
            let y = period.year
            let flows: HubYear
            do {
                flows = try HubYear(plan: plan, period: period, network: network, roads: roads)
                recomputed.append(flows)
            } catch {
                v.append("schedule \(y): the hubs' flows cannot be recomputed: \(error)")
                recomputed.append(nil)
                continue
            }
            guard let hubs = period.hubs else {
                v.append("schedule \(y): no hubs listed, the plan has \(plan.hubs.count)")
                continue
            }
            var listed: Set<String> = []
            var cost = 0.0
            for hub in hubs {
                let name = "schedule \(y) hub \(hub.id)"
                guard let h = plan.hubs.firstIndex(where: { $0.id == hub.id }) else {
                    v.append("\(name): not a hub of the plan"); continue
                }
                if !listed.insert(hub.id).inserted { v.append("\(name): listed twice") }
                guard let k = tiers.firstIndex(where: { $0.name == hub.tier }), hub.modules >= 1,
                    hub.modules == 1 || k == tiers.count - 1
                else {
                    v.append(
                        "\(name): no size \(hub.modules) x \(hub.tier) (tiers \(tiers.map(\.name)), modules only of the largest)"
                    )
                    continue
                }
                let size = HubSize(tier: k, modules: hub.modules), load = flows.loads[h]
                let before = previous[hub.id]
                if abs(hub.load - load) > 1e-6 * max(1, load) {
                    v.append("\(name): load \(fmt(hub.load)) parcels a day, recomputed \(fmt(load))")
                }
                let capacity = size.capacity(tiers)
                if abs(hub.capacity - capacity) > 1e-6 * capacity {
                    v.append(
                        "\(name): capacity \(fmt(hub.capacity)), \(hub.modules) x \(hub.tier) sorts \(fmt(capacity))")
                }
                if capacity < (1 + reserve) * load * (1 - 1e-9) {
                    v.append(
                        "\(name): capacity \(fmt(capacity)) under (1 + reserve) x load = \(fmt((1 + reserve) * load))")
                }
                if let before, size < before {
                    v.append("\(name): tier shrinks from \(tiers[before.tier].name) to \(hub.tier)")
                }
                let action: NetworkPlan.Schedule.Action = before == nil ? .open : size > before! ? .expand : .keep
                if hub.action != action {
                    v.append("\(name): action \(hub.action.rawValue), the size change says \(action.rawValue)")
                }
                if before == nil && load <= 0 { v.append("\(name): opens before it handles any parcels") }
                let fit = smallestHubSize(sorting: (1 + reserve) * load, tiers: tiers)
                let cheapest = before.map { max($0, fit) } ?? fit
                if size > cheapest {
                    v.append(
                        "\(name): \(hub.modules) x \(hub.tier) is larger than needed: \(cheapest.modules) x "
                            + "\(tiers[cheapest.tier].name) holds the load (the cheapest size that fits)")
                }
                let capital = max(0, size.capital(tiers) - (before?.capital(tiers) ?? 0))
                if abs(hub.capital - capital) > 1e-6 * max(1, capital) {
                    v.append("\(name): capital \(fmt(hub.capital)), recomputed \(fmt(capital))")
                }
                let operating = size.operating(tiers)
                if abs(hub.operating - operating) > 1e-6 * max(1, operating) {
                    v.append("\(name): operating \(fmt(hub.operating)), recomputed \(fmt(operating))")
                }
                cost += capital + operating
                previous[hub.id] = before.map { max($0, size) } ?? size
            }
            for (h, hub) in plan.hubs.enumerated() where !listed.contains(hub.id) {
                if previous.removeValue(forKey: hub.id) != nil {
                    v.append("schedule \(y) hub \(hub.id): open the year before, missing now (hubs never close)")
                } else if flows.loads[h] > 1e-9 {
                    v.append(
                        "schedule \(y) hub \(hub.id): handles \(fmt(flows.loads[h])) parcels a day, not listed open")
                }
            }
            for (field, claimed, recomputed) in [
                ("hubs", period.costs.hubs, cost), ("lineHaul", period.costs.lineHaul, flows.lineHaul),
            ] where claimed == nil || abs(claimed! - recomputed) > 1e-6 * max(1, recomputed) {
                v.append(
                    "schedule \(y) costs.\(field): \(claimed.map(fmt) ?? "missing"), recomputed \(fmt(recomputed))")
            }
            hubsTotal += cost
            lineHaulTotal += flows.lineHaul
        }
        for (field, claimed, recomputed) in [
            ("hubs", schedule.totals.hubs, hubsTotal), ("lineHaul", schedule.totals.lineHaul, lineHaulTotal),
        ] where claimed == nil || abs(claimed! - recomputed) > 1e-6 * max(1, recomputed) {
            v.append("schedule.totals.\(field): \(claimed.map(fmt) ?? "missing"), recomputed \(fmt(recomputed))")
        }
        if let last = schedule.periods.last?.costs.lineHaul,
            abs(last - plan.costs.lineHaul) > 1e-6 * max(1, plan.costs.lineHaul)
        {
            v.append(
                "schedule \(schedule.periods.last!.year) costs.lineHaul: \(fmt(last)), the plan's line-haul is "
                    + fmt(plan.costs.lineHaul))
        }
        return v + verifyYearPolicy(plan, years: recomputed)
    }

    /// The smallest size that sorts `need` parcels a day: the smallest tier, else the fewest modules of the
    /// largest (docs/plan.md, "Regional hubs year by year").
    static func smallestHubSize(sorting need: Double, tiers: [SizeTier]) -> HubSize {
        for (k, tier) in tiers.enumerated() where tier.parcelsPerDay >= need { return HubSize(tier: k) }
        let top = tiers.count - 1
        return HubSize(tier: top, modules: max(1, Int((need / tiers[top].parcelsPerDay * (1 - 1e-12)).rounded(.up))))
    }

    /// Each plan hub's size before the first year: its `years.existing_hubs` entry's (modules x tier), else a
    /// network site marked `existing` at the smallest size that sorts its stated capacity (the smallest tier
    /// when it states none); `nil` for a new hub.
    static func existingHubSizes(_ plan: NetworkPlan, network: Network, tiers: [SizeTier]) -> [HubSize?] {
        plan.hubs.map { hub in
            if let entry = plan.scenario.years?.existingHubs?.first(where: { $0.hub == hub.id || $0.hub == hub.name }),
                let k = tiers.firstIndex(where: { $0.name == entry.tier })
            {
                return HubSize(tier: k, modules: entry.modules)
            }
            guard let node = network.nodes.first(where: { $0.id == hub.id }), let site = node.site, site.existing
            else { return nil }
            return site.capacity.map { smallestHubSize(sorting: $0, tiers: tiers) } ?? HubSize(tier: 0)
        }
    }
}

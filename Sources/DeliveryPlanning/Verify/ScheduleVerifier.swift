// The verifier's checks of a build-out schedule: every year's capacities, tiers, closings, budgets, land, costs.
import FacilityLocation
import Foundation
import RoadNetwork

/// Checks plan.json's `schedule` against the network and the scenario's `years`, recomputing from scratch:
/// capacity >= (1 + reserve) x each year's load, a site never closes and reopens, tiers never shrink, only
/// existing sites close, land dates and closed sites respected, demonstration counties served in year one and
/// every county in the last, budgets hold, each year's and the horizon's costs recomputed, and the last year
/// equal to the plan's centers and assignments.
enum ScheduleVerifier {
    static func verify(_ plan: NetworkPlan, network: Network, original: Network, roads: RoadDistances) -> [String] {
        guard let years = plan.scenario.years else {
            return plan.schedule == nil ? [] : ["schedule: present, but the scenario has no years"]
        }
        guard let schedule = plan.schedule else { return ["schedule: missing, although the scenario plans years"] }
        var v: [String] = []
        let steps = years.steps, yearCount = steps.count
        let demand = network.countiesWithDemand()
        guard schedule.periods.map(\.year) == steps.map(\.year) else {
            return ["schedule: years \(schedule.periods.map(\.year)), the scenario plans \(steps.map(\.year))"]
        }
        let tiers = years.centerTiers
        if schedule.tiers != tiers { v.append("schedule.tiers: differ from the scenario's center tiers") }
        let index = network.nodeIndexByID()
        // Base demand (the network as given, limited to the scenario's counties) and each year's factor.
        var plain = plan.scenario
        plain.years = nil
        plain.demand = .init()
        let base = (try? ScenarioNetwork(network: original, scenario: plain).network) ?? network
        let perDay = base.nodes.filter(\.kind.isDemandPoint).reduce(0.0) { $0 + ScenarioNetwork.demand(of: $1) }
        var fallback = plan.scenario.demand.growth
        if let target = plan.scenario.demand.targetParcelsPerYear, perDay > 0 {
            fallback = target / (perDay * plan.scenario.rates.daysPerYear)
        }
        let factors = years.factors(perDay: perDay, daysPerYear: plan.scenario.rates.daysPerYear, fallback: fallback)
        let baseDemand = Dictionary(
            uniqueKeysWithValues: base.nodes.filter(\.kind.isDemandPoint).map {
                ($0.id, ScenarioNetwork.demand(of: $0))
            })
        func named(_ list: [String], _ node: Node) -> Bool { list.contains { $0 == node.id || $0 == node.name } }
        func countyNamed(_ list: [String], _ code: String) -> Bool {
            list.contains { $0 == code || $0 == network.counties.first { $0.code == code }?.name }
        }

        // Site states year by year.
        var tierOf: [String: Int] = [:]  // current tier (-1 after closing), existing sites' tiers at the start
        var existingIDs: Set<String> = []
        for node in network.nodes where node.kind == .countyCenter || node.kind == .candidateSite {
            let entry = years.sites.first { $0.site == node.id || $0.site == node.name }
            if let e = Self.existingTier(node, entry, tiers) { tierOf[node.id] = e; existingIDs.insert(node.id) }
        }
        var closedOnce: Set<String> = []
        var openByYear: [[String: Int]] = []
        var totals = NetworkPlan.Schedule.Costs()
        for (t, period) in schedule.periods.enumerated() {
            let y = period.year
            if abs(period.growth - factors[t]) > 1e-9 * max(1, factors[t]) {
                v.append("schedule \(y): growth \(period.growth), the scenario gives \(factors[t])")
            }
            var listed: Set<String> = []
            var open: [String: Int] = [:]
            var capital = 0.0, closing = 0.0, operating = 0.0
            for s in period.sites {
                let name = "schedule \(y) site \(s.id)"
                guard let i = index[s.id], [.countyCenter, .candidateSite].contains(network.nodes[i].kind) else {
                    v.append("\(name): not a candidate center of the network"); continue
                }
                let node = network.nodes[i]
                if !listed.insert(s.id).inserted { v.append("\(name): listed twice") }
                let entry = years.sites.first { $0.site == node.id || $0.site == node.name }
                let before = tierOf[s.id] ?? -1
                let now = s.tier.flatMap { name in tiers.firstIndex { $0.name == name } } ?? -1
                if let tier = s.tier, now < 0 { v.append("\(name): unknown tier \(tier)") }
                switch s.action {
                case .close:
                    if !existingIDs.contains(s.id) { v.append("\(name): closes, but only existing sites may close") }
                    if before < 0 { v.append("\(name): closes without being open") }
                    if s.tier != nil { v.append("\(name): closes but keeps tier \(s.tier!)") }
                    if abs(s.closing - years.closingCost) > 1e-6 * max(1, years.closingCost) {
                        v.append("\(name): closing cost \(s.closing), the scenario's is \(years.closingCost)")
                    }
                    closedOnce.insert(s.id)
                    tierOf[s.id] = -1
                    closing += years.closingCost
                    continue
                case .open:
                    if before >= 0 { v.append("\(name): opens, but it is already open") }
                case .expand:
                    if !(before >= 0 && now > before) {
                        v.append("\(name): expands, but its tier does not grow from an open tier")
                    }
                case .keep:
                    if before != now { v.append("\(name): kept, but its tier changes") }
                }
                guard now >= 0 else { continue }
                if closedOnce.contains(s.id) { v.append("\(name): reopens after closing") }
                if before >= 0 && now < before {
                    v.append("\(name): tier shrinks from \(tiers[before].name) to \(tiers[now].name)")
                }
                if let from = entry?.landAvailableFrom, y < from, before < 0 {
                    v.append("\(name): opens in \(y), its land is available from \(from)")
                }
                if named(plan.scenario.centers.closed, node) {
                    v.append("\(name): open although the scenario closes it")
                }
                if abs(s.capacity - tiers[now].parcelsPerDay) > 1e-6 * tiers[now].parcelsPerDay {
                    v.append(
                        "\(name): capacity \(s.capacity), tier \(tiers[now].name) sorts \(tiers[now].parcelsPerDay)")
                }
                let c = tiers[now].capital - (before >= 0 ? tiers[before].capital : 0)
                let paid = now > before ? c : 0
                if abs(s.capital - paid) > 1e-6 * max(1, paid) {
                    v.append("\(name): capital \(s.capital), recomputed \(paid)")
                }
                if abs(s.operating - tiers[now].operatingPerYear) > 1e-6 * max(1, tiers[now].operatingPerYear) {
                    v.append(
                        "\(name): operating \(s.operating), tier \(tiers[now].name) costs \(tiers[now].operatingPerYear)"
                    )
                }
                capital += paid
                operating += tiers[now].operatingPerYear
                open[s.id] = now
                tierOf[s.id] = now
            }
            for (id, tier) in tierOf where tier >= 0 && open[id] == nil {
                v.append(
                    "schedule \(y) site \(id): open the year before, missing now (only existing sites close, with a close entry)"
                )
                tierOf[id] = -1
                closedOnce.insert(id)
            }
            openByYear.append(open)
            if let b = steps[t].budget, capital + closing > b * (1 + 1e-9) {
                v.append("schedule \(y): capital and closing \(fmt(capital + closing)) over the budget \(fmt(b))")
            }
            let (transport, uncovered) = verifyAssignments(
                period, factor: factors[t], plan: plan, network: network, index: index,
                open: open, baseDemand: baseDemand, roads: roads, v: &v)
            let costs = [
                ("capital", period.costs.capital, capital), ("closing", period.costs.closing, closing),
                ("operating", period.costs.operating, operating), ("transport", period.costs.transport, transport),
                ("uncovered", period.costs.uncovered, uncovered),
            ]
            var total = 0.0
            for (field, claimed, recomputed) in costs {
                total += recomputed
                if abs(claimed - recomputed) > 1e-6 * max(1, abs(recomputed)) {
                    v.append("schedule \(y) costs.\(field): \(fmt(claimed)), recomputed \(fmt(recomputed))")
                }
            }
            // The hubs' costs and line-haul join the total, the subsidy and award come off it (checked in
            // ScheduleVerifier+Hubs and +Policy).
            total += (period.costs.hubs ?? 0) + (period.costs.lineHaul ?? 0)
            total -= (period.costs.subsidy ?? 0) + (period.costs.award ?? 0)
            let discounted = total * pow(1 + years.discountRate, -Double(t))
            if abs(period.costs.total - total) > 1e-6 * max(1, total) {
                v.append("schedule \(y) costs.total: \(fmt(period.costs.total)), recomputed \(fmt(total))")
            }
            if abs(period.costs.discounted - discounted) > 1e-6 * max(1, discounted) {
                v.append(
                    "schedule \(y) costs.discounted: \(fmt(period.costs.discounted)), recomputed \(fmt(discounted))")
            }
            totals.total += total
            totals.discounted += discounted
            // Demonstration counties from the first year, every county in the last.
            for county in network.counties
            where demand.contains(county.code)
                && (t == yearCount - 1 || (t == 0 && countyNamed(years.demonstration, county.code)))
            {
                let n = period.sites.filter { $0.county == county.code && $0.action != .close }.count
                if n < plan.scenario.centers.perCounty {
                    v.append(
                        "schedule \(y): county \(county.code) \(county.name) has \(n) centers, needs \(plan.scenario.centers.perCounty)"
                            + (t == 0
                                ? " (a demonstration county, served from the first year)"
                                : " (every county by the last year)"))
                }
                let left = period.uncovered.filter { id in
                    index[id].map { network.nodes[$0].county == county.code } ?? false
                }
                if !left.isEmpty {
                    v.append(
                        "schedule \(y): county \(county.code) leaves \(left.count) villages unserved (first: \(left[0]))"
                    )
                }
            }
        }
        if abs(schedule.totals.total - totals.total) > 1e-6 * max(1, totals.total) {
            v.append("schedule.totals.total: \(fmt(schedule.totals.total)), recomputed \(fmt(totals.total))")
        }
        if abs(schedule.totals.discounted - totals.discounted) > 1e-6 * max(1, totals.discounted) {
            v.append(
                "schedule.totals.discounted: \(fmt(schedule.totals.discounted)), recomputed \(fmt(totals.discounted))")
        }
        // The plan's centers are the last year's.
        if let last = openByYear.last, Set(last.keys) != Set(plan.centers.map(\.id)) {
            v.append("schedule \(steps[yearCount - 1].year): open sites differ from the plan's centers")
        }
        if let last = schedule.periods.last {
            let mine = Dictionary(last.assignments.map { ($0.node, $0.center) }, uniquingKeysWith: { a, _ in a })
            if let a = plan.assignments.first(where: { mine[$0.node] != $0.center }) {
                v.append(
                    "schedule \(last.year): village \(a.node) goes to \(mine[a.node] ?? "none"), the plan says \(a.center)"
                )
            }
        }
        return v + verifyHubs(plan, network: network, roads: roads)
    }

    static func fmt(_ x: Double) -> String { String(format: "%.2f", x) }

    /// The existing tier of a site: the scenario's, or a network site marked `existing` at the smallest tier that
    /// sorts its stated capacity (docs/plan.md, "Existing sites").
    static func existingTier(_ node: Node, _ entry: Scenario.Years.Site?, _ tiers: [SizeTier]) -> Int? {
        if let name = entry?.tier { return tiers.firstIndex { $0.name == name } }
        guard node.site?.existing ?? false else { return nil }
        guard let capacity = node.site?.capacity else { return 0 }
        return tiers.firstIndex { $0.parcelsPerDay >= capacity } ?? tiers.count - 1
    }
}

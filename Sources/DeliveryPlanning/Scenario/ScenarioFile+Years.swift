// Reads the `years:` section of a scenario file (steps, demonstration counties, tiers, existing sites, land dates).
import FacilityLocation
import Yams

extension ScenarioFile {
    /// ```yaml
    /// years:
    ///   steps:                            # default 2025, 2026, 2027 at the scenario's demand
    ///     - {year: 2025, growth: 1.3, budget: 60000000}
    ///     - {year: 2026, growth: 1.6}
    ///     - {year: 2027, target_parcels_per_year: 600000000}
    ///   demonstration: [Yanggao, 140224]  # served from the first year
    ///   reserve: 0.2
    ///   discount_rate: 0.05
    ///   uncovered_cost_per_parcel: 0.5
    ///   closing_cost: 500000
    ///   center_tiers: [{name: S, parcels_per_day: 30000, floor_m2: 3000, capital: 3000000, operating_per_year: 1000000}]
    ///   hub_tiers: [{name: S, parcels_per_day: 300000, floor_m2: 25000, capital: 25000000, operating_per_year: 8000000}]
    ///   sites: [{site: cc-140212, tier: M}, {site: ts-140212100, land_available_from: 2026}]
    ///   existing_hubs: [{hub: rh-1, tier: M}]
    ///   routing_years: last
    /// ```
    static func years(_ top: inout ScenarioFields) throws(PlanError) -> Scenario.Years? {
        guard var f = try top.section("years") else { return nil }
        var years = Scenario.Years()
        if let value = f.node("steps") {
            guard let items = value.sequence, !items.isEmpty else {
                throw f.fail("steps", value, "expected a list of years")
            }
            years.steps = []
            for (i, item) in items.enumerated() {
                var s = try ScenarioFields(file: f.file, path: f.keyPath("steps[\(i)]"), node: item)
                guard let year = try s.integer("year", in: 1900...2200) else {
                    throw s.fail("year", item, "missing (e.g. 2025)")
                }
                if let last = years.steps.last, year <= last.year {
                    throw s.fail("year", item, "\(year) does not follow \(last.year): list the years in order")
                }
                var step = Scenario.Years.Step(year: year)
                step.growth = try s.number("growth", in: 0.01...1000)
                step.targetParcelsPerYear = try s.number("target_parcels_per_year", in: 1...1e13)
                step.budget = try s.number("budget")
                if step.growth != nil && step.targetParcelsPerYear != nil {
                    throw s.fail("growth", item, "give growth or target_parcels_per_year, not both")
                }
                try s.rejectUnknownKeys()
                years.steps.append(step)
            }
        }
        years.demonstration = try f.strings("demonstration") ?? []
        years.reserve = try f.number("reserve", in: 0...10) ?? years.reserve
        years.discountRate = try f.number("discount_rate", in: 0...1) ?? years.discountRate
        years.uncoveredCostPerParcel =
            try f.number("uncovered_cost_per_parcel", in: 0...1000) ?? years.uncoveredCostPerParcel
        years.closingCost = try f.number("closing_cost") ?? years.closingCost
        years.centerTiers = try tiers(&f, key: "center_tiers") ?? years.centerTiers
        years.hubTiers = try tiers(&f, key: "hub_tiers")
        years.existingHubs = try existingHubs(&f, tiers: years.regionalHubTiers)
        if let value = f.node("sites") {
            guard let items = value.sequence else {
                throw f.fail("sites", value, "expected a list of {site, tier, land_available_from}")
            }
            for (i, item) in items.enumerated() {
                var s = try ScenarioFields(file: f.file, path: f.keyPath("sites[\(i)]"), node: item)
                guard let site = try s.string("site") else { throw s.fail("site", item, "missing (a node id or name)") }
                let tier = try s.string("tier")
                if let tier, !years.centerTiers.contains(where: { $0.name == tier }) {
                    throw s.fail(
                        "tier", item,
                        "no tier \"\(tier)\" (tiers: \(years.centerTiers.map(\.name).joined(separator: ", ")))")
                }
                years.sites.append(
                    .init(
                        site: site, tier: tier, landAvailableFrom: try s.integer("land_available_from", in: 1900...2200)
                    ))
                try s.rejectUnknownKeys()
            }
        }
        if let routing = try f.string("routing_years") {
            guard routing == "last" || routing == "all" else {
                throw f.fail(
                    "routing_years", nil,
                    "expected last (routes of the last year's network) or all (every year's), found \"\(routing)\"")
            }
            years.routingYears = routing
        }
        try f.rejectUnknownKeys()
        return years
    }
}

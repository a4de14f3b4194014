// Tests of the scenario's `years:` section: defaults, steps, tiers, sites, and errors naming file, line and key.
import Testing

@testable import DeliveryPlanning

struct ScenarioYearsTests {
    @Test func readsStepsTiersAndSites() throws {
        let text = """
            years:
              steps:
                - {year: 2025, growth: 1.3, budget: 60000000}
                - {year: 2027, target_parcels_per_year: 600000000}
              demonstration: [阳高县]
              reserve: 0.25
              discount_rate: 0.05
              center_tiers:
                - {name: S, parcels_per_day: 30000, floor_m2: 3000, capital: 3000000, operating_per_year: 1000000}
                - {name: L, parcels_per_day: 300000, capital: 20000000, operating_per_year: 6000000}
              hub_tiers:
                - {name: H, parcels_per_day: 500000, capital: 50000000, operating_per_year: 9000000}
              sites: [{site: cc-140212, tier: L}, {site: ts-1, land_available_from: 2026}]
              existing_hubs: [{hub: rh-1, tier: H}, {hub: rh-2, tier: H, modules: 2}]
            """
        let s = try ScenarioFile.parse(text, file: "s.yaml")
        let y = try #require(s.years)
        #expect(y.steps.map(\.year) == [2025, 2027])
        #expect(y.steps[0].budget == 60_000_000 && y.steps[1].targetParcelsPerYear == 600_000_000)
        #expect(y.reserve == 0.25 && y.discountRate == 0.05 && y.demonstration == ["阳高县"])
        #expect(y.centerTiers.map(\.name) == ["S", "L"])
        #expect(y.regionalHubTiers.map(\.name) == ["H"] && Scenario.Years().regionalHubTiers.count == 3)
        #expect(y.sites == [.init(site: "cc-140212", tier: "L"), .init(site: "ts-1", landAvailableFrom: 2026)])
        #expect(y.existingHubs == [.init(hub: "rh-1", tier: "H"), .init(hub: "rh-2", tier: "H", modules: 2)])
        #expect(try ScenarioFile.parse("years: {}", file: "s.yaml").years?.steps.map(\.year) == [2025, 2026, 2027])
        #expect(try ScenarioFile.parse("name: x", file: "s.yaml").years == nil)
    }

    @Test func badYearsNameTheKey() {
        let cases = [
            ("years: {steps: [{year: 2026}, {year: 2025}]}", "does not follow"),
            ("years: {steps: [{year: 2025, growth: 1, target_parcels_per_year: 5}]}", "not both"),
            ("years: {sites: [{site: a, tier: XL}]}", "no tier \"XL\""),
            (
                "years: {center_tiers: [{name: S, parcels_per_day: 9, capital: 1, operating_per_year: 1}, {name: M, parcels_per_day: 5, capital: 2, operating_per_year: 2}]}",
                "small to large"
            ),
            ("years: {hub_tiers: [{name: S, capital: 1, operating_per_year: 1}]}", "hub_tiers[0]"),
            ("years: {existing_hubs: [{hub: rh-1, tier: XL}]}", "existing_hubs[0]"),
            ("years: {existing_hubs: [{hub: rh-1, tier: S, modules: 2}]}", "modules only of the largest"),
            ("years: {existing_hubs: [{tier: S}]}", "hub"),
            ("years: {routing_years: some}", "expected last (routes of the last year's network) or all"),
            ("years: {reserv: 0.2}", "unknown key"),
        ]
        for (text, message) in cases {
            #expect(throws: PlanError.self) { _ = try ScenarioFile.parse(text, file: "s.yaml") }
            do { _ = try ScenarioFile.parse(text, file: "s.yaml") } catch {
                #expect("\(error)".contains(message), "\(text): \(error)")
                #expect("\(error)".contains("s.yaml:"))
            }
        }
    }
}

// Tests of the report's year-by-year table: one row per year plus totals, each center's tier per year.
import DeliveryPlanning
import Foundation
import RoadNetwork
import Testing

@testable import Reports

struct ScheduleTableTests {
    /// The Yanggao sample planned over two years with demand doubling.
    static let shared = Result { () throws -> NetworkPlan in
        let network = try NetworkFile.read(ReportFixture.root.appendingPathComponent("Networks/samples/yanggao").path)
        var scenario = Scenario()
        scenario.timeLimits.routingPerCounty = 1
        scenario.timeLimits.routingIterations = 50
        var years = Scenario.Years()
        years.steps = [.init(year: 2026, growth: 1), .init(year: 2027, growth: 2)]
        scenario.years = years
        return try PlanPipeline(scenario: scenario).run(on: network)
    }

    @Test func rendersOneRowPerYearAndEachCentersTiers() throws {
        let plan = try Self.shared.get()
        let html = ScheduleTable.html(plan)
        #expect(html.contains("<h2>Build-out year by year</h2>"))
        #expect(html.contains("<table id=\"schedule-years\">"))
        // Header, two years, totals.
        let years = html.components(separatedBy: "<table id=\"schedule-sites\">")[0]
        #expect(ReportFixture.count("<tr>", in: years) == 4)
        #expect(years.contains("<td>2026</td>") && years.contains("<td>Total</td>"))
        let sites = Set(plan.schedule!.periods.flatMap { $0.sites.map(\.id) }).count
        #expect(
            ReportFixture.count(
                "<tr>",
                in: html.components(separatedBy: "<table id=\"schedule-sites\">")[1]
                    .components(separatedBy: "<table id=\"schedule-hubs\">")[0]) == sites + 1)
        #expect(
            HTMLReport.render(
                plan,
                network: try NetworkFile.read(
                    ReportFixture.root.appendingPathComponent("Networks/samples/yanggao").path)
            ).contains("schedule-years"))
    }

    /// Each regional hub's tier per year, `+` where it opened or grew, in English and Chinese.
    @Test func rendersEachHubsTierPerYearInBothLanguages() throws {
        var plan = try Self.shared.get()
        let hub = NetworkPlan.Schedule.Hub(
            id: "rh-1", name: "Hub one", action: .open, tier: "S", modules: 1, capacity: 300_000, load: 1_000,
            capital: 25_000_000, operating: 8_000_000)
        var grown = hub
        grown.action = .expand
        grown.tier = "L"
        grown.modules = 2
        plan.schedule!.periods[0].hubs = [hub]
        plan.schedule!.periods[1].hubs = [grown]
        plan.schedule!.periods[0].costs.hubs = 33_000_000
        let en = ScheduleTable.html(plan)
        let hubs = try #require(en.components(separatedBy: "<table id=\"schedule-hubs\">").last)
        #expect(hubs.contains("<th>Regional hub</th>") && hubs.contains("<td>Hub one</td>"))
        #expect(hubs.contains("<td>+S</td>") && hubs.contains("<td>+2×L</td>"))
        #expect(en.contains("<th>Line-haul</th>"))
        let zh = ScheduleTable.html(plan, Strings(.zh))
        #expect(zh.contains("<th>区域枢纽</th>") && zh.contains("<th>干线运输</th>"))
        plan.schedule!.periods[0].hubs = nil
        plan.schedule!.periods[1].hubs = nil
        #expect(!ScheduleTable.html(plan).contains("schedule-hubs"))
    }

    /// With firms, each year's toll subsidy and award, taken off the total, in English and Chinese.
    @Test func showsEachYearsSubsidyAndAwardInBothLanguages() throws {
        var plan = try Self.shared.get()
        #expect(!ScheduleTable.html(plan).contains("Toll subsidy"))
        plan.schedule!.periods[0].costs.subsidy = 123_000
        plan.schedule!.periods[0].costs.award = 600_000
        plan.schedule!.periods[1].costs.subsidy = 150_000
        plan.schedule!.periods[1].costs.award = 0
        plan.schedule!.totals.subsidy = 273_000
        plan.schedule!.totals.award = 600_000
        let en = ScheduleTable.html(plan)
        #expect(en.contains("<th>Toll subsidy</th>") && en.contains("<th>Award (one-time)</th>"))
        #expect(en.contains(">-123,000</td>") && en.contains(">-600,000</td>") && en.contains(">-273,000</td>"))
        let zh = ScheduleTable.html(plan, Strings(.zh))
        #expect(zh.contains("<th>ETC通行费补贴</th>") && zh.contains("<th>一次性奖励</th>"))
        #expect(zh.contains(">-12.30</td>") && zh.contains(">-60.00</td>"))
    }

    @Test func aOneYearPlanHasNoTable() throws {
        let (_, plan) = try ReportFixture.shared.get()
        #expect(ScheduleTable.html(plan) == "")
    }
}

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
            ReportFixture.count("<tr>", in: html.components(separatedBy: "<table id=\"schedule-sites\">")[1]) == sites
                + 1)
        #expect(
            HTMLReport.render(
                plan,
                network: try NetworkFile.read(
                    ReportFixture.root.appendingPathComponent("Networks/samples/yanggao").path)
            ).contains("schedule-years"))
    }

    @Test func aOneYearPlanHasNoTable() throws {
        let (_, plan) = try ReportFixture.shared.get()
        #expect(ScheduleTable.html(plan) == "")
    }
}

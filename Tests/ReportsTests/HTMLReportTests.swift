// Tests of report.html: self-contained, the map inline, and the tables a planner reads.
import Testing
@testable import Reports

struct HTMLReportTests {
    @Test func pageIsSelfContainedWithMapAndTables() throws {
        let (network, plan) = try ReportFixture.shared.get()
        let html = HTMLReport.render(plan, network: network)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // No fetch of any resource: the only URL is the SVG namespace.
        #expect(!html.contains("src=") && !html.contains("<script") && !html.contains("@import"))
        #expect(ReportFixture.count("http", in: html) == ReportFixture.count("xmlns=\"http://www.w3.org/2000/svg\"", in: html))
        for id in ["key-figures", "counties", "savings", "costs", "hubs", "stages"] { #expect(html.contains("<table id=\"\(id)\">")) }
        #expect(ReportFixture.count("class=\"site hub\"", in: html) == plan.hubs.count)
        #expect(ReportFixture.count("class=\"route\"", in: html) == plan.routes.count)
        #expect(html.contains(plan.counties[0].name))
        #expect(!html.contains("Incomplete plan"))
    }

    @Test func incompletePlansSaySo() throws {
        var (network, plan) = try ReportFixture.shared.get()
        plan.complete = false
        plan.stoppedBy = "time limit"
        #expect(HTMLReport.render(plan, network: network).contains("Incomplete plan: stopped by time limit"))
    }
}

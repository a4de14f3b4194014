// Tests of the county pages: one county's centers, villages, routes and costs on a printable page with its map.
import Testing

@testable import Reports

struct CountyPageTests {
    @Test func pageHoldsTheCountysPlanAndPrintsOnA4() throws {
        let (network, plan) = try ReportFixture.shared.get()
        let county = plan.counties[0]
        let html = try #require(
            CountyPage.render(plan, county: county.code, network: network, options: ReportOptions(language: .zh)))
        #expect(html.contains("<h1>\(county.name)：县域快递配送规划</h1>"))
        #expect(html.contains("@page { size: A4") && html.contains("@media print"))
        for c in plan.centers where c.county == county.code {
            #expect(html.contains(PlaceNames(network).full(c.id, .zh)))
        }
        let routes = plan.routes.filter { $0.county == county.code }.count
        #expect(ReportFixture.count("class=\"route\"", in: html) == routes)
        #expect(
            ReportFixture.count(
                "<tr>",
                in: html.components(separatedBy: "id=\"county-routes\"")[1]
                    .components(separatedBy: "</table>")[0]) == routes + 1)
        let villages = plan.assignments.filter { a in
            plan.centers.contains { $0.id == a.center && $0.county == county.code }
        }.count
        #expect(html.contains("<td class=\"n\">\(villages)</td>"))
        #expect(html.contains("href=\"../report.html\""))
        #expect(
            CountyPage.render(plan, county: "999999", network: network, options: ReportOptions(language: .zh)) == nil)
    }
}

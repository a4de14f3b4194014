// Tests of the SVG map: one element per village, center, hub, route and line, with stable classes and ids.
import Testing

@testable import Reports

struct MapSVGTests {
    @Test func elementCountsMatchThePlan() throws {
        let (network, plan) = try ReportFixture.shared.get()
        let svg = MapSVG().render(plan, network: network)
        #expect(ReportFixture.count("class=\"site hub\"", in: svg) == plan.hubs.count)
        #expect(ReportFixture.count("class=\"site center\"", in: svg) == plan.centers.count)
        #expect(ReportFixture.count("class=\"route\"", in: svg) == plan.routes.count)
        #expect(ReportFixture.count("class=\"line-haul\"", in: svg) == plan.lines.count)
        #expect(ReportFixture.count("class=\"assignment\"", in: svg) == plan.assignments.count)
        #expect(ReportFixture.count("class=\"village\"", in: svg) == network.nodes.filter(\.kind.isDemandPoint).count)
        #expect(plan.routes.count > 0 && plan.hubs.count == 1)
        for c in plan.centers { #expect(svg.contains("id=\"center-\(c.id)\"")) }
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>\n"))
    }

    @Test func escapesMarkupInNames() {
        #expect(HTMLText.escape("a<b>&\"c\"") == "a&lt;b&gt;&amp;&quot;c&quot;")
    }
}

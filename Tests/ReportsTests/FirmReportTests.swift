// Tests of the report's firm section: one table row per firm, one arrow per hub-gateway pair, labels per gateway.
import DeliveryPlanning
import RoadNetwork
import Testing

@testable import Reports

struct FirmReportTests {
    /// The Yanggao sample with two gateways: Beijing (another province) and Taiyuan (Shanxi).
    static let shared = Result { () throws -> (Network, NetworkPlan) in
        var network = try NetworkFile.read(ReportFixture.root.appendingPathComponent("Networks/samples/yanggao").path)
        let ids = network.carriers.map(\.id)
        func flows(_ x: Double) -> [String: Double] { Dictionary(uniqueKeysWithValues: ids.map { ($0, x) }) }
        for (id, province, lon, lat) in [("gw-beijing", "11", 116.407, 39.904), ("gw-taiyuan", "14", 112.549, 37.870)] {
            var node = Node(id: id, name: id, kind: .gateway, lon: lon, lat: lat)
            node.gateway = GatewayFlows(
                province: province, inbound: flows(100), outbound: flows(50), transit: flows(10))
            network.nodes.append(node)
        }
        var scenario = Scenario()
        scenario.hubs.count = 1...1
        scenario.timeLimits.routingPerCounty = 1
        return (network, try PlanPipeline(scenario: scenario).run(on: network))
    }

    @Test func tableAndArrowsMatchThePlan() throws {
        let (network, plan) = try Self.shared.get()
        #expect(plan.firms.count == network.carriers.count)
        let html = HTMLReport.render(plan, network: network)
        #expect(html.contains("<table id=\"firms\">"))
        #expect(ReportFixture.count("<tr>", in: FirmReport.section(plan, network: network)) == plan.firms.count + 1)
        let pairs = Set(plan.lines.filter { $0.kind == .gateway }.map { $0.from + ">" + $0.to })
        #expect(ReportFixture.count("class=\"gateway-arrow\"", in: html) == pairs.count)
        #expect(ReportFixture.count("class=\"gateway-label\"", in: html) == 2)
        #expect(html.contains("gw-taiyuan") && html.contains("（省内）"))
        // The interactive map gets one arrow per hub-gateway pair (layer gatewayArrows, toggled like the others).
        #expect(html.contains("data-layer=\"gatewayArrows\"") && html.contains("\"gatewayLines\":["))
        #expect(
            ReportFixture.count(
                "],[",
                in: html.components(separatedBy: "\"gatewayLines\":[")[1]
                    .components(separatedBy: "]]")[0]) == pairs.count - 1)
        // The main map draws no line toward a gateway (they leave the drawing).
        #expect(
            ReportFixture.count("class=\"line-haul\"", in: MapSVG().render(plan, network: network))
                == plan.lines.filter { $0.kind == .feeder }.count)
        #expect(try PlanVerifier.verify(plan, network: network).filter { !$0.hasPrefix("route ") } == [])
    }

    @Test func firmTableHeadingsComeFromTheStringTables() throws {
        let (network, plan) = try Self.shared.get()
        for language in [ReportLanguage.zh, .en] {
            let s = Strings(language)
            let html = FirmReport.section(plan, network: network, strings: s)
            for key in [StringKey.firmsHeading, .colShare, .colHubsMainFirst, .colFirmLines, .colTripsDay, .colCapped] {
                #expect(html.contains(HTMLText.escape(s(key))))
            }
            #expect(html.contains(HTMLText.escape(s(.colTollsYear, s(.moneyUnit)))))
            #expect(html.contains(HTMLText.escape(s(.firmsMapCaption))))
            #expect(html.contains(HTMLText.escape(s(.gatewayInProvince))))
        }
        let zh = FirmReport.section(plan, network: network, strings: Strings(.zh))
        #expect(!zh.contains("Firms, direct lines") && !zh.contains("trips a day") && !zh.contains("(in province)"))
    }

    @Test func arrowsEndOnTheInsetEdge() {
        let end = FirmReport.edgePoint(from: (100, 100), toward: (5000, 100), width: 400, height: 300, inset: 20)
        #expect(end == (380, 100))
        let up = FirmReport.edgePoint(from: (100, 100), toward: (100, -900), width: 400, height: 300, inset: 20)
        #expect(up == (100, 20))
    }
}

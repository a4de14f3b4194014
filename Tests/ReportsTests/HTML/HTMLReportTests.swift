// Tests of report.html: self-contained (data and script inline), every text from the language's table.
import DeliveryPlanning
import Foundation
import RoadNetwork
import Testing

@testable import Reports

struct HTMLReportTests {
    @Test func pageIsSelfContainedWithMapAndTables() throws {
        let (network, plan) = try ReportFixture.shared.get()
        let html = HTMLReport.render(plan, network: network, options: ReportOptions(language: .en))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"en\">"))
        // No fetch of any resource: no src, no stylesheet link, no URL but the SVG namespace.
        #expect(!html.contains("src=") && !html.contains("@import") && !html.contains("<link rel=\"stylesheet\""))
        #expect(!html.contains("https://") && !html.contains("http://cdn"))
        #expect(html.contains("window.HUBPLAN_MAP = {") && html.contains("window.hubplanMap = {"))
        for id in ["key-figures", "counties", "savings", "costs", "hubs", "stages"] {
            #expect(html.contains("<table id=\"\(id)\">"))
        }
        #expect(html.contains("<a href=\"counties/\(plan.counties[0].code).html\">\(plan.counties[0].name)</a>"))
        #expect(html.contains("Key figures") && !html.contains("主要指标"))
        #expect(!html.contains("Incomplete plan"))
    }

    @Test func countyTableGivesTheModelledShareAndKeyFiguresTheDistanceSource() throws {
        var (network, plan) = try ReportFixture.shared.get()
        let county = plan.counties[0].code
        let points = network.nodes.indices.filter {
            network.nodes[$0].kind.isDemandPoint && network.nodes[$0].county == county
        }
        for i in points { network.nodes[i].positionSource = .surveyed }
        let surveyed = HTMLReport.countyTable(plan, PlaceNames(network), Strings(.en), network: network)
        network.nodes[points[0]].positionSource = .modelled
        let one = HTMLReport.countyTable(plan, PlaceNames(network), Strings(.en), network: network)
        #expect(surveyed.contains("modelled positions") && surveyed != one)
        #expect(one.contains(Strings(.en).percent(1 / Double(points.count))))
        plan.distance = try JSONDecoder().decode(
            PlanDistance.self, from: Data(#"{"source": "matrix", "sha256": "0123456789abcdef"}"#.utf8))
        #expect(HTMLReport.distanceSource(plan) == "matrix, sha256 0123456789ab")
    }

    @Test func chineseReportHasChineseHeadingsAndNamedCenters() throws {
        let (network, plan) = try ReportFixture.shared.get()
        #expect(ReportLanguage.default(for: network) == .zh)
        let html = HTMLReport.render(plan, network: network)
        #expect(html.contains("<html lang=\"zh-CN\">"))
        for heading in ["主要指标", "各县：中心与配送线路", "共同配送节约", "成本与补贴（万元）", "区域分拨中心", "求解器"] {
            #expect(html.contains("<h2>\(heading)</h2>"))
        }
        #expect(!html.contains("Key figures") && !html.contains("Co-delivery savings"))
        // Centers are named in the county table, not listed by id.
        let center = try #require(plan.centers.first)
        #expect(html.contains(PlaceNames(network).full(center.id, .zh)))
    }

    @Test func outlinesBringTheTiandituAttribution() throws {
        let (network, plan) = try ReportFixture.shared.get()
        var options = ReportOptions(language: .zh)
        #expect(!HTMLReport.render(plan, network: network, options: options).contains("天地图"))
        options.boundaries = try ReportOptions.boundaries(
            for: network, folder: ReportFixture.root.appendingPathComponent("Networks/sources/boundaries").path)
        #expect(options.boundaries.map(\.adcode) == network.counties.map(\.code))
        let html = HTMLReport.render(plan, network: network, options: options)
        #expect(html.contains("县界：天地图"))
    }

    @Test func tilesAreOffUnlessAsked() throws {
        let (network, plan) = try ReportFixture.shared.get()
        var options = ReportOptions(language: .en)
        #expect(HTMLReport.render(plan, network: network, options: options).contains("\"tiles\":null"))
        options.tiles = "https://tile.example.org/{z}/{x}/{y}.png"
        #expect(
            HTMLReport.render(plan, network: network, options: options).contains(
                "\"tiles\":\"https://tile.example.org/{z}/{x}/{y}.png\""))
    }

    @Test func incompletePlansSaySo() throws {
        var (network, plan) = try ReportFixture.shared.get()
        plan.complete = false
        plan.stoppedBy = "time limit"
        #expect(
            HTMLReport.render(plan, network: network, options: ReportOptions(language: .en))
                .contains("Incomplete plan: stopped by time limit"))
        #expect(HTMLReport.render(plan, network: network, options: ReportOptions(language: .zh)).contains("规划未完成"))
    }

    @Test func mapDataCountsMatchThePlanAndEscapeScriptEnds() throws {
        var (network, plan) = try ReportFixture.shared.get()
        network.nodes[network.nodes.firstIndex(where: \.kind.isDemandPoint)!].name = "</script><b>"
        let json = MapData.json(plan, network: network, options: ReportOptions(language: .en))
        #expect(!json.contains("</script>") && json.contains("\\u003c/script\\u003e"))
        #expect(ReportFixture.count("\"stops\":[", in: json) == plan.routes.count)
        #expect(ReportFixture.count("\"full\":", in: json) == plan.centers.count + plan.hubs.count)
        let modelled = network.nodes.filter { $0.kind.isDemandPoint && ModelledPosition.isModelled($0) }.count
        let villages = network.nodes.filter(\.kind.isDemandPoint).count
        let m = json.range(of: "\"m\":[")!
        let flags = json[m.upperBound...].prefix { $0 != "]" }.split(separator: ",")
        #expect(flags.count == villages && flags.filter { $0 == "1" }.count == modelled)
    }
}

// Tests of plan.geojson and summary.csv: one feature per decision, one CSV row per county.
import Foundation
import Testing

@testable import Reports

struct GeoJSONReportTests {
    @Test func featuresPerLayerMatchThePlan() throws {
        let (network, plan) = try ReportFixture.shared.get()
        let json = try JSONSerialization.jsonObject(with: GeoJSONReport.data(plan, network: network)) as! [String: Any]
        #expect(json["type"] as? String == "FeatureCollection")
        let features = json["features"] as! [[String: Any]]
        func layer(_ name: String) -> [[String: Any]] {
            features.filter { ($0["properties"] as! [String: Any])["layer"] as? String == name }
        }
        #expect(layer("hub").count == plan.hubs.count)
        #expect(layer("center").count == plan.centers.count)
        #expect(layer("assignment").count == plan.assignments.count)
        #expect(layer("route").count == plan.routes.count)
        #expect(layer("line-haul").count == plan.lines.count)
        let route = layer("route")[0]["geometry"] as! [String: Any]
        #expect(route["type"] as? String == "LineString")
        #expect((route["coordinates"] as! [[Double]]).count == plan.routes[0].stops.count + 2)
    }

    @Test func summaryHasOneRowPerCounty() throws {
        let (_, plan) = try ReportFixture.shared.get()
        let lines = String(decoding: SummaryCSV.data(plan, byteOrderMark: false), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == plan.counties.count + 1)
        #expect(lines[0] == Substring(SummaryCSV.header.joined(separator: ",")))
        #expect(lines[1].hasPrefix("140221,阳高县,"))
    }
}

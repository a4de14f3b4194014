// Tests of plan.xlsx: sheets and rows match the plan, the zip holds valid parts with frozen headers and numbers.
import Foundation
import Testing
import ZIPFoundation

@testable import Reports

struct PlanWorkbookTests {
    @Test func sheetsHoldOneRowPerPlanItem() throws {
        let (network, plan) = try ReportFixture.shared.get()
        let sheets = PlanWorkbook.sheets(plan, network: network, options: ReportOptions(language: .en))
        #expect(sheets.map(\.name) == ["Summary", "Centers", "Assignments", "Routes", "Lines", "Firms", "Scenario"])
        #expect(sheets[1].rows.count == plan.centers.count)
        #expect(sheets[2].rows.count == plan.assignments.count)
        #expect(sheets[3].rows.count == plan.routes.reduce(0) { $0 + $1.stops.count })
        #expect(sheets[4].rows.count == plan.lines.count)
        #expect(sheets[5].rows.count == network.carriers.count + 2)
        #expect(
            PlanWorkbook.sheets(plan, network: network, options: ReportOptions(language: .zh)).map(\.name)[3] == "配送线路")
    }

    @Test func driversSheetRunsInVisitingOrderWithinTheRoutesKm() throws {
        let (network, plan) = try ReportFixture.shared.get()
        let names = PlaceNames(network)
        for r in plan.routes {
            let stops = RouteTimeline(r, names: names, postal: "ems").stops
            #expect(stops.map(\.node) == r.stops)
            #expect(
                zip(stops, stops.dropFirst()).allSatisfy {
                    $0.kmSoFar <= $1.kmSoFar && $0.arrivalMinute <= $1.arrivalMinute
                })
            #expect((stops.last?.kmSoFar ?? 0) <= r.km + 1e-9)
            #expect((stops.first?.arrivalMinute ?? 999) >= 420)
        }
    }

    @Test func xlsxZipHoldsEveryPartWithFrozenHeaders() throws {
        let (network, plan) = try ReportFixture.shared.get()
        let data = try PlanWorkbook.data(plan, network: network, options: ReportOptions(language: .zh))
        #expect(data.prefix(2) == Data("PK".utf8))
        let archive = try Archive(data: data, accessMode: .read)
        let paths = Set(archive.map(\.path))
        for part in [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
        ] {
            #expect(paths.contains(part))
        }
        #expect((1...7).allSatisfy { paths.contains("xl/worksheets/sheet\($0).xml") })
        var xml = Data()
        _ = try archive.extract(archive["xl/worksheets/sheet2.xml"]!) { xml.append($0) }
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(text.contains("<col min=\"1\" max=\"1\" width=\"28.0\" customWidth=\"1\"/>"))
        // The load column (F) of the first center is a number cell, not text.
        #expect(text.contains("<c r=\"F2\" s=\"2\"><v>"))
        // Same plan, same bytes.
        #expect(try PlanWorkbook.data(plan, network: network, options: ReportOptions(language: .zh)) == data)
    }

    @Test func textIsEscapedAndSheetNamesAreValid() {
        #expect(XLSXWriter.xml("a<b&\u{1}") == "a&lt;b&amp;")
        #expect(XLSXWriter.sheetName("a/b:c[d]") == "a_b_c_d_")
        #expect(XLSXWriter.column(0) == "A" && XLSXWriter.column(25) == "Z" && XLSXWriter.column(26) == "AA")
    }
}

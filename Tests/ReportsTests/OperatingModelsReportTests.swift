// Tests of the operating models' report section and summary.csv columns on the Yanggao sample.
import DeliveryPlanning
import Foundation
import RoadNetwork
import Testing

@testable import Reports

struct OperatingModelsReportTests {
    static let shared = Result { () throws -> NetworkPlan in
        let network = try NetworkFile.read(ReportFixture.root.appendingPathComponent("Networks/samples/yanggao").path)
        var scenario = Scenario()
        scenario.timeLimits.routingPerCounty = 1
        scenario.timeLimits.routingIterations = 100
        scenario.postalBackstop = Scenario.PostalBackstop()
        scenario.villageStations = Scenario.VillageStations()
        scenario.busLines = Scenario.BusLines()
        scenario.originWarehouses = Scenario.OriginWarehouses()
        return try PlanPipeline(scenario: scenario).run(on: network)
    }

    @Test func pageHasOneRowPerModelAndTheirTables() throws {
        let plan = try Self.shared.get()
        let html = OperatingModelsReport.html(plan)
        #expect(html.contains("<table id=\"operating-models\">"))
        #expect(ReportFixture.count("<tr><td>", in: html.components(separatedBy: "</table>")[0]) == 4)
        for id in ["post-offices", "backstop-payments", "village-stations", "bus-lines", "origin-warehouses"] {
            #expect(html.contains("id=\"\(id)\""))
        }
        var off = plan
        off.operatingModels = nil
        #expect(OperatingModelsReport.html(off) == "")
    }

    @Test func tablesAreInChineseOrEnglishFromTheStringTables() throws {
        var plan = try Self.shared.get()
        // A post office modelled at a township seat (the sample's villages are all within the default 30 km).
        let office = try JSONDecoder().decode(
            PostalBackstopPlan.PostOffice.self,
            from: Data(
                #"{"id":"ts-1","name":"镇","county":"140221","lon":113,"lat":40,"positionSource":"modelled","villages":1,"parcelsPerDay":5}"#
                    .utf8))
        plan.operatingModels!.postalBackstop!.postOffices.append(office)
        let zh = OperatingModelsReport.html(plan, Strings(.zh))
        let en = OperatingModelsReport.html(plan, Strings(.en))
        for (html, s) in [(zh, Strings(.zh)), (en, Strings(.en))] {
            for key: StringKey in [.omHeading, .omBackstop, .colPostOffice, .colExpressRate, .colWarehouse] {
                #expect(html.contains(HTMLText.escape(s(key))), "\(s.language) lacks \(key)")
            }
            // The post office's position source in words.
            #expect(html.contains("<td>\(s(.posModelled))</td>"))
        }
        #expect(zh.contains("运营模式") && zh.contains("邮政网点") && !zh.contains("Operating models"))
        #expect(en.contains("Operating models") && !en.contains("运营模式"))
    }

    @Test func mapDataCarriesOneLayerPerModelWithItsItems() throws {
        let plan = try Self.shared.get()
        let network = try NetworkFile.read(ReportFixture.root.appendingPathComponent("Networks/samples/yanggao").path)
        let text = MapData.json(plan, network: network, options: ReportOptions(language: .zh))
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let om = json["om"] as! [String: [[Any]]]
        let m = plan.operatingModels!
        #expect(om["postOffices"]?.count == m.postalBackstop!.postOffices.count)
        #expect(om["busLines"]?.count == m.busLines!.lines.count)
        #expect(om["stations"]?.count == m.villageStations!.stations.count)
        #expect(om["warehouses"]?.count == m.originWarehouses!.warehouses.count)
        if let w = om["warehouses"]?.first, let h = m.originWarehouses!.warehouses.first {
            #expect(
                w[2] as? String == h.name && (w[4] as? Double).map { abs($0 - h.pickupsPerDay.rounded()) < 1 } == true)
        }
        // The layers' texts travel with the map's, in the report's language.
        #expect((json["t"] as! [String: String])["mapPostOffices"] == "邮政网点")
        var off = plan
        off.operatingModels = nil
        let none = try JSONSerialization.jsonObject(
            with: Data(MapData.json(off, network: network, options: ReportOptions(language: .zh)).utf8))
        #expect(((none as! [String: Any])["om"] as! [String: Any]).isEmpty)
    }

    @Test func summaryCarriesTheStationsAndRatePerCounty() throws {
        let plan = try Self.shared.get()
        let lines = String(decoding: SummaryCSV.data(plan), as: UTF8.self).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let row = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(
            header.count == row.count
                && header.suffix(OperatingModelsReport.csvHeader.count) == ArraySlice(OperatingModelsReport.csvHeader))
        let stations = plan.operatingModels!.villageStations!.counties[0]
        #expect(row[header.firstIndex(of: "stations")!] == String(stations.stations))
        #expect(row[header.firstIndex(of: "express_to_village_rate")!] == String(format: "%.4f", stations.expressRate))
    }
}

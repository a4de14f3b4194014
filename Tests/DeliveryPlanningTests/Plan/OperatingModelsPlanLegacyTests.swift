// Tests that plan.json files from before `positionSource` on post offices and bus stations still read.
import Foundation
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct OperatingModelsPlanLegacyTests {
    @Test func oldPositionFlagsReadAsPositionSources() throws {
        let office = try JSONDecoder().decode(
            PostalBackstopPlan.PostOffice.self,
            from: Data(
                #"{"id":"ts-1","name":"乙镇","county":"1","lon":113,"lat":40,"position":"modelled","villages":3,"parcelsPerDay":21}"#
                    .utf8))
        #expect(office.positionSource == .modelled)
        let line = try JSONDecoder().decode(
            BusLinesPlan.Line.self,
            from: Data(
                #"{"station":"bus-1","stationPosition":"network","seat":"ts-1","county":"1","km":40,"used":false,"stops":[],"parcelsPerDay":0,"pickupsPerDay":0,"trips":0,"feePerDay":0}"#
                    .utf8))
        #expect(line.stationPositionSource == .sourceData && line.departuresPerDay == nil)
    }

    @Test func newFilesWritePositionSourceAndReadBack() throws {
        let plan = try BusLinesTests.shared.get()
        let data = try JSONEncoder().encode(plan.operatingModels)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"stationPositionSource\":\"modelled\"") && !text.contains("\"stationPosition\":"))
        #expect(try JSONDecoder().decode(OperatingModelsPlan.self, from: data) == plan.operatingModels)
    }
}

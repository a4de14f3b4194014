// Tests of reading the source tables: the vendored copies, and errors that name file, line and column.
import Foundation
import Testing

@testable import NetworkSynthesis

@Test func vendoredTablesHoldEveryProvince() throws {
    let data = try Fixtures.datongData.get()
    #expect(data.counties.count == 2_842)  // 2,845 less the 3 units nothing places (CountyGaps)
    #expect(Set(data.counties.map { $0.code.prefix(2) }).count == 31)
    #expect(data.counties.filter { $0.code.hasPrefix("13") }.count == 167)
    #expect(data.counties.filter { $0.code.hasPrefix("1402") }.count == 10)
    #expect(data.villages.count == 1826)
    #expect(data.townships.filter { $0.county.hasPrefix("1402") }.count == 126)
    #expect(data.sites.count == 20)
    #expect(
        data.gateways.filter { $0.region == "1402" }.count == 10
            && data.gateways.filter { $0.region == "13" }.count == 7)
    // Datong's five products and Hebei's seven (Networks/README.md "Farm pickups").
    #expect(
        data.produce.map(\.county).sorted() == [
            "130129", "130227", "130431", "130822", "130881", "131124", "131182", "140212", "140215", "140221",
            "140225",
            "140226",
        ])
    #expect(data.produce.filter { $0.county.hasPrefix("13") }.allSatisfy { $0.basis.hasPrefix("Hebei: ") })
}

@Test func hebeiVillagesComeFromElevenPrefectureFiles() throws {
    let data = try Fixtures.hebeiData.get()
    #expect(data.villages.count == 53_817)
    #expect(Set(data.villages.map { String(($0.county ?? $0.nbsCounty).prefix(4)) }).count == 11)
}

@Test func badNumberNamesFileLineAndColumn() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("synthesis-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let header =
        "adcode,name,prefecture,seat_lon_wgs84,seat_lat_wgs84,centroid_lon_wgs84,centroid_lat_wgs84,area_km2,pop_2020,pop_2020_urban,pop_2020_rural\n"
    let row = "140221,阳高县,大同市,113.74,40.36,113.8,40.3,many,191981,87063,104918\n"
    try Data((header + row).utf8).write(to: dir.appendingPathComponent("counties.csv"))
    #expect {
        try SourceData.load(directory: dir.path, prefix: "1402")
    } throws: { error in
        let text = "\(error)"
        return text.contains("counties.csv: line 2: column 'area_km2'") && text.contains("'many'")
    }
}

@Test func missingDirectoryIsBadInput() {
    #expect(throws: SynthesisError.self) { try SourceData.load(directory: "/nonexistent/tables", prefix: "13") }
}

@Test func quotedFieldsWithCommasStayOneField() throws {
    let data = try Fixtures.datongData.get()
    #expect(data.sites.allSatisfy { !$0.basis.isEmpty && $0.point.lon > 112 })
    #expect(data.produce.first { $0.product == "daylily" }?.parcelsPerYear == 771_000)
}

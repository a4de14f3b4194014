// Tests that the vendored national tables build regions outside Hebei and Shanxi, with the tables' counts.
import Foundation
import RoadNetwork
import Testing

@testable import NetworkSynthesis

struct NationalSourcesTests {
    /// 长海县 (Changhai, Liaoning, 210224): in the national README's tables, 5 townships and 30 NBS 2021
    /// village-level units (23 村委会, 7 居委会), all linked to the county.
    @Test func synthesizesACountyOfLiaoning() throws {
        let data = try SourceData.load(directory: Fixtures.sources, prefix: "210224")
        // 2,845 county-level units less the 3 nothing places (CountyGaps); every township.
        #expect(data.counties.count == 2_842 && data.townships.count == 38_723)
        let network = try NetworkSynthesizer.synthesize(
            data, options: SynthesisOptions(region: try .parse("210224"), seed: 1))
        let counts = Fixtures.counts(network)
        #expect(network.counties.map(\.code) == ["210224"])
        #expect(network.counties.first?.name == "长海县")
        #expect(counts[.village] == 23 && counts[.community] == 7)
        #expect(counts[.countyCenter] == 1 && counts[.candidateSite] == 5)
        #expect(network.nodes.allSatisfy { $0.county == "210224" })
        // National per-capita rates (no local target): parcels follow the county's census population.
        let parcels = network.nodes.reduce(0.0) { $0 + $1.parcels.values.reduce(0, +) }
        let county = try #require(data.counties.first { $0.code == "210224" })
        #expect(abs(parcels - DemandCalibration.national.parcelsPerDay(county)) < 1e-6 * parcels + 1)
    }

    /// Units without a census figure get one from their province's mean per village-level unit; units with
    /// neither a seat nor a polygon are left out (CountyGaps).
    @Test func nationalGapsAreFilledOrLeftOut() throws {
        let data = try SourceData.load(directory: Fixtures.sources, prefix: "50")
        let codes = Set(data.counties.map(\.code))
        #expect(!codes.contains("500157") && !codes.contains("653228") && !codes.contains("653229"))
        #expect(data.villages.allSatisfy { $0.county != "500157" })
        let linping = try #require(data.counties.first { $0.code == "330113" })  // 临平区: no 2020 census figure
        #expect(linping.population > 0 && linping.urban + linping.rural == linping.population)
        let kinmen = try #require(data.counties.first { $0.code == "350527" })  // 金门县: no village-level unit
        #expect(kinmen.population == 0)
    }

    @Test func gzipTablesReadLikePlainOnes() throws {
        let text = "adcode,name\n110101,东城区\n"
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hubplan-gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // `printf 'adcode,name\n110101,东城区\n' | gzip -9 -n`, so the test needs no gzip writer.
        let gz = try #require(Data(base64Encoded: "H4sIAAAAAAACA0tMSc5PSdXJS8xN5TI0NABCnSc75jyd3/e0ZxcXAGZ4Q3kdAAAA"))
        try gz.write(to: dir.appendingPathComponent("t.csv.gz"))
        #expect(Gzip.existing(dir.appendingPathComponent("t.csv").path) == dir.appendingPathComponent("t.csv.gz").path)
        #expect(
            String(decoding: try Gzip.contents(ofFile: dir.appendingPathComponent("t.csv.gz").path), as: UTF8.self)
                == text)
        try Data(gz.prefix(20)).write(to: dir.appendingPathComponent("cut.csv.gz"))
        #expect(throws: GzipError.self) { try Gzip.contents(ofFile: dir.appendingPathComponent("cut.csv.gz").path) }
    }
}

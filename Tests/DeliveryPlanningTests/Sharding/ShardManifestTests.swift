// Tests the shard manifest: grouping by province, prefecture or county, stable ids, bad lines named, its region.
import Foundation
import Testing

@testable import DeliveryPlanning

struct ShardManifestTests {
    static let counties = [
        ShardManifest.CountyWork(code: "130203", villages: 5), ShardManifest.CountyWork(code: "130102", villages: 7),
        ShardManifest.CountyWork(code: "130104", villages: 2),
    ]

    @Test func prefectureShardsGroupCountiesAndSumVillages() {
        let shards = ShardManifest.shards(counties: Self.counties, by: .prefecture)
        #expect(
            shards == [
                Shard(id: 0, region: "1301", counties: ["130102", "130104"], villages: 9),
                Shard(id: 1, region: "1302", counties: ["130203"], villages: 5),
            ])
        let byCounty = ShardManifest.shards(counties: Self.counties, by: .county)
        #expect(byCounty.map(\.region) == ["130102", "130104", "130203"] && byCounty.map(\.id) == [0, 1, 2])
    }

    @Test func provinceShardsAndTheRegionTheShardsCutUp() {
        let more = Self.counties + [ShardManifest.CountyWork(code: "140221", villages: 4)]
        let provinces = ShardManifest.shards(counties: more, by: .province)
        #expect(provinces.map(\.region) == ["13", "14"] && provinces.map(\.villages) == [14, 4])
        #expect(ShardManifest.region(of: provinces) == "")
        #expect(ShardManifest.region(of: ShardManifest.shards(counties: Self.counties, by: .county)) == "13")
        #expect(ShardManifest.region(of: ShardManifest.shards(counties: Self.counties, by: .prefecture)) == "13")
        #expect(ShardManifest.region(of: [Shard(id: 0, region: "1503", counties: ["150302"], villages: 1)]) == "1503")
    }

    @Test func theManifestRoundTripsAndABadLineIsNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shards-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("manifest.jsonl").path
        let shards = ShardManifest.shards(counties: Self.counties, by: .prefecture)
        try ShardManifest.encode(shards).write(to: URL(fileURLWithPath: path))
        #expect(try ShardManifest.read(path) == shards)
        try Data("{\"id\":0,\"region\":\"13\"}\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: PlanError.self) { try ShardManifest.read(path) }
        do { _ = try ShardManifest.read(path) } catch { #expect(error.message.hasPrefix("\(path):1: not a shard")) }
    }
}

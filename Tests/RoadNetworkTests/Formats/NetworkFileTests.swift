// Round trips through every format (JSON -> GeoJSON -> CSV -> JSON) and how paths pick a format.
import Foundation
import Testing

@testable import RoadNetwork

@Suite struct NetworkFileTests {
    /// Writes `network` in `format` under `folder`, returning the path to read it back from.
    private func write(_ network: Network, _ format: NetworkFormat, in folder: String) throws -> String {
        let target: String
        switch format {
        case .json: target = folder + "/network.json"
        case .geojson: target = folder + "/network.geojson"
        case .csv: target = folder + "/csv"
        }
        let files = try NetworkFile.encode(network, format: format)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if format == .csv {
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            for (name, data) in files { try data.write(to: URL(fileURLWithPath: target + "/" + name)) }
        } else {
            try #require(files.count == 1)
            try files.first!.value.write(to: URL(fileURLWithPath: target))
        }
        return target
    }

    private func roundTrip(_ network: Network) throws -> Network {
        let folder = try Samples.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let viaJSON = try NetworkFile.read(write(network, .json, in: folder))
        let viaGeoJSON = try NetworkFile.read(write(viaJSON, .geojson, in: folder))
        let viaCSV = try NetworkFile.read(write(viaGeoJSON, .csv, in: folder))
        let back = try NetworkFile.read(write(viaCSV, .json, in: folder + "/again"))
        #expect(viaGeoJSON == network)
        #expect(viaCSV == network)
        return back
    }

    @Test(arguments: ["tiny-roads.json", "tiny-noroads.json"])
    func samplesSurviveEveryFormat(name: String) throws {
        let network = try NetworkFile.read(Samples.path(name))
        #expect(try roundTrip(network) == network)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomNetworksSurviveEveryFormat(seed: UInt64) throws {
        let network = RandomNetworks.network(nodes: 60, edges: 90, seed: seed)
        #expect(NetworkValidator.validate(network).filter { $0.severity == .error }.isEmpty)
        #expect(try roundTrip(network) == network)
    }

    @Test func aFolderPrefersNetworkJSONOverCSV() throws {
        let folder = try Samples.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let roads = try Samples.tinyRoads(), plain = try Samples.tinyNoRoads()
        for (name, data) in try NetworkFile.encode(plain, format: .csv) {
            try data.write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        #expect(try NetworkFile.read(folder) == plain)
        #expect(try NetworkFile.read(folder + "/nodes.csv") == plain)
        try CanonicalJSON.encode(roads).write(to: URL(fileURLWithPath: folder + "/network.json"))
        #expect(try NetworkFile.read(folder) == roads)
    }

    @Test func formatsFollowThePath() {
        #expect(NetworkFormat.infer(fromPath: "a/b.json") == .json)
        #expect(NetworkFormat.infer(fromPath: "b.GeoJSON") == .geojson)
        #expect(NetworkFormat.infer(fromPath: "out/datong") == .csv)
        #expect(NetworkFormat.infer(fromPath: "out/datong/nodes.csv") == .csv)
        #expect(NetworkFormat.infer(fromPath: "edges.csv") == nil)
        #expect(NetworkFormat.infer(fromPath: "map.kml") == nil)
    }

    @Test func missingFilesAndUnknownFormatsAreBadInput() {
        let missing = NetworkFile.inspect("/no/such/network.json")
        #expect(missing.network == nil && missing.errors.first?.location.file == "/no/such/network.json")
        #expect(throws: NetworkError.self) { try NetworkFile.read(Samples.path("tiny-roads.json") + ".kml") }
    }
}

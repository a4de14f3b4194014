// Tests of the files in Networks/: they decode and validate, and they are exactly what the generator builds.
import Foundation
import RoadNetwork
import Testing

@testable import NetworkSynthesis

/// Whether `folder`'s network.json and network.geojson are the bytes `network` encodes to.
private func shipped(_ folder: String, equal network: Network) throws -> Bool {
    let dir = URL(fileURLWithPath: Fixtures.network(folder))
    let json = try Data(contentsOf: dir.appendingPathComponent("network.json"))
    let geojson = try Data(contentsOf: dir.appendingPathComponent("network.geojson"))
    let encoded = try NetworkFile.encode(network, format: .geojson)["network.geojson"]
    return json == CanonicalJSON.encode(network) && geojson == encoded
}

/// The cut-down samples and the options `make networks` builds them with.
private let samples: [(folder: String, prefix: String, options: SynthesisOptions)] = [
    (
        "samples/yanggao", "1402",
        SynthesisOptions(
            region: SynthesisRegion(prefix: "140221", name: "Region 140221"), seed: Fixtures.seed,
            townships: ["140221100", "140221101"], villagesPerTownship: 8, name: "Yanggao-sample")
    ),
    (
        "samples/hunyuan-roads", "1402",
        SynthesisOptions(
            region: SynthesisRegion(prefix: "140225", name: "Region 140225"), seed: Fixtures.seed,
            townships: ["140225100", "140225102"], villagesPerTownship: 8, syntheticRoads: true,
            name: "Hunyuan-roads-sample")
    ),
    (
        "samples/laiyuan", "130630",
        SynthesisOptions(
            region: SynthesisRegion(prefix: "130630", name: "Region 130630"), seed: Fixtures.seed,
            townships: ["130630100", "130630102"], villagesPerTownship: 10, name: "Laiyuan-sample")
    ),
]

@Test(arguments: ["datong", "hebei", "samples/yanggao", "samples/hunyuan-roads", "samples/laiyuan"])
func shippedNetworkDecodesAndValidates(folder: String) throws {
    let json = NetworkFile.inspect(Fixtures.network(folder) + "/network.json")
    #expect(json.network != nil)
    #expect(json.errors.isEmpty, "\(json.errors.prefix(5))")
    // Hebei's GeoJSON takes about a minute to parse in a debug build; its bytes are checked against the
    // encoder below instead, and the GeoJSON reader is tested on the others.
    if folder != "hebei" {
        let geojson = NetworkFile.inspect(Fixtures.network(folder) + "/network.geojson")
        #expect(geojson.errors.isEmpty, "\(geojson.errors.prefix(5))")
        #expect(geojson.network?.nodes.count == json.network?.nodes.count)
    }
}

@Test func shippedDatongIsTheSeededBuild() throws {
    #expect(try shipped("datong", equal: try Fixtures.datong.get()))
}

@Test func shippedHebeiIsTheSeededBuild() throws {
    #expect(try shipped("hebei", equal: try Fixtures.hebei.get()))
}

@Test func shippedSamplesAreTheSeededBuild() throws {
    for sample in samples {
        let data = try SourceData.load(directory: Fixtures.sources, prefix: sample.prefix)
        let network = try NetworkSynthesizer.synthesize(data, options: sample.options)
        #expect(try shipped(sample.folder, equal: network), "\(sample.folder)")
        #expect((10...40).contains(network.nodes.count))
    }
}

@Test func shippedDatongMatchesTheReadme() throws {
    let network = try NetworkFile.read(Fixtures.network("datong") + "/network.json")
    let counts = Fixtures.counts(network)
    #expect(network.counties.count == 10)
    #expect(
        counts[.village] == 1423 && counts[.community] == 395 && counts[.regionalHub] == 15 && counts[.gateway] == 10)
    #expect(network.distance.roads == .none && network.edges.isEmpty)
    #expect(network.description?.contains("Roads: none") == true)
}

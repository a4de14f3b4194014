// `hubplan network synthesize`: builds a network from the public source tables with the seeded demand model.
import ArgumentParser
import Foundation
import NetworkSynthesis
import RoadNetwork

/// Builds `network.json` and `network.geojson` for a region from the county, township and village tables.
struct NetworkSynthesizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthesize",
        abstract: "Build a network (villages, township seats, county centers, hubs) from the public source tables.",
        discussion: """
            Reads counties.csv, townships.csv, villages*.csv and the optional sites.csv and produce.csv in --data, \
            places villages the data has no point for, shares each county's 2020 census population over its \
            villages, gives them parcels per day calibrated to public figures, and writes DIR/network.json \
            (canonical) and DIR/network.geojson (for QGIS or geojson.io). The same tables and seed give the same \
            bytes. No road data exists in the tables: the network says so and distances use the great-circle \
            fallback. Networks/README.md documents every model and number.

            Examples:
              hubplan network synthesize --region datong --data Networks/sources --seed 2027 --out Networks/datong
              hubplan network synthesize --region 140221 --townships 140221100,140221101 --villages-per-township 8 \\
                --data Networks/sources --seed 2027 --out Networks/samples/yanggao
            """)

    @Option(help: "datong, hebei, or an adcode prefix of 2 to 6 digits (e.g. 140221 for Yanggao).")
    var region: String

    @Option(help: "Directory of the source tables (Networks/sources, or the full shared data set).")
    var data: String

    @Option(help: "Seed of every random draw.")
    var seed: UInt64 = 2027

    @Option(help: "Output directory; network.json and network.geojson are written into it.")
    var out: String

    @Option(help: "Keep only these townships (comma-separated 9-digit adcodes) with their counties' centers.")
    var townships: String?

    @Option(help: "Keep at most this many villages of each township (the first by code).")
    var villagesPerTownship: Int?

    @Flag(help: "Add straight-line stand-in roads (village - township seat - county seat), for test samples only.")
    var syntheticRoads = false

    @Option(help: "Network name (default: the region's name).")
    var name: String?

    @Flag(help: "Print a JSON summary on stdout.")
    var json = false

    func validate() throws {
        if let villagesPerTownship, villagesPerTownship < 1 {
            throw ValidationError("--villages-per-township must be at least 1")
        }
    }

    func run() throws {
        try OutputPath.checkFolder(out)
        let region = try SynthesisRegion.parse(region)
        let options = SynthesisOptions(
            region: region, seed: seed,
            townships: townships.map {
                $0.split(separator: ",").map { String($0.trimmingCharacters(in: .whitespaces)) }
            },
            villagesPerTownship: villagesPerTownship, syntheticRoads: syntheticRoads, name: name)
        let sources = try SourceData.load(directory: data, prefix: region.prefix)
        if sources.sites.isEmpty || sources.produce.isEmpty {
            FileHandle.standardError.write(
                Data("note: \(data) has no sites.csv or produce.csv; no parks, bus stations or pickups\n".utf8))
        }
        let network = try NetworkSynthesizer.synthesize(sources, options: options)
        let directory = URL(fileURLWithPath: out)
        let json = CanonicalJSON.encode(network)
        let geojson = try NetworkFile.encode(network, format: .geojson)
        try AtomicFile.write(json, to: directory.appendingPathComponent(NetworkFormat.json.defaultFileName).path)
        for (file, bytes) in geojson.sorted(by: { $0.key < $1.key }) {
            try AtomicFile.write(bytes, to: directory.appendingPathComponent(file).path)
        }
        let summary = SynthesisSummary(network: network, jsonBytes: json.count)
        if self.json {
            try JSONOutput.print(summary)
        } else {
            FileHandle.standardError.write(Data("\(summary.text) -> \(out)/network.json\n".utf8))
        }
    }
}

/// What a synthesis run produced, for `--json` and the log line.
struct SynthesisSummary: Encodable {
    let name: String
    let counties: Int
    let nodes: [String: Int]
    let parcelsPerDay: Double
    let pickupsPerDay: Double
    let jsonBytes: Int

    init(network: Network, jsonBytes: Int) {
        name = network.name
        counties = network.counties.count
        nodes = network.nodes.reduce(into: [:]) { $0[$1.kind.rawValue, default: 0] += 1 }
        parcelsPerDay = (network.nodes.reduce(0) { $0 + $1.totalParcels } * 10).rounded() / 10
        pickupsPerDay = (network.nodes.reduce(0) { $0 + ($1.pickups?.perDay ?? 0) } * 10).rounded() / 10
        self.jsonBytes = jsonBytes
    }

    var text: String {
        let kinds = nodes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return
            "\(name): \(counties) counties; \(kinds); \(Int(parcelsPerDay)) parcels/day; \(Int(pickupsPerDay)) pickups/day"
    }
}

// `hubplan network import-points NETWORK FILE --datum D --out DIR`: surveyed positions in, unmatched and ambiguous rows listed.
import ArgumentParser
import Foundation
import RoadNetwork

/// Moves nodes to the positions a planner surveyed or exported from a map, converting the datum to WGS84.
struct NetworkImportPointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-points",
        abstract: "Import surveyed positions (CSV or GeoJSON, WGS84/GCJ-02/BD-09) into a network.",
        discussion: """
            FILE is CSV with columns id, county, township, name, lon, lat (each row an id, or a name narrowed \
            by county adcode or name and township code or seat name), or GeoJSON Point features with those \
            properties. Positions in GCJ-02 (Amap, Tencent) or BD-09 (Baidu) are converted to WGS84 \
            (docs/network-format.md). Matched nodes move and get positionSource surveyed; unmatched and \
            ambiguous rows are listed (exit 0: the list is the report). DIR gets network.json (and the \
            network's distance pairs file, if it has one).

            Example:
              hubplan network import-points Networks/datong stations.csv --datum gcj02 --out out/datong-surveyed
            """
    )

    @Argument(help: "The network: .json, .geojson, or a folder.")
    var file: String

    @Argument(help: "The points: .csv or .geojson.")
    var points: String

    @Option(help: "The points' datum: wgs84, gcj02 or bd09.")
    var datum: Datum

    @Option(help: "Output folder.")
    var out: String

    func run() throws {
        let network = try NetworkFile.read(file)
        let result = PointImport(network: network, points: try PointFile.read(points), datum: datum)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        if let pairs = result.network.distance.pairs, let name = result.network.distance.file, !name.hasPrefix("/") {
            try AtomicFile.write(DistancePairsFile.encode(pairs), to: out + "/" + name)
        }
        try AtomicFile.write(CanonicalJSON.encode(result.network), to: out + "/network.json")
        let moved = result.matched.map(\.movedKm).sorted()
        let median = moved.isEmpty ? 0 : moved[moved.count / 2]
        print(
            "matched \(result.matched.count) rows (median move \(String(format: "%.2f", median)) km), "
                + "unmatched \(result.unmatched.count), ambiguous \(result.ambiguous.count) -> \(out)/network.json")
        for row in result.unmatched { print("unmatched \(row.row): \(row.reason)") }
        for row in result.ambiguous { print("ambiguous \(row.row): \(row.candidates.joined(separator: ", "))") }
    }
}

extension Datum: ExpressibleByArgument {}

// The output options `hubplan plan` and `hubplan sweep` share: language, CSV byte-order mark, outlines, basemap.
import ArgumentParser
import DeliveryPlanning
import Foundation
import Reports
import RoadNetwork

/// `--lang`, `--no-bom`, `--boundaries`, `--tiles`.
struct ReportFlags: ParsableArguments {
    @Option(
        help:
            "Language of the report, workbook and county pages: zh or en (default: the scenario's lang, else zh for a Chinese network)."
    )
    var lang: String?

    @Flag(name: .customLong("no-bom"), help: "Write CSV files without the UTF-8 byte-order mark (for scripts).")
    var noBOM = false

    @Option(help: "Folder of county outlines NN.geojson (default: sources/boundaries found beside the network).")
    var boundaries: String?

    @Option(help: "A web tile URL template ({z}/{x}/{y}) drawn under the map; off by default (the page stays offline).")
    var tiles: String?

    func validate() throws {
        if let boundaries, !FileManager.default.fileExists(atPath: boundaries) {
            throw ValidationError("--boundaries \(boundaries): no such folder")
        }
        if let lang, ReportLanguage(rawValue: lang) == nil {
            throw ValidationError("--lang must be zh or en, not \"\(lang)\"")
        }
        if let tiles, !(tiles.contains("{z}") && tiles.contains("{x}") && tiles.contains("{y}")) {
            throw ValidationError("--tiles must hold {z}, {x} and {y}, as in https://tile.example.org/{z}/{x}/{y}.png")
        }
    }

    /// The options for a plan of `network` (read from `networkPath`) under `scenario`.
    func options(network: Network, networkPath: String, scenario: Scenario) throws -> ReportOptions {
        let language = (lang ?? scenario.lang).flatMap(ReportLanguage.init(rawValue:)) ?? .default(for: network)
        var options = ReportOptions(language: language)
        options.byteOrderMark = !noBOM
        options.tiles = tiles
        if let folder = boundaries ?? ReportOptions.boundariesFolder(near: networkPath) {
            options.boundaries = try ReportOptions.boundaries(for: network, folder: folder)
        }
        return options
    }
}

// `hubplan network matrix NETWORK --ids A,B,C`: the km and minutes the planner uses between nodes, whatever the source.
import ArgumentParser
import Foundation
import RoadNetwork

/// Prints the travel matrix between chosen nodes, exactly as every model and the verifier see it.
struct NetworkMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Print the km and minutes the planner uses between nodes (great-circle, osm or matrix source).",
        discussion: """
            Rows are the `from` nodes, columns the `to` nodes, in the order of --ids. The source is the \
            network's distance.source (docs/network-format.md); a pair its file lacks falls back to \
            great-circle x circuity and is named on stderr. An unknown id is bad input (exit 2).

            JSON: {"source": "...", "ids": [...], "km": [[...]], "minutes": [[...]]}

            Example:
              hubplan network matrix Networks/datong --ids cc-140221,ts-140221100,v-140221100201
              hubplan network matrix out/roads --ids cc-140221,ts-140221100 --json | jq '.km[0][1]'
            """
    )

    @Argument(help: "The network: .json, .geojson, or a folder.")
    var file: String

    @Option(help: "Comma-separated node ids.")
    var ids: String

    @Flag(help: "Print JSON on stdout instead of a table.")
    var json = false

    func run() throws {
        let network = try NetworkFile.read(file)
        let report = try MatrixReport(
            network: network,
            ids: ids.split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            })
        for warning in report.warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
        if json {
            try JSONOutput.print(report)
        } else {
            print(report.table())
        }
    }
}

/// The matrix between the requested nodes and the source it came from.
struct MatrixReport: Encodable {
    var source: String
    var ids: [String]
    var km: [[Double]]
    var minutes: [[Double]]
    var warnings: [String] = []

    private enum CodingKeys: String, CodingKey { case source, ids, km, minutes }

    init(network: Network, ids: [String]) throws {
        guard !ids.isEmpty, !ids.contains(where: \.isEmpty) else {
            throw CommandLineError("--ids: give node ids separated by commas")
        }
        let index = network.nodeIndexByID()
        let nodes = try ids.map { id in
            guard let i = index[id] else { throw CommandLineError("--ids: no node \"\(id)\" in the network") }
            return i
        }
        let roads = RoadDistances(network: network)
        let matrix = roads.matrix(from: nodes, to: nodes)
        source = roads.source.rawValue
        self.ids = ids
        km = nodes.indices.map { r in nodes.indices.map { matrix.km(r, $0) } }
        minutes = nodes.indices.map { r in nodes.indices.map { matrix.minutes(r, $0) } }
        warnings = roads.fallbackWarnings()
    }

    func table() -> String {
        var kmTable = TextTable(header: ["km"] + ids, rightAligned: Set(1...ids.count))
        var minuteTable = TextTable(header: ["minutes"] + ids, rightAligned: Set(1...ids.count))
        for (r, id) in ids.enumerated() {
            kmTable.add([id] + km[r].map { Quantity.format($0, decimals: 2) })
            minuteTable.add([id] + minutes[r].map { Quantity.format($0, decimals: 1) })
        }
        return "source: \(source)\n\n" + kmTable.render() + "\n" + minuteTable.render()
    }
}

// `hubplan network info FILE`: counts by kind and county, demand per carrier, extent and road connectivity.
import ArgumentParser
import Foundation
import RoadNetwork

/// Summarises a network for a planner (or, with `--json`, for a script).
struct NetworkInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Summarise a network: places by kind and county, demand per carrier, extent, roads.",
        discussion: """
            FILE is a canonical .json, a .geojson, or a folder holding network.json or nodes.csv + edges.csv. \
            Demand is parcels per day. Connectivity counts components of the road graph driven both ways \
            (a node without roads is a component of its own) and, separately, respecting one-way roads. \
            Invalid networks are refused (exit 2); warnings are counted on stderr.

            Example:
              hubplan network info Networks/datong
              hubplan network info Networks/datong --json | jq '.carriers[] | [.id, .parcelsPerDay]'
            """
    )

    @Argument(help: "The network: .json, .geojson, or a folder.")
    var file: String

    @Flag(help: "Print JSON on stdout instead of tables.")
    var json = false

    func run() throws {
        let inspection = NetworkFile.inspect(file)
        let network = try inspection.get()
        let summary = NetworkSummary(network: network)
        if !inspection.warnings.isEmpty {
            FileHandle.standardError.write(
                Data("\(inspection.warnings.count) warnings; see `hubplan network validate \(file)`\n".utf8))
        }
        if json {
            try JSONOutput.print(InfoReport(file: file, warnings: inspection.warnings.count, summary: summary))
        } else {
            print(NetworkInfoText.render(summary, file: file))
        }
    }
}

/// The `--json` document: the summary's members plus the file and the warning count.
struct InfoReport: Encodable {
    var file: String
    var warnings: Int
    var summary: NetworkSummary

    private enum Keys: String, CodingKey { case file, format, warnings }

    func encode(to encoder: Encoder) throws {
        try summary.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(file, forKey: .file)
        try c.encode(Network.formatTag, forKey: .format)
        try c.encode(warnings, forKey: .warnings)
    }
}

/// The tables of `hubplan network info`.
enum NetworkInfoText {
    static func render(_ s: NetworkSummary, file: String) -> String {
        var out: [String] = ["\(s.name)  (\(file))"]
        if let description = s.description { out.append(description) }
        let kinds = NodeKind.allCases.compactMap { kind in
            s.nodesByKind[kind.rawValue].map { "\(kind.rawValue) \(Quantity.format(Double($0)))" }
        }
        out.append("")
        out.append("Nodes      \(Quantity.format(Double(s.nodes)))  (\(kinds.joined(separator: ", ")))")
        let c = s.connectivity
        out.append("Roads      \(Quantity.format(Double(c.roads)))  (coverage \(c.coverage.rawValue))")
        if c.roads > 0 {
            out.append(
                "Components \(c.components) both ways (largest \(Quantity.format(Double(c.largestComponent))) nodes, \(c.isolatedNodes) without roads), \(c.stronglyConnectedComponents) respecting one-way roads"
            )
        }
        if let b = s.boundingBox {
            out.append("Extent     lon \(b.minLon) ... \(b.maxLon), lat \(b.minLat) ... \(b.maxLat) (WGS84)")
        }
        out.append("")
        var carriers = TextTable(header: ["carrier", "name", "parcels/day", "share"], rightAligned: [2, 3])
        for line in s.carriers {
            carriers.add([
                line.id, line.name, Quantity.format(line.parcelsPerDay), Quantity.format(line.share * 100) + "%",
            ])
        }
        carriers.add(["all", "", Quantity.format(s.parcelsPerDay), ""])
        out.append("Demand (parcels per day)")
        out.append(carriers.render(indent: "  "))
        out.append(
            "Pickups    \(Quantity.format(s.pickups.perDay)) per day at \(s.pickups.nodes) nodes, \(Quantity.format(s.pickups.coldChainPerDay)) of them cold chain"
        )
        out.append("")
        var counties = TextTable(
            header: ["county", "name", "nodes", "demand points", "sites", "parcels/day"], rightAligned: [2, 3, 4, 5])
        for line in s.counties {
            let demand = NodeKind.allCases.filter(\.isDemandPoint).reduce(0) { $0 + (line.byKind[$1.rawValue] ?? 0) }
            counties.add([
                line.code.isEmpty ? "(none)" : line.code, line.name ?? "?", "\(line.nodes)", "\(demand)",
                "\(line.nodes - demand)", Quantity.format(line.parcelsPerDay),
            ])
        }
        out.append("Counties")
        out.append(counties.render(indent: "  "))
        return out.joined(separator: "\n")
    }
}

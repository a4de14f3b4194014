// `hubplan network ...`: inspect, validate and convert networks.
import ArgumentParser

/// The `network` command group.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Inspect, validate and convert road networks.",
        discussion: """
            A network is canonical JSON (.json), GeoJSON (.geojson) or a folder (network.json, else nodes.csv \
            and edges.csv); docs/network-format.md describes all three.

            Example:
              hubplan network validate Networks/datong
            """,
        subcommands: [
            NetworkInfoCommand.self, NetworkValidateCommand.self, NetworkConvertCommand.self,
            NetworkSynthesizeCommand.self, NetworkMatrixCommand.self, NetworkRoadsCommand.self,
            NetworkImportPointsCommand.self,
        ]
    )
}

// `hubplan network validate FILE`: every problem in a network, each with its file and line or JSON path.
import ArgumentParser
import Foundation
import RoadNetwork

/// Lists every problem in a network; exit 2 when any is an error.
struct NetworkValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a network and list every problem with its location.",
        discussion: """
            Locations are file:line and column for CSV, and a JSON path (nodes[12].lat) for JSON and GeoJSON. \
            Exit code 2 when there is any error; 0 when there are only warnings (printed) or none.

            Example:
              hubplan network validate Networks/datong
              hubplan network validate my-county/ --json | jq '.issues[] | select(.severity == "error")'
            """
    )

    @Argument(help: "The network: .json, .geojson, or a folder.")
    var file: String

    @Flag(help: "Print JSON on stdout.")
    var json = false

    func run() throws {
        let inspection = NetworkFile.inspect(file)
        let errors = inspection.errors.count, warnings = inspection.warnings.count
        if json {
            try JSONOutput.print(
                ValidationReport(
                    file: file, valid: errors == 0, errors: errors, warnings: warnings,
                    issues: inspection.issues))
        } else {
            for issue in inspection.issues { print(issue.description) }
            if let network = inspection.network, errors == 0 {
                print(
                    "\(file): valid, \(network.nodes.count) nodes, \(network.edges.count) roads, \(warnings) warnings")
            } else {
                print("\(file): \(errors) errors, \(warnings) warnings")
            }
        }
        if errors > 0 { throw ExitCode(2) }
    }
}

/// The `--json` document of `validate`.
struct ValidationReport: Encodable {
    var file: String
    var valid: Bool
    var errors: Int
    var warnings: Int
    var issues: [ValidationIssue]
}

// `hubplan network convert IN OUT`: between canonical JSON, GeoJSON and a CSV folder, chosen by path.
import ArgumentParser
import Foundation
import RoadNetwork

/// Converts a network between formats, writing each output file atomically.
struct NetworkConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a network between canonical JSON, GeoJSON and a CSV folder.",
        discussion: """
            Formats follow the paths: .json is canonical JSON, .geojson is GeoJSON, and a folder (or a path \
            without extension) is a CSV folder: nodes.csv, edges.csv, carriers.csv, counties.csv, network.csv. \
            --to overrides the output format; with --to json or geojson and a folder, the file is written \
            inside it. The input is validated first: an invalid network is not converted (exit 2). \
            docs/network-format.md describes the formats.

            Example:
              hubplan network convert Networks/datong/network.json out/datong.geojson
              hubplan network convert out/datong.geojson out/datong-csv
            """
    )

    @Argument(help: "The network to read: .json, .geojson, or a folder.")
    var input: String

    @Argument(help: "Where to write: .json, .geojson, or a folder for CSV.")
    var output: String

    @Option(help: "Output format: json, geojson or csv (default: from OUT).")
    var to: NetworkFormat?

    func run() throws {
        guard let format = to ?? NetworkFormat.infer(fromPath: output) else {
            throw CommandLineError("cannot tell the format of \(output): use .json, .geojson, a folder, or --to")
        }
        var isDirectory: ObjCBool = false
        if format == .csv
            || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
        {
            try OutputPath.checkFolder(output, option: "OUTPUT")
        } else {
            try OutputPath.checkFile(output, option: "OUTPUT")
        }
        let inspection = NetworkFile.inspect(input)
        let network = try inspection.get()
        if !inspection.warnings.isEmpty {
            FileHandle.standardError.write(
                Data("\(inspection.warnings.count) warnings; see `hubplan network validate \(input)`\n".utf8))
        }
        let files = try NetworkFile.encode(network, format: format)
        var isFolder: ObjCBool = false
        let outputIsFolder =
            FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue
        if format == .csv || outputIsFolder {
            let folder = output.hasSuffix("/") ? String(output.dropLast()) : output
            if format == .csv, FileManager.default.fileExists(atPath: folder + "/network.json") {
                throw CommandLineError(
                    "\(folder)/network.json exists and would be read instead of the CSV files; remove it or choose another folder"
                )
            }
            for name in files.keys.sorted() { try AtomicFile.write(files[name]!, to: folder + "/" + name) }
            FileHandle.standardError.write(
                Data("wrote \(files.keys.sorted().map { folder + "/" + $0 }.joined(separator: ", "))\n".utf8))
        } else {
            try AtomicFile.write(files.values.first!, to: output)
            FileHandle.standardError.write(Data("wrote \(output)\n".utf8))
        }
    }
}

extension NetworkFormat: ExpressibleByArgument {}

// Reading a network from any of its formats and encoding it into any of them, deciding the format by path.
import Foundation

/// One entry point for network files: `.json`, `.geojson`, or a folder (`network.json` preferred, else CSV).
public enum NetworkFile {
    /// Reads and validates the network at `path`; throws a ``NetworkError`` listing every error.
    /// Warnings do not stop reading; ``inspect(_:)`` returns them.
    public static func read(_ path: String) throws -> Network {
        try inspect(path).get()
    }

    /// Reads and validates the network at `path`, returning every problem (a missing file included).
    public static func inspect(_ path: String) -> NetworkInspection {
        switch locate(path) {
        case .failure(let error):
            return .unreadable(error, source: SourceMap(layout: .canonical, file: path))
        case .success(let (format, location)):
            switch format {
            case .csv:
                return DistancePairsLoader.load(into: CSVFormat.inspect(folder: location), folder: location)
            case .json, .geojson:
                guard let data = FileManager.default.contents(atPath: location) else {
                    return .unreadable(
                        NetworkError(file: location, message: "cannot read the file"),
                        source: SourceMap(layout: .canonical, file: location))
                }
                let inspection =
                    format == .json
                    ? CanonicalJSON.inspect(data, file: location) : GeoJSONFormat.inspect(data, file: location)
                return DistancePairsLoader.load(
                    into: inspection, folder: (location as NSString).deletingLastPathComponent)
            }
        }
    }

    /// The network in `format`: file name -> bytes (one file for JSON and GeoJSON, the CSV folder's files for CSV).
    public static func encode(_ network: Network, format: NetworkFormat) throws -> [String: Data] {
        switch format {
        case .json: [format.defaultFileName: CanonicalJSON.encode(network)]
        case .geojson: [format.defaultFileName: GeoJSONFormat.encode(network)]
        case .csv: CSVFormat.encode(network)
        }
    }

    /// The format and the file or folder to read for `path`.
    static func locate(_ path: String) -> Result<(NetworkFormat, String), NetworkError> {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(NetworkError(file: path, message: "no such file or folder"))
        }
        if isFolder.boolValue {
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            let json = folder + "/" + NetworkFormat.json.defaultFileName
            if manager.fileExists(atPath: json) { return .success((.json, json)) }
            if manager.fileExists(atPath: folder + "/" + CSVFormat.nodesFile) { return .success((.csv, folder)) }
            return .failure(NetworkError(file: path, message: "the folder holds neither network.json nor nodes.csv"))
        }
        switch NetworkFormat.infer(fromPath: path) {
        case .json?: return .success((.json, path))
        case .geojson?: return .success((.geojson, path))
        case .csv? where URL(fileURLWithPath: path).lastPathComponent == CSVFormat.nodesFile:
            let folder = (path as NSString).deletingLastPathComponent
            return .success((.csv, folder.isEmpty ? "." : folder))
        default:
            return .failure(
                NetworkError(
                    file: path, message: "unknown network format; use .json, .geojson or a folder of CSV files"))
        }
    }
}

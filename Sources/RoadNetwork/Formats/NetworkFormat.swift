// The three file formats of a network and how a path names one.
import Foundation

/// A network file format.
public enum NetworkFormat: String, Sendable, CaseIterable, Codable {
    /// Canonical JSON (`.json`, or `network.json` inside a folder).
    case json
    /// GeoJSON FeatureCollection (`.geojson`).
    case geojson
    /// A folder of CSV files (`nodes.csv`, `edges.csv`, ...).
    case csv

    /// The format a path names: `.json` and `.geojson` by extension; a folder, a path ending in `/`, a path
    /// without extension, or a `nodes.csv` inside a folder mean the CSV folder format. Nil for anything else.
    ///
    /// For reading, ``NetworkFile`` looks inside folders: a folder holding `network.json` is canonical JSON.
    public static func infer(fromPath path: String) -> NetworkFormat? {
        let url = URL(fileURLWithPath: path)
        switch url.pathExtension.lowercased() {
        case "json": return .json
        case "geojson": return .geojson
        case "csv": return url.lastPathComponent == CSVFormat.nodesFile ? .csv : nil
        case "": return .csv
        default:
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            return exists && isFolder.boolValue || path.hasSuffix("/") ? .csv : nil
        }
    }

    /// The file name used for this format inside a folder, and as the key of ``NetworkFile/encode(_:format:)``.
    public var defaultFileName: String {
        switch self {
        case .json: "network.json"
        case .geojson: "network.geojson"
        case .csv: CSVFormat.nodesFile
        }
    }
}

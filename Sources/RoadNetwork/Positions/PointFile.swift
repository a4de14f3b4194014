// Surveyed points a planner brings: CSV or GeoJSON rows with an id or (county, township, name) and a position.
import Foundation

/// One row of a point file.
public struct SurveyedPoint: Sendable, Hashable {
    /// Where the row is, for messages (`points.csv:12`, `points.geojson features[3]`).
    public var location: String
    /// A node id, when the file gives one.
    public var id: String?
    /// County adcode, township code or name, and place name, for rows matched by name.
    public var county: String?
    public var township: String?
    public var name: String?
    /// Position in the file's datum.
    public var lon: Double
    public var lat: Double
}

/// Reads point files: CSV with columns `id`, `county`, `township`, `name`, `lon`, `lat` (`id` or `name` in each
/// row), or GeoJSON Point features whose properties hold the same fields.
public enum PointFile {
    /// The rows of `path`; errors (unreadable file, missing columns, bad numbers) name the file and line.
    public static func read(_ path: String) throws(NetworkError) -> [SurveyedPoint] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NetworkError(file: path, message: "cannot read the point file")
        }
        return path.lowercased().hasSuffix(".geojson") || path.lowercased().hasSuffix(".json")
            ? try geoJSON(data, file: path) : try csv(data, file: path)
    }

    static func csv(_ data: Data, file: String) throws(NetworkError) -> [SurveyedPoint] {
        var issues: [ValidationIssue] = []
        guard let table = CSVTable.read(data, file: file, issues: &issues) else { throw NetworkError(issues: issues) }
        var r = CSVRowReader(table: table, issues: issues)
        r.checkColumns(known: ["id", "county", "township", "name", "lon", "lat"], required: ["lon", "lat"])
        var points: [SurveyedPoint] = []
        for row in table.rows.indices {
            r.row = row
            let point = SurveyedPoint(
                location: "\(file):\(table.lines[row])", id: r.string("id"), county: r.string("county"),
                township: r.string("township"), name: r.string("name"),
                lon: r.required("lon", Double.nan), lat: r.required("lat", Double.nan))
            if point.id == nil && point.name == nil { r.error(.missingField, "id", "give an id or a name") }
            points.append(point)
        }
        if r.issues.contains(where: { $0.severity == .error }) { throw NetworkError(issues: r.issues) }
        return points
    }

    static func geoJSON(_ data: Data, file: String) throws(NetworkError) -> [SurveyedPoint] {
        let value = try JSONValue.parse(data, file: file)
        var r = JSONFieldReader(file: file)
        var points: [SurveyedPoint] = []
        var features: [JSONValue] = []
        for m in r.object(value, at: "") ?? [] where m.key == "features" {
            features = r.array(m.value, at: "features") ?? []
        }
        for (k, feature) in features.enumerated() {
            let path = "features[\(k)]"
            var point = SurveyedPoint(location: "\(file) \(path)", lon: .nan, lat: .nan)
            for m in r.object(feature, at: path) ?? [] {
                switch m.key {
                case "geometry":
                    for g in r.object(m.value, at: path + ".geometry") ?? [] where g.key == "coordinates" {
                        let xy = r.array(g.value, at: path + ".geometry.coordinates") ?? []
                        if xy.count >= 2, let x = r.number(xy[0], at: path + ".geometry.coordinates[0]"),
                            let y = r.number(xy[1], at: path + ".geometry.coordinates[1]")
                        {
                            point.lon = x; point.lat = y
                        }
                    }
                case "properties":
                    for p in r.object(m.value, at: path + ".properties") ?? [] {
                        let text: String? =
                            switch p.value {
                            case .string(let s): s
                            case .number(let x): JSONText.number(x)
                            default: nil
                            }
                        switch p.key {
                        case "id": point.id = text
                        case "county": point.county = text
                        case "township": point.township = text
                        case "name": point.name = text
                        default: break
                        }
                    }
                default: break
                }
            }
            if point.lon.isNaN || point.lat.isNaN {
                r.error(.missingField, path + ".geometry", "a Point with [lon, lat] is required")
            }
            if point.id == nil && point.name == nil {
                r.error(.missingField, path + ".properties", "give an id or a name")
            }
            points.append(point)
        }
        let errors = r.issues.filter { $0.severity == .error }
        if !errors.isEmpty { throw NetworkError(issues: errors) }
        return points
    }
}

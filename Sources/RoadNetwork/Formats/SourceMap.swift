// Maps a network's items back to where they were read from, so validation can point at a file and line.

/// Where each node, road, carrier and county of a network came from.
///
/// Validation names fields by their canonical dotted name (`lat`, `parcels.sf`, `timeWindow.open`); the map
/// turns that into a JSON path for JSON (`nodes[12].lat`), a GeoJSON path
/// (`features[40].geometry.coordinates[1]`), or a file, line and column for CSV (the CSV columns carry the
/// same dotted names).
public struct SourceMap: Sendable, Hashable {
    /// Which kind of source the network came from.
    public enum Layout: Sendable, Hashable {
        /// Built in memory: locations are JSON paths into the canonical form.
        case memory
        /// Canonical JSON (`hubplan-network/1`).
        case canonical
        /// A GeoJSON FeatureCollection.
        case geoJSON
        /// A CSV folder (`nodes.csv`, `edges.csv`, ...).
        case csv
    }

    /// The kind of source.
    public var layout: Layout
    /// The JSON or GeoJSON file, or the CSV folder.
    public var file: String
    /// Per node: its GeoJSON feature index, or its line in `nodes.csv`.
    public var nodeRecords: [Int] = []
    /// Per edge: its GeoJSON feature index, or its line in `edges.csv`.
    public var edgeRecords: [Int] = []
    /// Per carrier: its line in `carriers.csv`.
    public var carrierRecords: [Int] = []
    /// Per county: its line in `counties.csv`.
    public var countyRecords: [Int] = []
    /// Per setting key of `network.csv` (e.g. `distance.circuity`): its line.
    public var settingLines: [String: Int] = [:]

    /// Creates a map; record arrays are filled by the reader.
    public init(layout: Layout, file: String) {
        self.layout = layout; self.file = file
    }

    /// The map of a network built in memory.
    public static let memory = SourceMap(layout: .memory, file: "")

    /// Node `index`, optionally one of its fields.
    public func node(_ index: Int, _ field: String? = nil) -> SourceLocation {
        switch layout {
        case .memory, .canonical:
            return SourceLocation(file: file, path: join("nodes[\(index)]", field))
        case .geoJSON:
            let feature = "features[\(record(nodeRecords, index))]"
            switch field {
            case "lon": return SourceLocation(file: file, path: feature + ".geometry.coordinates[0]")
            case "lat": return SourceLocation(file: file, path: feature + ".geometry.coordinates[1]")
            case let field?: return SourceLocation(file: file, path: feature + ".properties." + field)
            case nil: return SourceLocation(file: file, path: feature)
            }
        case .csv:
            return SourceLocation(file: csvFile(CSVFormat.nodesFile), line: line(nodeRecords, index), column: field)
        }
    }

    /// Edge `index`, optionally one of its fields.
    public func edge(_ index: Int, _ field: String? = nil) -> SourceLocation {
        switch layout {
        case .memory, .canonical:
            return SourceLocation(file: file, path: join("edges[\(index)]", field))
        case .geoJSON:
            let feature = "features[\(record(edgeRecords, index))]"
            return SourceLocation(file: file, path: field.map { feature + ".properties." + $0 } ?? feature)
        case .csv:
            return SourceLocation(file: csvFile(CSVFormat.edgesFile), line: line(edgeRecords, index), column: field)
        }
    }

    /// Carrier `index`, optionally one of its fields.
    public func carrier(_ index: Int, _ field: String? = nil) -> SourceLocation {
        listItem("carriers", index, field, CSVFormat.carriersFile, carrierRecords)
    }

    /// County `index`, optionally one of its fields.
    public func county(_ index: Int, _ field: String? = nil) -> SourceLocation {
        listItem("counties", index, field, CSVFormat.countiesFile, countyRecords)
    }

    /// A network-level field such as `distance.circuity`.
    public func network(_ field: String) -> SourceLocation {
        switch layout {
        case .memory, .canonical: return SourceLocation(file: file, path: field)
        case .geoJSON: return SourceLocation(file: file, path: "hubplan." + field)
        case .csv:
            return SourceLocation(file: csvFile(CSVFormat.settingsFile), line: settingLines[field], column: "value")
        }
    }

    private func listItem(
        _ list: String, _ index: Int, _ field: String?, _ csvName: String, _ lines: [Int]
    ) -> SourceLocation {
        switch layout {
        case .memory, .canonical: return SourceLocation(file: file, path: join("\(list)[\(index)]", field))
        case .geoJSON: return SourceLocation(file: file, path: join("hubplan.\(list)[\(index)]", field))
        case .csv: return SourceLocation(file: csvFile(csvName), line: line(lines, index), column: field)
        }
    }

    private func join(_ prefix: String, _ field: String?) -> String {
        field.map { prefix + "." + $0 } ?? prefix
    }

    private func record(_ records: [Int], _ index: Int) -> Int {
        index < records.count ? records[index] : index
    }

    private func line(_ records: [Int], _ index: Int) -> Int? {
        index < records.count ? records[index] : nil
    }

    /// A file inside the CSV folder, spelled as the user would type it.
    func csvFile(_ name: String) -> String {
        if file.isEmpty || file == "." { return name }
        return file.hasSuffix("/") ? file + name : file + "/" + name
    }
}

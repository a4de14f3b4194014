// Where in a file a problem is: file and line (and column) for CSV, file and JSON path for JSON and GeoJSON.

/// A place in an input file that a planner can open and fix.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file, as the user named it (empty for a network built in memory).
    public var file: String
    /// 1-based line number, for CSV files.
    public var line: Int?
    /// The CSV column (its header name), for CSV files.
    public var column: String?
    /// The JSON path (e.g. `nodes[12].lat`), for JSON and GeoJSON files.
    public var path: String?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: String? = nil, path: String? = nil) {
        self.file = file; self.line = line; self.column = column; self.path = path
    }

    /// `nodes.csv:14: column lat`, `network.json: nodes[12].lat`, or just the file.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        var detail: [String] = []
        if let column { detail.append("column \(column)") }
        if let path { detail.append(path) }
        if !detail.isEmpty {
            text += text.isEmpty ? detail.joined(separator: " ") : ": " + detail.joined(separator: " ")
        }
        return text
    }
}

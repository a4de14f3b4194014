// The pairs file of an `osm` or `matrix` distance source: `from,to,km,minutes` CSV, read with line-exact errors.
import Foundation

/// Reads and writes `from,to,km,minutes` CSV files (one directed pair a row; extra columns are warnings).
public enum DistancePairsFile {
    /// The header of written files.
    public static let columns = ["from", "to", "km", "minutes"]
    /// The file name `hubplan network roads` writes beside the network.
    public static let defaultFileName = "distances.csv"

    /// Reads the pairs at `path`; `nodeIDs` (when given) are the ids the network has, and a row naming
    /// another id is an error. Returns nil pairs when any error was found.
    public static func read(_ path: String, nodeIDs: Set<String>? = nil) -> (DistancePairs?, [ValidationIssue]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (
                nil,
                [ValidationIssue(.error, .unreadable, at: SourceLocation(file: path), "cannot read the distance file")]
            )
        }
        var issues: [ValidationIssue] = []
        guard let table = CSVTable.read(data, file: path, issues: &issues) else { return (nil, issues) }
        var r = CSVRowReader(table: table, issues: issues)
        r.checkColumns(known: Set(columns), required: Set(columns))
        var from: [String] = [], to: [String] = [], km: [Double] = [], minutes: [Double] = []
        from.reserveCapacity(table.rows.count); to.reserveCapacity(table.rows.count)
        km.reserveCapacity(table.rows.count); minutes.reserveCapacity(table.rows.count)
        for row in table.rows.indices {
            r.row = row
            let a = r.required("from", ""), b = r.required("to", "")
            let x = r.required("km", Double.nan), t = r.required("minutes", Double.nan)
            for (column, id) in [("from", a), ("to", b)] where !id.isEmpty && nodeIDs.map({ !$0.contains(id) }) == true
            {
                r.error(.unknownNode, column, "no node \"\(id)\" in the network")
            }
            for (column, value) in [("km", x), ("minutes", t)] where !value.isNaN {
                if !value.isFinite {
                    r.error(.nonFinite, column, "\(column) must be finite")
                } else if value < 0 {
                    r.error(.negative, column, "\(column) must be >= 0")
                }
            }
            from.append(a); to.append(b); km.append(x); minutes.append(t)
        }
        let errors = r.issues.contains { $0.severity == .error }
        let pairs = errors ? nil : DistancePairs(from: from, to: to, km: km, minutes: minutes, sha256: SHA256.hex(data))
        return (pairs, r.issues)
    }

    /// The pairs as CSV text, in id-index order.
    public static func encode(_ pairs: DistancePairs) -> Data {
        CSVTable.write(
            header: columns,
            rows: pairs.entries.map {
                [$0.from, $0.to, CSVFormat.cell($0.km), CSVFormat.cell($0.minutes)]
            })
    }
}

// One CSV source table read by column name, with errors that name the file, the line and the column.
import CSV
import Foundation
import RoadNetwork

/// A CSV file with a header row, read through CSV.swift (quoted fields with commas occur in the sources).
///
/// Columns are looked up by name, so the full shared tables and the trimmed copies in `Networks/sources/`
/// (fewer columns, same names) read the same way.
struct SourceTable {
    /// The file's path, for error messages.
    let path: String
    private let columns: [String: Int]
    private(set) var rows: [[String]] = []

    /// Reads the whole file; `required` columns must be in the header.
    init(path: String, required: [String]) throws {
        self.path = path
        // The whole file is read first: on Linux, CSV.swift's InputStream path reports a read error at the end
        // of every file (the stream claims bytes are available at EOF).
        let data: Data
        do { data = try Gzip.contents(ofFile: path) } catch {
            throw SynthesisError("\(error)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SynthesisError("\(path): not UTF-8 text")
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw SynthesisError("\(path): cannot read the header row (\(error))")
        }
        let header = reader.headerRow ?? []
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            // A UTF-8 byte-order mark would otherwise hide the first column's name.
            columns[name.replacingOccurrences(of: "\u{FEFF}", with: "")] = index
        }
        for name in required where columns[name] == nil {
            throw SynthesisError("\(path): line 1: missing column '\(name)'")
        }
        self.columns = columns
        while let row = reader.next() {
            rows.append(row)
        }
        if let error = reader.error {
            throw SynthesisError("\(path): line \(rows.count + 2): \(error)")
        }
    }

    /// Line number of row `index` in the file (the header is line 1).
    func line(_ index: Int) -> Int { index + 2 }

    /// The text of `column` in row `index`, or `""` where the row is short or the column absent.
    func text(_ index: Int, _ column: String) -> String {
        guard let c = columns[column], c < rows[index].count else { return "" }
        return rows[index][c]
    }

    /// A required number.
    func number(_ index: Int, _ column: String) throws -> Double {
        let value = text(index, column)
        guard let number = Double(value), number.isFinite else {
            throw SynthesisError("\(path): line \(line(index)): column '\(column)': '\(value)' is not a number")
        }
        return number
    }

    /// An optional number: empty is `nil`, anything else must parse.
    func optionalNumber(_ index: Int, _ column: String) throws -> Double? {
        text(index, column).isEmpty ? nil : try number(index, column)
    }

    /// An optional WGS84 point from a `lon`/`lat` column pair; both empty is `nil`, one empty is an error.
    func point(_ index: Int, lon: String, lat: String) throws -> GeoPoint? {
        let x = try optionalNumber(index, lon), y = try optionalNumber(index, lat)
        switch (x, y) {
        case (nil, nil): return nil
        case let (x?, y?):
            guard (-180...180).contains(x), (-90...90).contains(y) else {
                throw SynthesisError(
                    "\(path): line \(line(index)): columns '\(lon)'/'\(lat)': (\(x), \(y)) is not a WGS84 position")
            }
            return GeoPoint(lon: x, lat: y)
        default:
            throw SynthesisError(
                "\(path): line \(line(index)): columns '\(lon)'/'\(lat)': only one coordinate is given")
        }
    }
}

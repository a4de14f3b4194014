// One CSV file as a header and rows, each row with its line number, read and written through CSV.swift.
import CSV
import Foundation

/// A CSV file with a header row.
///
/// Parsing and quoting go through yaslab/CSV.swift rather than hand-written code: it handles RFC 4180
/// quoting, quotes inside fields, line breaks inside quoted fields and CRLF files from Excel, and it both
/// reads and writes (SwiftCSV, the other candidate, loads whole files and has no writer). CSV.swift does not
/// count lines, so ``read(_:file:issues:)`` does: a row starts one line after the previous row ends, plus
/// the line breaks inside its quoted fields.
struct CSVTable {
    /// The file, as named in messages.
    let file: String
    /// Column names.
    let header: [String]
    /// Data rows, each padded or cut to the header's width.
    private(set) var rows: [[String]] = []
    /// The 1-based line on which each data row starts.
    private(set) var lines: [Int] = []

    /// Reads a table; problems (bad UTF-8, ragged rows, empty header) are appended to `issues`.
    /// Returns nil when there is no usable header.
    static func read(_ data: Data, file: String, issues: inout [ValidationIssue]) -> CSVTable? {
        guard var text = String(data: data, encoding: .utf8) else {
            issues.append(
                ValidationIssue(
                    .error, .unreadable, at: SourceLocation(file: file),
                    "not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\""))
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // Excel's byte-order mark
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            issues.append(
                ValidationIssue(.error, .unreadable, at: SourceLocation(file: file), "cannot parse CSV: \(error)"))
            return nil
        }
        guard let header = reader.next(), !(header.count == 1 && header[0].isEmpty) else {
            issues.append(
                ValidationIssue(.error, .unreadable, at: SourceLocation(file: file, line: 1), "no header row"))
            return nil
        }
        var table = CSVTable(file: file, header: header.map { $0.trimmingCharacters(in: .whitespaces) })
        var line = 1 + lineBreaks(in: header) + 1
        while let row = reader.next() {
            defer { line += 1 + lineBreaks(in: row) }
            if row.count == 1 && row[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            var cells = row
            if cells.count != header.count {
                issues.append(
                    ValidationIssue(
                        .error, .wrongType, at: SourceLocation(file: file, line: line),
                        "expected \(header.count) fields as in the header, found \(cells.count)"))
                if cells.count < header.count {
                    cells += Array(repeating: "", count: header.count - cells.count)
                } else {
                    cells.removeLast(cells.count - header.count)
                }
            }
            table.rows.append(cells)
            table.lines.append(line)
        }
        return table
    }

    private static func lineBreaks(in row: [String]) -> Int {
        row.reduce(0) { $0 + $1.reduce(0) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 } }
    }

    /// The index of column `name`, if present.
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// Writes a header and rows as CSV text (UTF-8, LF line ends, quotes only where needed).
    static func write(header: [String], rows: [[String]]) -> Data {
        let stream = OutputStream.toMemory()
        do {
            let writer = try CSVWriter(stream: stream)
            try writer.write(row: header)
            for row in rows { try writer.write(row: row) }
            writer.stream.close()
        } catch {
            // An in-memory stream cannot fail to open or write; reaching here is a programming error.
            preconditionFailure("CSV to memory failed: \(error)")
        }
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(0x0A)
        return data
    }
}

// CSV output for other modules (reports), through the same writer the network formats use.
import Foundation

/// Writes tables as CSV text: UTF-8, LF line ends, RFC 4180 quoting only where needed.
public enum CSVText {
    /// A header and rows as CSV text ending with a newline.
    public static func data(header: [String], rows: [[String]]) -> Data {
        CSVTable.write(header: header, rows: rows)
    }
}

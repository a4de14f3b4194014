// One worksheet of an .xlsx workbook as data: its name, columns (header and width) and typed cells.

/// A cell: text, or a number with its display format (numbers stay numbers, so Excel can sum them).
public enum XLSXCell: Sendable, Equatable {
    case text(String)
    /// A number shown with `decimals` decimals.
    case number(Double, decimals: Int)
    /// A time of day in minutes after midnight, shown as `h:mm`.
    case clock(minutes: Double)
    case empty

    /// A whole number.
    public static func int(_ x: Int) -> XLSXCell { .number(Double(x), decimals: 0) }
}

/// A worksheet: one frozen header row, then the rows.
public struct XLSXSheet: Sendable {
    /// The tab's name (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    /// Header texts and column widths (in characters).
    public var columns: [(header: String, width: Double)]
    public var rows: [[XLSXCell]]

    /// A sheet.
    public init(name: String, columns: [(header: String, width: Double)], rows: [[XLSXCell]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

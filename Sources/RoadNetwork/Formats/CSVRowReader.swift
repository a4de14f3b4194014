// Typed cells of one CSV table, row by row, recording every bad cell with its file, line and column.

/// Reads cells of ``CSVTable`` rows by column name; an empty cell is an absent value.
struct CSVRowReader {
    let table: CSVTable
    /// Issues found so far (those passed in first).
    var issues: [ValidationIssue]
    /// The current data row.
    var row = 0
    private let index: [String: Int]

    init(table: CSVTable, issues: [ValidationIssue]) {
        self.table = table
        self.issues = issues
        var index: [String: Int] = [:]
        for (i, name) in table.header.enumerated() where index[name] == nil { index[name] = i }
        self.index = index
    }

    private func location(_ column: String?) -> SourceLocation {
        SourceLocation(file: table.file, line: row < table.lines.count ? table.lines[row] : 1, column: column)
    }

    mutating func error(_ kind: IssueKind, _ column: String?, _ message: String) {
        issues.append(ValidationIssue(.error, kind, at: location(column), message))
    }

    mutating func warning(_ kind: IssueKind, _ column: String?, _ message: String) {
        issues.append(ValidationIssue(.warning, kind, at: location(column), message))
    }

    /// Header checks: unknown columns are warnings, missing required columns errors, both on line 1.
    mutating func checkColumns(known: Set<String>, required: Set<String>) {
        for name in table.header where !known.contains(name) {
            issues.append(
                ValidationIssue(
                    .warning, .unknownField, at: SourceLocation(file: table.file, line: 1, column: name),
                    "unknown column \"\(name)\" is ignored"))
        }
        for name in required.sorted() where index[name] == nil {
            issues.append(
                ValidationIssue(
                    .error, .missingField, at: SourceLocation(file: table.file, line: 1, column: name),
                    "required column \"\(name)\" is missing"))
        }
    }

    private func raw(_ column: String) -> String? {
        guard let i = index[column] else { return nil }
        return table.rows[row][i]
    }

    /// Whether the cell has a value.
    func has(_ column: String) -> Bool {
        guard let cell = raw(column) else { return false }
        return !cell.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// The cell's text exactly as written, or nil when empty or the column is absent.
    func string(_ column: String) -> String? {
        guard let cell = raw(column), !cell.isEmpty else { return nil }
        return cell
    }

    /// A number cell (surrounding spaces allowed); text that is not a number is an error.
    mutating func number(_ column: String) -> Double? {
        guard let i = index[column] else { return nil }
        return number(at: i, column)
    }

    /// A number cell by column index.
    mutating func number(at i: Int, _ column: String) -> Double? {
        let cell = table.rows[row][i].trimmingCharacters(in: .whitespaces)
        if cell.isEmpty { return nil }
        if let x = Double(cell) { return x }
        error(.wrongType, column, "\"\(cell)\" is not a number")
        return nil
    }

    /// A boolean cell: `true`/`false`, also `yes`/`no` and `1`/`0`, in any case.
    mutating func bool(_ column: String) -> Bool? {
        guard let cell = raw(column)?.trimmingCharacters(in: .whitespaces).lowercased(), !cell.isEmpty else {
            return nil
        }
        switch cell {
        case "true", "yes", "1": return true
        case "false", "no", "0": return false
        default:
            error(.wrongType, column, "\"\(cell)\" is not true or false")
            return nil
        }
    }

    /// A required text cell; an empty one is an error (a missing column was reported once, on line 1).
    mutating func required(_ column: String, _ placeholder: String) -> String {
        if let s = string(column) { return s }
        if index[column] != nil { error(.missingField, column, "required value is missing") }
        return placeholder
    }

    /// A required number cell.
    mutating func required(_ column: String, _ placeholder: Double) -> Double {
        let hadText = has(column)
        if let x = number(column) { return x }
        if index[column] != nil, !hadText { error(.missingField, column, "required value is missing") }
        return placeholder
    }

    /// The `kind` cell; an unknown kind is an error and reads as a candidate site.
    mutating func kind() -> NodeKind {
        let text = required("kind", "")
        if text.isEmpty { return .candidateSite }
        if let kind = NodeKind(rawValue: text.trimmingCharacters(in: .whitespaces)) { return kind }
        error(
            .unknownValue, "kind",
            "unknown node kind \"\(text)\"; expected one of "
                + NodeKind.allCases.map(\.rawValue).joined(separator: ", "))
        return .candidateSite
    }

    /// The `positionSource` cell: nil when empty (the documented default applies), an error when unknown.
    mutating func positionSource() -> PositionSource? {
        guard let text = string("positionSource")?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return nil
        }
        if let source = PositionSource(rawValue: text) { return source }
        error(
            .unknownValue, "positionSource",
            "unknown position source \"\(text)\"; expected one of \(PositionSource.expected)")
        return nil
    }
}

// Aligned plain-text tables for people, counting Chinese characters as two columns wide.

/// A table printed with aligned columns; numbers are right-aligned.
package struct TextTable {
    /// Column titles.
    package var header: [String]
    /// Rows of cells, each as wide as the header.
    package var rows: [[String]] = []
    /// Columns whose cells are right-aligned (numbers).
    package var rightAligned: Set<Int> = []

    package init(header: [String], rows: [[String]] = [], rightAligned: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// Appends a row.
    package mutating func add(_ cells: [String]) { rows.append(cells) }

    /// The table as lines of text, two spaces between columns, each line indented by `indent`.
    package func render(indent: String = "") -> String {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { TextTable.width($0[c]) }.max() ?? 0 }
        return all.map { row in
            let cells = row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - TextTable.width(cell))
                return rightAligned.contains(c) ? pad + cell : cell + pad
            }
            return indent + cells.joined(separator: "  ").replacing(/\s+$/, with: "")
        }.joined(separator: "\n")
    }

    /// Terminal columns `text` occupies: East Asian wide characters take two.
    package static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, s in
            let v = s.value
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return sum + (wide ? 2 : 1)
        }
    }
}

/// Number spellings for tables.
package enum Quantity {
    /// `12,345` for whole numbers, `12,345.6` otherwise.
    package static func format(_ x: Double, decimals: Int = 1) -> String {
        guard x.isFinite else { return "\(x)" }
        let rounded = (x * pow10(decimals)).rounded() / pow10(decimals)
        let whole = rounded == rounded.rounded(.towardZero)
        let integer = Int64(rounded.rounded(.towardZero))
        var digits = String(abs(integer))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = (rounded < 0 ? "-" : "") + digits + grouped
        if whole { return grouped }
        let fraction = Int64((abs(rounded - Double(integer)) * pow10(decimals)).rounded())
        let text = String(fraction)
        return grouped + "." + String(repeating: "0", count: max(0, decimals - text.count)) + text
    }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { x, _ in x * 10 } }
}

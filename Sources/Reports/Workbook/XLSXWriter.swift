// Writes sheets as an Office Open XML workbook (.xlsx): XML parts zipped with ZIPFoundation.
import Foundation
import ZIPFoundation

/// The smallest valid SpreadsheetML package: content types, relationships, a workbook, a style sheet and one
/// part per sheet. Strings are inline (no shared-string table), so each sheet part is written in one pass;
/// header rows are bold and frozen; number cells carry a number format by their decimals.
public enum XLSXWriter {
    /// The .xlsx bytes.
    public static func data(_ sheets: [XLSXSheet]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        // A fixed date keeps the bytes the same for the same plan (zip entries carry modification dates).
        let date = Date(timeIntervalSince1970: 1_767_225_600)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("[Content_Types].xml", contentTypes(sheets.count))
        try add(
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """)
        try add("xl/workbook.xml", workbook(sheets))
        try add("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.count))
        try add("xl/styles.xml", styles)
        for (i, sheet) in sheets.enumerated() { try add("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet)) }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static func contentTypes(_ count: Int) -> String {
        let sheets = (0..<count).map { $0 + 1 }.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\(sheets)</Types>
            """
    }

    static func workbook(_ sheets: [XLSXSheet]) -> String {
        let list = sheets.enumerated().map {
            "<sheet name=\"\(xml(sheetName($1.name)))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(list)</sheets></workbook>
            """
    }

    static func workbookRelationships(_ count: Int) -> String {
        var rels = (0..<count).map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        rels +=
            "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels)</Relationships>
            """
    }

    /// Style indices: 0 plain, 1 bold header, 2 `#,##0`, 3 `#,##0.0`, 4 `#,##0.00`, 5 `h:mm`, 6 `0.0000`.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.0"/><numFmt numFmtId="165" formatCode="h:mm"/><numFmt numFmtId="166" formatCode="0.0000"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """

    static func worksheet(_ sheet: XLSXSheet) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>
            """
        for (i, c) in sheet.columns.enumerated() {
            out +=
                "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(String(format: "%.1f", c.width))\" customWidth=\"1\"/>"
        }
        out += "</cols><sheetData>"
        out += row(1, sheet.columns.map { .text($0.header) }, header: true)
        for (r, cells) in sheet.rows.enumerated() { out += row(r + 2, cells, header: false) }
        return out + "</sheetData></worksheet>"
    }

    static func row(_ number: Int, _ cells: [XLSXCell], header: Bool) -> String {
        var out = "<row r=\"\(number)\">"
        for (c, cell) in cells.enumerated() {
            let ref = column(c) + String(number)
            switch cell {
            case .empty: continue
            case .text(let s):
                out +=
                    "<c r=\"\(ref)\" t=\"inlineStr\"\(header ? " s=\"1\"" : "")><is><t xml:space=\"preserve\">\(xml(s))</t></is></c>"
            case .number(let x, let decimals):
                guard x.isFinite else { continue }
                let style = decimals <= 0 ? 2 : decimals == 1 ? 3 : decimals <= 2 ? 4 : 6
                out +=
                    "<c r=\"\(ref)\" s=\"\(style)\"><v>\(x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x))</v></c>"
            case .clock(let minutes):
                out += "<c r=\"\(ref)\" s=\"5\"><v>\(minutes / 1440)</v></c>"
            }
        }
        return out + "</row>"
    }

    /// `A`, `B`, ..., `Z`, `AA`, ...
    static func column(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// A sheet name Excel accepts: forbidden characters replaced, at most 31 characters.
    static func sheetName(_ name: String) -> String {
        String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
    }

    /// Text escaped for XML (as for HTML), with the control characters XML 1.0 forbids dropped.
    static func xml(_ s: String) -> String {
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: s.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        return HTMLText.escape(String(kept))
    }
}

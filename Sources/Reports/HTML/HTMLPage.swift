// The frame every HubPlan page shares: doctype, language, styles, tables whose numeric cells align right.

/// Building blocks of the report and county pages.
enum HTMLPage {
    /// A whole page.
    static func document(title: String, language: ReportLanguage, style: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.htmlCode)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <link rel="icon" href="data:,">
        <style>
        \(baseStyle)\(style)</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    static let baseStyle = """
        body { font: 14px/1.45 system-ui, "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; margin: 24px auto;
               max-width: 1100px; color: #222; padding: 0 12px; }
        table { border-collapse: collapse; margin: 8px 0 20px; }
        th, td { padding: 3px 10px; border-bottom: 1px solid #ddd; text-align: left; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .incomplete { background: #fdecea; padding: 8px; border-left: 4px solid #c0392b; }
        footer { color: #555; font-size: 12px; margin-top: 24px; }

        """

    /// A table; cells starting with "#" are numbers (right-aligned, the "#" dropped); cells starting with "<a "
    /// are links written by the caller (already escaped).
    static func table(_ header: [String], _ rows: [[String]], id: String) -> String {
        var html = "<table id=\"\(id)\">\n<tr>" + header.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr>\n"
        for row in rows {
            html +=
                "<tr>"
                + row.map { cell in
                    if cell.hasPrefix("#") {
                        return "<td class=\"n\">\(HTMLText.escape(String(cell.dropFirst())))</td>"
                    }
                    if cell.hasPrefix("<a ") { return "<td>\(cell)</td>" }
                    return "<td>\(HTMLText.escape(cell))</td>"
                }.joined() + "</tr>\n"
        }
        return html + "</table>\n"
    }
}

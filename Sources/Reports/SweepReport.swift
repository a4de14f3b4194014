// sweep.csv and sweep.html: one row per scenario of a sweep, side by side.
import DeliveryPlanning
import Foundation
import RoadNetwork

/// The comparison table of a sweep.
public enum SweepReport {
    static let columns = [
        "status", "complete", "hubs", "centers", "routes", "total_cost", "hub_award", "toll_subsidy",
        "co_delivery_saving", "seconds", "folder", "message",
    ]

    /// sweep.csv: the varied keys, then the results; after a UTF-8 byte-order mark unless `byteOrderMark` is false.
    public static func csv(_ points: [SweepPoint], byteOrderMark: Bool = true) -> Data {
        let keys = points.first?.keys ?? []
        return CSVByteOrderMark.apply(
            CSVText.data(
                header: keys + columns,
                rows: points.map { p in
                    p.values.map { String(format: "%g", $0) } + cells(p)
                }), byteOrderMark)
    }

    private static func cells(_ p: SweepPoint) -> [String] {
        func opt(_ x: Double?, _ digits: Int = 0) -> String { x.map { String(format: "%.\(digits)f", $0) } ?? "" }
        return [
            p.status.rawValue, p.complete ? "true" : "false", String(p.hubs), String(p.centers), String(p.routes),
            opt(p.totalCost),
            opt(p.hubAward), opt(p.tollSubsidy), opt(p.coDeliverySaving, 4), String(format: "%.1f", p.seconds),
            p.folder,
            p.message ?? "",
        ]
    }

    /// sweep.html: one self-contained page with the table, each row linking to its point's report.
    public static func html(_ points: [SweepPoint], title: String) -> String {
        let keys = points.first?.keys ?? []
        let best = points.compactMap(\.totalCost).min()
        var rows = ""
        for p in points {
            let mark = p.totalCost != nil && p.totalCost == best ? " class=\"best\"" : ""
            rows += "<tr\(mark)>" + p.values.map { "<td class=\"n\">\(String(format: "%g", $0))</td>" }.joined()
            rows += "<td>\(HTMLText.escape(p.status.rawValue))</td><td>\(p.complete ? "yes" : "no")</td>"
            rows += [p.hubs, p.centers, p.routes].map { "<td class=\"n\">\($0)</td>" }.joined()
            rows += [p.totalCost, p.hubAward, p.tollSubsidy].map {
                "<td class=\"n\">\($0.map { HTMLReport.n($0) } ?? "—")</td>"
            }.joined()
            rows += "<td class=\"n\">\(p.coDeliverySaving.map(HTMLReport.pct) ?? "—")</td>"
            rows +=
                p.status == .ok
                ? "<td><a href=\"\(HTMLText.escape(p.folder))/report.html\">report</a></td>"
                : "<td>\(HTMLText.escape(p.message ?? ""))</td>"
            rows += "</tr>\n"
        }
        let header =
            (keys + [
                "status", "complete", "hubs", "centers", "routes", "total cost / yr", "hub award", "toll subsidy",
                "co-delivery saving", "",
            ]).map { "<th>\(HTMLText.escape($0))</th>" }.joined()
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>HubPlan sweep: \(HTMLText.escape(title))</title>
            <link rel="icon" href="data:,">
            <style>
            body { font: 14px/1.45 system-ui, sans-serif; margin: 24px auto; max-width: 1100px; color: #222; }
            table { border-collapse: collapse; }
            th, td { padding: 3px 10px; border-bottom: 1px solid #ddd; text-align: left; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            tr.best { background: #eaf6ea; }
            </style>
            </head>
            <body>
            <h1>Sweep: \(HTMLText.escape(title))</h1>
            <p>\(points.count) scenarios; the cheapest complete plan is highlighted. Costs in yuan a year; the award is one-time.</p>
            <table id="sweep">
            <tr>\(header)</tr>
            \(rows)</table>
            </body>
            </html>

            """
    }
}

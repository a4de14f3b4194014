// report.html's "Build-out year by year": one row per year, then each center's tier in each year.
import DeliveryPlanning
import Foundation

/// The schedule of a plan with `years` as two HTML tables (empty text for a one-year plan):
/// `table#schedule-years` (per year: centers, opened, expanded, closed, capacity, load, costs) and
/// `table#schedule-sites` (per center: its tier in each year, `+` where it opened or grew, `×` where it closed).
public enum ScheduleTable {
    /// The section, heading included.
    public static func html(_ plan: NetworkPlan) -> String {
        guard let s = plan.schedule else { return "" }
        var html =
            "<h2>Build-out year by year</h2>\n<p>Multi-period model: \(e(s.status.rawValue))"
            + (s.gap > 0 ? String(format: ", gap %.2f%%", s.gap * 100) : "")
            + String(format: "; reserve %.0f%%", s.reserve * 100)
            + (s.discountRate > 0 ? String(format: "; discount rate %.1f%%", s.discountRate * 100) : "")
            + ". Yuan.</p>\n"
        let header = [
            "Year", "Parcels a day", "Centers", "Opened", "Expanded", "Closed", "Capacity", "Load", "Unserved villages",
            "Capital", "Operating", "Transport", "Unserved cost", "Total", "Discounted",
        ]
        var rows = s.periods.map { p -> [String] in
            let open = p.sites.filter { $0.action != .close }
            func count(_ a: NetworkPlan.Schedule.Action) -> String { String(p.sites.filter { $0.action == a }.count) }
            return [
                String(p.year), num(p.parcelsPerDay), String(open.count), count(.open), count(.expand), count(.close),
                num(open.reduce(0) { $0 + $1.capacity }), num(open.reduce(0) { $0 + $1.load }),
                String(p.uncovered.count),
                num(p.costs.capital + p.costs.closing), num(p.costs.operating), num(p.costs.transport),
                num(p.costs.uncovered), num(p.costs.total), num(p.costs.discounted),
            ]
        }
        let t = s.totals
        rows.append([
            "Total", "", "", "", "", "", "", "", "", num(t.capital + t.closing), num(t.operating), num(t.transport),
            num(t.uncovered), num(t.total), num(t.discounted),
        ])
        html += table(header, rows, id: "schedule-years", numbersFrom: 1)
        // Each center's tier per year.
        var ids: [String] = []
        for p in s.periods { for site in p.sites where !ids.contains(site.id) { ids.append(site.id) } }
        let siteRows = ids.map { id -> [String] in
            var name = id, county = ""
            let cells = s.periods.map { p -> String in
                guard let site = p.sites.first(where: { $0.id == id }) else { return "" }
                name = site.name
                county = site.county
                switch site.action {
                case .open, .expand: return "+" + (site.tier ?? "")
                case .keep: return site.tier ?? ""
                case .close: return "×"
                }
            }
            return [name, county] + cells
        }
        html += table(
            ["Center", "County"] + s.periods.map { String($0.year) }, siteRows, id: "schedule-sites", numbersFrom: 99)
        return html
    }

    private static func e(_ s: String) -> String { HTMLText.escape(s) }

    /// Whole yuan or parcels, thousands grouped (rounded half away from zero, then formatted).
    private static func num(_ x: Double) -> String { HTMLReport.n(x.rounded()) }

    /// An HTML table whose cells from column `numbersFrom` on are numbers (``HTMLPage/table(_:_:id:)`` marks them).
    private static func table(_ header: [String], _ rows: [[String]], id: String, numbersFrom: Int) -> String {
        let marked = rows.map { row in row.enumerated().map { k, cell in k >= numbersFrom ? "#" + cell : cell } }
        return HTMLPage.table(header, marked, id: id)
    }
}

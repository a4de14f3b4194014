// report.html's "Build-out year by year": one row per year, then each center's tier in each year.
import DeliveryPlanning
import Foundation

/// The schedule of a plan with `years` as two HTML tables (empty text for a one-year plan):
/// `table#schedule-years` (per year: centers, opened, expanded, closed, capacity, load, costs) and
/// `table#schedule-sites` (per center: its tier in each year, `+` where it opened or grew, `×` where it closed).
public enum ScheduleTable {
    /// The section, heading included, in the language of `s` (yuan in its money unit, parcels as numbers). With
    /// `routing_years: all` the year table has each year's routed delivery cost too.
    public static func html(_ plan: NetworkPlan, _ s: Strings = Strings(.en)) -> String {
        guard let schedule = plan.schedule else { return "" }
        var html =
            "<h2>\(e(s(.schedHeading)))</h2>\n<p>"
            + e(
                s(.schedModel, s.status(StageStatus(schedule.status)))
                    + (schedule.gap > 0 ? s(.schedGap, s.percent(schedule.gap)) : "")
                    + s(.schedReserve, String(format: "%.0f%%", schedule.reserve * 100))
                    + (schedule.discountRate > 0 ? s(.schedDiscount, s.percent(schedule.discountRate)) : "")
                    + s(.schedUnit, s(.moneyUnit))) + "</p>\n"
        let routed = schedule.periods.contains { $0.costs.routing != nil }
        let hubbed = schedule.periods.contains { $0.costs.hubs != nil }
        let policy = schedule.periods.contains { $0.costs.subsidy != nil }
        let header =
            [
                s(.schedYear), s(.schedParcelsDay), s(.schedCenters), s(.schedOpened), s(.schedExpanded),
                s(.schedClosed), s(.schedCapacity), s(.schedLoad), s(.schedUnserved), s(.schedCapital),
                s(.schedOperating), s(.schedTransport), s(.schedUnservedCost),
            ] + (hubbed ? [s(.schedHubCosts), s(.schedLineHaul)] : [])
            + (policy ? [s(.schedSubsidy), s(.schedAward)] : []) + [s(.schedTotal), s(.schedDiscounted)]
            + (routed ? [s(.schedRouting)] : [])
        func money(_ x: Double) -> String { s.money(x) }
        /// The hubs' and the policy's cells of a year's (or the totals') costs; subsidy and award are received.
        func hubCells(_ c: NetworkPlan.Schedule.Costs) -> [String] {
            let hubs = hubbed ? [money(c.hubs ?? 0), money(c.lineHaul ?? 0)] : []
            return hubs + (policy ? [money(-(c.subsidy ?? 0)), money(-(c.award ?? 0))] : [])
        }
        var rows = schedule.periods.map { p -> [String] in
            let open = p.sites.filter { $0.action != .close }
            func count(_ a: NetworkPlan.Schedule.Action) -> String { String(p.sites.filter { $0.action == a }.count) }
            return [
                String(p.year), s.number(p.parcelsPerDay), String(open.count), count(.open), count(.expand),
                count(.close), s.number(open.reduce(0) { $0 + $1.capacity }), s.number(open.reduce(0) { $0 + $1.load }),
                String(p.uncovered.count), money(p.costs.capital + p.costs.closing), money(p.costs.operating),
                money(p.costs.transport), money(p.costs.uncovered),
            ] + hubCells(p.costs) + [money(p.costs.total), money(p.costs.discounted)]
                + (routed ? [p.costs.routing.map(money) ?? "—"] : [])
        }
        let t = schedule.totals
        let routing = schedule.periods.compactMap(\.costs.routing)
        rows.append(
            [
                s(.schedTotal), "", "", "", "", "", "", "", "", money(t.capital + t.closing), money(t.operating),
                money(t.transport), money(t.uncovered),
            ] + hubCells(t) + [money(t.total), money(t.discounted)]
                + (routed ? [money(routing.reduce(0, +))] : []))
        html += table(header, rows, id: "schedule-years", numbersFrom: 1)
        // Each center's tier per year.
        var ids: [String] = []
        for p in schedule.periods { for site in p.sites where !ids.contains(site.id) { ids.append(site.id) } }
        let siteRows = ids.map { id -> [String] in
            var name = id, county = ""
            let cells = schedule.periods.map { p -> String in
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
            [s(.schedCenter), s(.schedCounty)] + schedule.periods.map { String($0.year) }, siteRows,
            id: "schedule-sites", numbersFrom: 99)
        return html + hubTable(schedule, s)
    }

    private static func e(_ s: String) -> String { HTMLText.escape(s) }

    /// An HTML table whose cells from column `numbersFrom` on are numbers (``HTMLPage/table(_:_:id:)`` marks them).
    static func table(_ header: [String], _ rows: [[String]], id: String, numbersFrom: Int) -> String {
        let marked = rows.map { row in row.enumerated().map { k, cell in k >= numbersFrom ? "#" + cell : cell } }
        return HTMLPage.table(header, marked, id: id)
    }
}

// The readable summary `hubplan locate` prints: sites with villages, distances, load and costs, then the totals.
import DeliveryPlanning
import Foundation

/// Formats a ``LocationPlan`` for people.
enum LocateSummary {
    static func text(_ plan: LocationPlan) -> String {
        var lines: [String] = []
        lines.append(
            "\(plan.network): \(plan.model), objective \(LocationOutput.format(plan.objective)), "
                + (plan.optimal
                    ? "proven optimal"
                    : "bound \(LocationOutput.format(plan.bound)), gap \(String(format: "%.3f%%", plan.gap * 100))")
                + String(format: ", %.1f s", plan.seconds))
        lines.append("")
        lines.append(table("open sites", plan.sites))
        if !plan.hubs.isEmpty {
            lines.append("")
            lines.append(table("regional hubs (served: county centers)", plan.hubs))
        }
        let c = plan.costs
        lines.append("")
        var split = "cost per year: fixed \(money(c.fixed)), transport \(money(c.transport))"
        if !plan.hubs.isEmpty {
            split +=
                ", hubs \(money(c.hubFixed)), line-haul \(money(c.lineHaul)) (tolls \(money(c.tolls)))"
                + ", toll subsidy -\(money(c.subsidy))"
        }
        lines.append(split + ", total \(money(c.total))")
        return lines.joined(separator: "\n")
    }

    private static func table(_ title: String, _ sites: [LocationPlan.Site]) -> String {
        var rows = [
            [
                "site", "name", "county", "served", "parcels/day", "capacity", "load", "mean km", "max km",
                "fixed", "transport",
            ]
        ]
        for s in sites {
            rows.append([
                s.id, s.name, s.county ?? "-", String(s.clients), String(format: "%.0f", s.parcelsPerDay),
                s.capacity.map { String(format: "%.0f", $0) } ?? "-",
                s.load.map { String(format: "%.0f%%", $0 * 100) } ?? "-", String(format: "%.1f", s.meanKm),
                String(format: "%.1f", s.maxKm), money(s.fixedCost), money(s.transportCost),
            ])
        }
        let widths = rows[0].indices.map { c in rows.map { width($0[c]) }.max() ?? 0 }
        let body = rows.map { row in
            row.indices.map { c in
                let pad = String(repeating: " ", count: widths[c] - width(row[c]))
                return c <= 2 ? row[c] + pad : pad + row[c]
            }.joined(separator: "  ")
        }
        return ([title + " (\(sites.count))"] + body).joined(separator: "\n")
    }

    /// Yuan in ten-thousands (万) with one decimal, the unit Chinese plans use.
    private static func money(_ yuan: Double) -> String { String(format: "%.1f万", yuan / 10_000) }

    /// Terminal columns: CJK characters take two.
    private static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ((0x2E80...0xFFFF).contains($1.value) ? 2 : 1) }
    }
}

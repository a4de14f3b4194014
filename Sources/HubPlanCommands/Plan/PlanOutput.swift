// Writes a plan's files (plan.json, plan.geojson, summary.csv, report.html, plan.xlsx, county pages) atomically.
import DeliveryPlanning
import Foundation
import Reports
import RoadNetwork
import SolverControl

/// The files `hubplan plan` (and each point of `hubplan sweep`) writes into its output folder.
enum PlanOutput {
    /// Writes the files into `folder` (county pages under `counties/`); returns the paths of the top-level ones.
    @discardableResult
    static func write(
        _ plan: NetworkPlan, network: Network, to folder: String, options: ReportOptions? = nil
    ) throws -> [String] {
        let options = options ?? ReportOptions(language: .default(for: network))
        let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }
        try AtomicFile.write(try PlanFile.encode(plan), to: path("plan.json"))
        try AtomicFile.write(try GeoJSONReport.data(plan, network: network), to: path("plan.geojson"))
        try AtomicFile.write(SummaryCSV.data(plan, byteOrderMark: options.byteOrderMark), to: path("summary.csv"))
        try AtomicFile.write(HTMLReport.render(plan, network: network, options: options), to: path("report.html"))
        try AtomicFile.write(try PlanWorkbook.data(plan, network: network, options: options), to: path("plan.xlsx"))
        for county in plan.counties {
            guard let page = CountyPage.render(plan, county: county.code, network: network, options: options) else {
                continue
            }
            try AtomicFile.write(page, to: path(CountyPage.path(county.code)))
        }
        return ["plan.json", "plan.geojson", "summary.csv", "report.html", "plan.xlsx"].map(path)
    }

    /// The chain's share of an overall limit of `total` seconds of which `spent` went on reading: what is left,
    /// less a reserve for writing the files (a tenth of the limit, at most 3 s), so the files are written
    /// within the limit. `nil` without a limit.
    static func deadline(total: Double?, spent: Double, cancellation: CancellationToken?) -> TimeBudget? {
        guard let total else { return nil }
        let reserve = min(0.1 * total, 3)
        return TimeBudget(seconds: max(0, total - spent - reserve), cancellation: cancellation)
    }

    /// Seconds kept from `--time-limit` for writing the four files of a network of `nodes` nodes: 0.1 s per
    /// 1,000 nodes and 0.2 s at least (Hebei, 55,917 nodes: 5.6 s; its reading and writing together took
    /// roughly 2 CPU s in the `--time-limit 30` runs of docs/benchmarks/plan.md, see docs/scale.md).
    static func writeSeconds(nodes: Int) -> Double { max(0.2, Double(nodes) * 1e-4) }

    /// The short table for the terminal.
    static func summary(_ plan: NetworkPlan) -> String {
        var lines = [
            "\(plan.network) (\(plan.scenario.name)): \(plan.centers.count) county centers, \(plan.hubs.count) hubs, "
                + "\(plan.routes.count) routes; \(plan.complete ? "complete" : "INCOMPLETE (\(plan.stoppedBy ?? "stopped"))")"
                + String(format: ", %.1f s", plan.seconds)
        ]
        var table = TextTable(header: [
            "county", "name", "villages", "parcels/day", "centers", "routes", "km/day", "saving",
        ])
        table.rightAligned = [2, 3, 4, 5, 6, 7]
        for c in plan.counties {
            table.add([
                c.code, c.name, String(c.villages), Quantity.format(c.parcelsPerDay, decimals: 0),
                String(c.centers.count),
                String(c.routes), Quantity.format(c.routeKm, decimals: 0),
                c.savings.map { String(format: "%.1f%%", $0.costSaving * 100) } ?? "-",
            ])
        }
        lines.append(table.render(indent: "  "))
        let k = plan.costs
        lines.append(
            "cost a year: centers \(Quantity.format(k.centerFixed, decimals: 0)), hubs \(Quantity.format(k.hubFixed, decimals: 0)), "
                + "village delivery \(Quantity.format(k.villageDelivery, decimals: 0)), line-haul \(Quantity.format(k.lineHaul, decimals: 0)), "
                + "toll subsidy -\(Quantity.format(k.tollSubsidy, decimals: 0)), total \(Quantity.format(k.total, decimals: 0)); "
                + "one-time hub award \(Quantity.format(k.hubAward, decimals: 0))")
        for s in plan.stages {
            var line = "  \(s.name.rawValue): \(s.status.rawValue)"
            if !s.status.ran {
                line += " (\(s.note ?? ""))"
            } else {
                if let gap = s.gap { line += String(format: ", gap %.2f%%", gap * 100) }
                line += String(format: ", %.1f s", s.seconds)
            }
            lines.append(line)
        }
        for w in plan.warnings { lines.append("warning: \(w)") }
        return lines.joined(separator: "\n")
    }

    /// A progress reporter on stderr (a redrawn line on a terminal, lines to a pipe or file), nil when `quiet`.
    static func progress(quiet: Bool) -> ProgressReporter? { ProgressReporter.standardError(quiet: quiet) }
}

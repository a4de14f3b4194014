// Writes a plan's files (plan.json, plan.geojson, summary.csv, report.html, plan.xlsx, county pages) atomically.
import DeliveryPlanning
import Foundation
import Reports
import RoadNetwork
import SolverControl

/// The files `hubplan plan` (and each point of `hubplan sweep`) writes into its output folder.
enum PlanOutput {
    /// Writes the files into `folder` (county pages under `counties/`); returns the paths of the top-level ones.
    ///
    /// The files are independent, so up to `workers` of them are rendered and written at once, the largest
    /// first (on a 475,560-node network writing them one after another took 25 CPU s, docs/scale.md).
    @discardableResult
    static func write(
        _ plan: NetworkPlan, network: Network, to folder: String, options: ReportOptions? = nil, workers: Int = 1
    ) throws -> [String] {
        let options = options ?? ReportOptions(language: .default(for: network))
        let path = { @Sendable (name: String) in (folder as NSString).appendingPathComponent(name) }
        // Each job with its share of the writing time measured on that network (the order they start in).
        let jobs: [(weight: Double, write: @Sendable () throws -> Void)] = [
            (4, { try AtomicFile.write(try PlanFile.encode(plan), to: path("plan.json")) }),
            (6, { try AtomicFile.write(try GeoJSONReport.data(plan, network: network), to: path("plan.geojson")) }),
            (
                0,
                {
                    try AtomicFile.write(
                        SummaryCSV.data(plan, byteOrderMark: options.byteOrderMark), to: path("summary.csv"))
                }
            ),
            (
                11,
                {
                    try AtomicFile.write(
                        HTMLReport.render(plan, network: network, options: options), to: path("report.html"))
                }
            ),
            (
                10,
                {
                    try AtomicFile.write(
                        try PlanWorkbook.data(plan, network: network, options: options), to: path("plan.xlsx"))
                }
            ),
            (
                9,
                {
                    let pages = CountyPageInputs(plan, network: network)
                    for county in plan.counties {
                        let part = pages.cut(county.code)
                        guard
                            let page = CountyPage.render(
                                part.plan, county: county.code, network: part.network, options: options)
                        else { continue }
                        try AtomicFile.write(page, to: path(CountyPage.path(county.code)))
                    }
                }
            ),
        ]
        let weights = jobs.map(\.weight)
        let write: @Sendable (Int) throws -> Void = { try jobs[$0].write() }
        _ = try ParallelWork.map(count: jobs.count, workers: workers, weight: { weights[$0] }, write)
        return ["plan.json", "plan.geojson", "summary.csv", "report.html", "plan.xlsx"].map(path)
    }

    /// The chain's share of an overall limit of `total` seconds of which `spent` went on reading: what is left,
    /// less `reserve` seconds for writing the files (``writeSeconds(nodes:)``). `nil` without a limit.
    static func deadline(
        total: Double?, spent: Double, reserve: Double, cancellation: CancellationToken?
    ) -> TimeBudget? {
        guard let total else { return nil }
        return TimeBudget(seconds: max(0, total - spent - reserve), cancellation: cancellation)
    }

    /// Seconds kept from `--time-limit` for writing the files of a network of `nodes` nodes: 50 microseconds a
    /// node and 0.3 s at least. Measured one file after another: about 25 CPU s for 475,560 nodes, 3 for
    /// Hebei's 55,936 (docs/scale.md, "Time limits on large networks"); with two free cores it takes about half.
    /// The files are written `workers` at a time, so one worker keeps twice as much: Hebei at `--time-limit 30`
    /// spent 6.1 s outside planning with one worker and 3.5 s with two (docs/benchmarks/plan.md).
    static func writeSeconds(nodes: Int, workers: Int = 2) -> Double {
        max(0.3, Double(nodes) * (workers >= 2 ? 5e-5 : 1e-4))
    }

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
        lines += scheduleLines(plan)
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

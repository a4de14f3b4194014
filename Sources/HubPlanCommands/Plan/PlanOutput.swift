// Writes a plan's files (plan.json, plan.geojson, summary.csv, report.html) atomically, and its terminal table.
import DeliveryPlanning
import Foundation
import Reports
import RoadNetwork

/// The files `hubplan plan` (and each point of `hubplan sweep`) writes into its output folder.
enum PlanOutput {
    /// Writes the four files into `folder`; returns their paths.
    @discardableResult
    static func write(_ plan: NetworkPlan, network: Network, to folder: String) throws -> [String] {
        let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }
        try AtomicFile.write(try PlanFile.encode(plan), to: path("plan.json"))
        try AtomicFile.write(try GeoJSONReport.data(plan, network: network), to: path("plan.geojson"))
        try AtomicFile.write(SummaryCSV.data(plan), to: path("summary.csv"))
        try AtomicFile.write(HTMLReport.render(plan, network: network), to: path("report.html"))
        return ["plan.json", "plan.geojson", "summary.csv", "report.html"].map(path)
    }

    /// Seconds kept from `--time-limit` for writing the four files of a network of `nodes` nodes: 0.1 s per
    /// 1,000 nodes and 0.2 s at least (Hebei, 55,917 nodes: 5.6 s; its reading and writing together took
    /// roughly 2 CPU s in the `--time-limit 30` runs of docs/benchmarks/plan.md, see docs/scale.md).
    static func writeSeconds(nodes: Int) -> Double { max(0.2, Double(nodes) * 1e-4) }

    /// The short table for the terminal.
    static func summary(_ plan: NetworkPlan) -> String {
        var lines = ["\(plan.network) (\(plan.scenario.name)): \(plan.centers.count) county centers, \(plan.hubs.count) hubs, "
            + "\(plan.routes.count) routes; \(plan.complete ? "complete" : "INCOMPLETE (\(plan.stoppedBy ?? "stopped"))")"
            + String(format: ", %.1f s", plan.seconds)]
        var table = TextTable(header: ["county", "name", "villages", "parcels/day", "centers", "routes", "km/day", "saving"])
        table.rightAligned = [2, 3, 4, 5, 6, 7]
        for c in plan.counties {
            table.add([c.code, c.name, String(c.villages), Quantity.format(c.parcelsPerDay, decimals: 0), String(c.centers.count),
                       String(c.routes), Quantity.format(c.routeKm, decimals: 0),
                       c.savings.map { String(format: "%.1f%%", $0.costSaving * 100) } ?? "-"])
        }
        lines.append(table.render(indent: "  "))
        let k = plan.costs
        lines.append("cost a year: centers \(Quantity.format(k.centerFixed, decimals: 0)), hubs \(Quantity.format(k.hubFixed, decimals: 0)), "
            + "village delivery \(Quantity.format(k.villageDelivery, decimals: 0)), line-haul \(Quantity.format(k.lineHaul, decimals: 0)), "
            + "toll subsidy -\(Quantity.format(k.tollSubsidy, decimals: 0)), total \(Quantity.format(k.total, decimals: 0)); "
            + "one-time hub award \(Quantity.format(k.hubAward, decimals: 0))")
        for s in plan.stages {
            var line = "  \(s.name): \(s.status)"
            if s.status == "skipped" {
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

    /// A progress printer for stderr, active only when stderr is a terminal and not `quiet`.
    static func progress(quiet: Bool) -> (@Sendable (String) -> Void)? {
        guard !quiet, isatty(2) != 0 else { return nil }
        let start = Date()
        return { line in
            FileHandle.standardError.write(Data(String(format: "[%6.1f s] ", Date().timeIntervalSince(start)).utf8 + Data((line + "\n").utf8)))
        }
    }
}

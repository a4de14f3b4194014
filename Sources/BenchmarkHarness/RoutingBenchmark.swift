// The CVRP benchmark's instances, result rows and tables (CSV and Markdown) for `hubplan-bench routing`.
import Foundation
import HubPlanCommands

/// One benchmark instance from `bks.csv`.
struct RoutingBenchInstance {
    var name: String
    var set: String
    var customers: Int
    var bks: Int
    /// The value our "at most k vehicles" runs are compared with (the BKS, except where the README says
    /// fewer routes do better).
    var reference: Int
    /// Vehicle cap: k from the name for A, B, E, P; nil (unlimited) for X.
    var fleet: Int?
    var path: String
    var note: String

    /// P-n55-k8's 588 needs exactly 8 routes; with at most 8 a 7-route solution costs 576
    /// (benchmarks README, "Fleet size").
    static let atMostKReference = ["P-n55-k8": 576]

    /// The default quick mix: a spread of A, B, E, P sizes and four X instances up to 256 customers.
    static let quickMix: Set<String> = [
        "A-n32-k5", "A-n45-k7", "A-n63-k10", "A-n80-k10", "B-n41-k6", "B-n57-k9", "B-n78-k10", "E-n13-k4",
        "E-n51-k5", "E-n101-k8", "P-n55-k8", "P-n101-k4", "X-n101-k25", "X-n153-k22", "X-n200-k36", "X-n256-k16",
    ]

    /// Reads `bks.csv` in `directory` and locates each instance file.
    static func load(directory: String) throws -> [RoutingBenchInstance] {
        let path = directory + "/bks.csv"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CommandLineError("cannot read \(path) (set --data to the cvrp benchmark folder)")
        }
        var instances: [RoutingBenchInstance] = []
        for (offset, line) in text.split(whereSeparator: \.isNewline).enumerated() where offset > 0 {
            let fields = line.split(separator: ",", maxSplits: 7, omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, let customers = Int(fields[2]), let bks = Int(fields[4]) else {
                throw CommandLineError("\(path):\(offset + 1): expected instance,set,n_customers,capacity,bks,...")
            }
            let name = fields[0], set = fields[1]
            var file = "\(directory)/\(set)/\(name).vrp"
            if !FileManager.default.fileExists(atPath: file) { file = "\(directory)/E_explicit/\(name).vrp" }
            let k = name.split(separator: "-").last.flatMap { $0.hasPrefix("k") ? Int($0.dropFirst()) : nil }
            instances.append(
                RoutingBenchInstance(
                    name: name, set: set, customers: customers, bks: bks,
                    reference: set == "X" ? bks : min(bks, atMostKReference[name] ?? bks),
                    fleet: set == "X" ? nil : k, path: file, note: fields.count > 7 ? fields[7] : ""))
        }
        return instances
    }
}

/// One solver's result on one instance.
struct RoutingBenchResult {
    var cost: Int?
    var routes: Int
    var seconds: Double
    var feasible: Bool
    /// Iterations of the genetic search (ours) or of PyVRP, when known.
    var iterations: Int? = nil

    func gap(to reference: Int) -> Double? {
        cost.map { 100 * Double($0 - reference) / Double(reference) }
    }
}

/// One row of the benchmark table.
struct RoutingBenchRow {
    var instance: RoutingBenchInstance
    var timeLimit: Double
    var ours: RoutingBenchResult
    var iterations: Int
    var pyvrp: RoutingBenchResult?
    var ortools: RoutingBenchResult?

    static let csvHeader =
        "instance,set,customers,fleet,bks,reference,time_limit,cost,gap,seconds,routes,feasible,"
        + "iterations,pyvrp_cost,pyvrp_gap,ortools_cost,ortools_gap"

    private static func format(_ gap: Double?) -> String { gap.map { String(format: "%.3f", $0) } ?? "" }

    var csv: String {
        let reference = instance.reference
        var fields: [String] = [instance.name, instance.set, String(instance.customers)]
        fields.append(instance.fleet.map(String.init) ?? "")
        fields += [String(instance.bks), String(reference), String(format: "%g", timeLimit)]
        fields.append(ours.cost.map(String.init) ?? "")
        fields.append(Self.format(ours.gap(to: reference)))
        fields += [String(format: "%.2f", ours.seconds), String(ours.routes), ours.feasible ? "yes" : "no"]
        fields.append(String(iterations))
        fields.append(pyvrp?.cost.map(String.init) ?? "")
        fields.append(Self.format(pyvrp?.gap(to: reference)))
        fields.append(ortools?.cost.map(String.init) ?? "")
        fields.append(Self.format(ortools?.gap(to: reference)))
        return fields.joined(separator: ",")
    }

    /// Parses a row written by ``csv`` (for resuming), given the instances by name.
    init?(csv line: Substring, instances: [String: RoutingBenchInstance]) {
        let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard f.count == 17, let instance = instances[f[0]], let limit = Double(f[6]),
            let seconds = Double(f[9]), let routes = Int(f[10]), let iterations = Int(f[12])
        else { return nil }
        self.instance = instance
        timeLimit = limit
        ours = RoutingBenchResult(cost: Int(f[7]), routes: routes, seconds: seconds, feasible: f[11] == "yes")
        self.iterations = iterations
        pyvrp = f[13].isEmpty ? nil : RoutingBenchResult(cost: Int(f[13]), routes: 0, seconds: 0, feasible: true)
        ortools = f[15].isEmpty ? nil : RoutingBenchResult(cost: Int(f[15]), routes: 0, seconds: 0, feasible: true)
    }

    init(
        instance: RoutingBenchInstance, timeLimit: Double, ours: RoutingBenchResult, iterations: Int,
        pyvrp: RoutingBenchResult?, ortools: RoutingBenchResult?
    ) {
        self.instance = instance
        self.timeLimit = timeLimit
        self.ours = ours
        self.iterations = iterations
        self.pyvrp = pyvrp
        self.ortools = ortools
    }
}

/// Renders rows as the Markdown report with per-set summaries.
enum RoutingBenchReport {
    /// The summary groups CVRPLIB's A, B, E, P apart from X, and Solomon apart from Homberger.
    static func summaryGroup(_ instance: RoutingBenchInstance) -> String {
        switch instance.set {
        case "X": "X"
        case "solomon": "Solomon"
        case let set where set.hasPrefix("homberger"): "Homberger"
        default: "A, B, E, P"
        }
    }

    static func markdown(_ rows: [RoutingBenchRow], context: String) -> String {
        let peers = rows.contains { $0.pyvrp != nil || $0.ortools != nil }
        var lines = ["# CVRP benchmark", "", context, ""]
        var header = "| instance | fleet | BKS | ref | limit s | ours | gap % | s | routes | feasible |"
        var rule = "|---|---|---|---|---|---|---|---|---|---|"
        if peers {
            header += " PyVRP | gap % | OR-Tools | gap % |"
            rule += "---|---|---|---|"
        }
        lines += [header, rule]
        func gap(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "-" }
        for row in rows {
            let ref = row.instance.reference
            let fleet = row.instance.fleet.map { "≤\($0)" } ?? "any"
            var line =
                "| \(row.instance.name) | \(fleet) | \(row.instance.bks) "
                + "| \(ref) | \(String(format: "%g", row.timeLimit)) | \(row.ours.cost.map(String.init) ?? "-") "
                + "| \(gap(row.ours.gap(to: ref))) | \(String(format: "%.1f", row.ours.seconds)) | \(row.ours.routes) "
                + "| \(row.ours.feasible ? "yes" : "**no**") |"
            if peers {
                line +=
                    " \(row.pyvrp?.cost.map(String.init) ?? "-") | \(gap(row.pyvrp?.gap(to: ref))) "
                    + "| \(row.ortools?.cost.map(String.init) ?? "-") | \(gap(row.ortools?.gap(to: ref))) |"
            }
            lines.append(line)
        }
        lines += [
            "", "## Summary", "",
            "| set | instances | mean gap % | max gap % | at ref | infeasible |"
                + (peers ? " PyVRP mean gap % | ratio ours/PyVRP | ours ≤ OR-Tools |" : ""),
            "|---|---|---|---|---|---|" + (peers ? "---|---|---|" : ""),
        ]
        let groups = Dictionary(grouping: rows) { summaryGroup($0.instance) }
        for (name, group) in groups.sorted(by: { $0.key < $1.key }) {
            let gaps = group.map { $0.ours.gap(to: $0.instance.reference) ?? 100 }
            let mean = gaps.reduce(0, +) / Double(gaps.count)
            let atReference = group.filter { ($0.ours.cost ?? .max) <= $0.instance.reference }.count
            let infeasible = group.filter { !$0.ours.feasible }.count
            var line =
                "| \(name) | \(group.count) | \(String(format: "%.3f", mean)) "
                + "| \(String(format: "%.3f", gaps.max() ?? 0)) | \(atReference) | \(infeasible) |"
            if peers {
                let py = group.compactMap { $0.pyvrp?.gap(to: $0.instance.reference) }
                let pyMean = py.isEmpty ? nil : py.reduce(0, +) / Double(py.count)
                let ratio = pyMean.map { $0 > 0 ? String(format: "%.2f", mean / $0) : (mean <= 0 ? "1.00" : "inf") }
                let compared = group.filter { $0.ortools?.cost != nil }
                let beaten = compared.filter { ($0.ours.cost ?? .max) <= $0.ortools!.cost! }.count
                line += " \(gap(pyMean)) | \(ratio ?? "-") | \(beaten)/\(compared.count) |"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

// The large-instance benchmark's rows and report: ours beside PyVRP, cost ratios and iteration rates.
import Foundation

/// One instance of `hubplan-bench scale`: where it comes from and what it is compared with.
struct ScaleBenchInstance {
    enum Family: String {
        case cvrp = "CVRP X"
        case vrptw = "VRPTW Homberger"
        case rural = "CVRP rural"
    }
    var name: String
    var family: Family
    var customers: Int
    /// The best-known value in the family's units (nil for generated instances).
    var bks: Int?
    var path: String
}

/// One row: both solvers on one instance, run side by side for the same time.
struct ScaleBenchRow {
    var instance: ScaleBenchInstance
    var timeLimit: Double
    /// The seed both solvers ran with.
    var seed: UInt64 = 0
    var ours: RoutingBenchResult
    var pyvrp: RoutingBenchResult?

    static let csvHeader =
        "instance,family,customers,bks,time_limit,cost,gap,routes,iterations,iterations_per_s,"
        + "pyvrp_cost,pyvrp_gap,pyvrp_iterations,pyvrp_iterations_per_s,cost_ratio,speed_ratio,seed"

    /// Ours over PyVRP's cost (below 1: ours is cheaper).
    var costRatio: Double? {
        guard let a = ours.cost, let b = pyvrp?.cost, b > 0 else { return nil }
        return Double(a) / Double(b)
    }

    /// Our iterations a second over PyVRP's.
    var speedRatio: Double? {
        guard let a = ours.iterationsPerSecond, let b = pyvrp?.iterationsPerSecond, b > 0 else { return nil }
        return a / b
    }

    var csv: String {
        func number(_ value: Double?, _ format: String) -> String { value.map { String(format: format, $0) } ?? "" }
        let gap = instance.bks.flatMap { ours.gap(to: $0) }
        let pyGap = instance.bks.flatMap { bks in pyvrp?.gap(to: bks) }
        let head: [String] = [
            instance.name, instance.family.rawValue, String(instance.customers),
            instance.bks.map(String.init) ?? "", String(format: "%g", timeLimit),
        ]
        let mine: [String] = [
            ours.cost.map(String.init) ?? "", number(gap, "%.3f"), String(ours.routes),
            ours.iterations.map(String.init) ?? "", number(ours.iterationsPerSecond, "%.2f"),
        ]
        let theirs: [String] = [
            pyvrp?.cost.map(String.init) ?? "", number(pyGap, "%.3f"),
            pyvrp?.iterations.map(String.init) ?? "", number(pyvrp?.iterationsPerSecond, "%.2f"),
        ]
        return (head + mine + theirs + [number(costRatio, "%.4f"), number(speedRatio, "%.3f"), String(seed)])
            .joined(separator: ",")
    }
}

/// One instance's runs over its seeds: what the summary compares, so that a lucky or unlucky seed of either
/// solver does not decide an instance (a single 60-s run varies by about 1% on long-horizon Homberger).
struct ScaleBenchInstanceRuns {
    var instance: ScaleBenchInstance
    var runs: [ScaleBenchRow]

    /// The runs where both solvers found a feasible solution, as (ours, PyVRP) costs.
    var pairs: [(Int, Int)] {
        runs.compactMap { row in row.ours.cost.flatMap { a in row.pyvrp?.cost.map { (a, $0) } } }
    }

    /// Our mean cost over PyVRP's, over the seeds where both found one (1 seed: that run's ratio).
    var costRatio: Double? {
        let pairs = pairs
        guard !pairs.isEmpty else { return nil }
        let theirs = pairs.reduce(0) { $0 + $1.1 }
        return theirs > 0 ? Double(pairs.reduce(0) { $0 + $1.0 }) / Double(theirs) : nil
    }

    /// `rows` grouped by instance, in the order each instance first appears.
    static func grouped(_ rows: [ScaleBenchRow]) -> [ScaleBenchInstanceRuns] {
        var groups: [ScaleBenchInstanceRuns] = []
        for row in rows {
            if let k = groups.firstIndex(where: { $0.instance.name == row.instance.name }) {
                groups[k].runs.append(row)
            } else {
                groups.append(ScaleBenchInstanceRuns(instance: row.instance, runs: [row]))
            }
        }
        return groups
    }
}

/// Renders the rows as Markdown: one line a run, the means over seeds when there are several, then per family
/// the mean and worst of the instances' cost ratios.
enum ScaleBenchReport {
    static func markdown(_ rows: [ScaleBenchRow], context: String) -> String {
        var lines = [
            "# Large instances beside PyVRP", "", context, "",
            "| instance | seed | family | n | BKS | limit s | ours | gap % | it/s | PyVRP | gap % | it/s "
                + "| ours/PyVRP cost | ours/PyVRP it/s |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for row in rows {
            let bks = row.instance.bks
            let name = row.instance.name, family = row.instance.family.rawValue
            let ours = row.ours.cost.map(String.init) ?? "none", theirs = row.pyvrp?.cost.map(String.init) ?? "-"
            let gap = number(bks.flatMap { row.ours.gap(to: $0) }, "%.2f")
            let pyGap = number(bks.flatMap { bks in row.pyvrp?.gap(to: bks) }, "%.2f")
            let rates = (number(row.ours.iterationsPerSecond, "%.1f"), number(row.pyvrp?.iterationsPerSecond, "%.1f"))
            let limit = String(format: "%g", row.timeLimit), reference = bks.map(String.init) ?? "-"
            let ratios = (number(row.costRatio, "%.4f"), number(row.speedRatio, "%.2f"))
            let cells: [String] = [
                name, String(row.seed), family, String(row.instance.customers), reference, limit, ours, gap,
                rates.0, theirs, pyGap, rates.1, ratios.0, ratios.1,
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        let instances = ScaleBenchInstanceRuns.grouped(rows)
        if instances.contains(where: { $0.runs.count > 1 }) { lines += meansOverSeeds(instances) }
        lines += [
            "", "## Summary", "",
            "Per instance, our mean cost over PyVRP's over the seeds where both found a feasible solution; runs "
                + "without one are counted by solver, iteration rates and gaps are means over runs.", "",
            "| family | instances | mean cost ratio | worst cost ratio | above 1.005 | no solution (ours / PyVRP) "
                + "| mean it/s ratio | mean gap % (ours / PyVRP) |", "|---|---|---|---|---|---|---|---|",
        ]
        let families: [ScaleBenchInstance.Family] = [.cvrp, .vrptw, .rural]
        for family in families {
            let group = rows.filter { $0.instance.family == family }
            guard !group.isEmpty else { continue }
            let ratios = instances.filter { $0.instance.family == family }.compactMap(\.costRatio)
            let speeds = group.compactMap(\.speedRatio)
            let mean = ratios.isEmpty ? nil : ratios.reduce(0, +) / Double(ratios.count)
            let speed = speeds.isEmpty ? nil : speeds.reduce(0, +) / Double(speeds.count)
            // Gaps to the best-known values over the runs where both have one (PyVRP's published figure for the
            // X set is such a mean).
            let gaps = group.compactMap { row -> (Double, Double)? in
                guard let bks = row.instance.bks, let ours = row.ours.gap(to: bks),
                    let theirs = row.pyvrp?.gap(to: bks)
                else { return nil }
                return (ours, theirs)
            }
            let meanGaps =
                gaps.isEmpty
                ? "-"
                : number(gaps.reduce(0) { $0 + $1.0 } / Double(gaps.count), "%.3f") + " / "
                    + number(gaps.reduce(0) { $0 + $1.1 } / Double(gaps.count), "%.3f")
            let count = instances.count { $0.instance.family == family }
            lines.append(
                "| \(family.rawValue) | \(count) | \(number(mean, "%.4f")) "
                    + "| \(number(ratios.max(), "%.4f")) | \(ratios.filter { $0 > 1.005 }.count) "
                    + "| \(group.count { $0.ours.cost == nil }) / \(group.count { $0.pyvrp?.cost == nil }) "
                    + "| \(number(speed, "%.2f")) | \(meanGaps) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each instance's costs over its seeds: both solvers' means and ranges, and the ratio of the means.
    private static func meansOverSeeds(_ instances: [ScaleBenchInstanceRuns]) -> [String] {
        var lines = [
            "", "## Means over seeds", "",
            "| instance | seeds | ours mean | ours range | PyVRP mean | PyVRP range | ratio of the means |",
            "|---|---|---|---|---|---|---|",
        ]
        for group in instances {
            let pairs = group.pairs
            func summary(_ costs: [Int]) -> (String, String) {
                guard let low = costs.min(), let high = costs.max() else { return ("-", "-") }
                return (number(Double(costs.reduce(0, +)) / Double(costs.count), "%.0f"), "\(low)-\(high)")
            }
            let ours = summary(pairs.map(\.0)), theirs = summary(pairs.map(\.1))
            let seeds = group.runs.map { String($0.seed) }.joined(separator: ", ")
            lines.append(
                "| \(group.instance.name) | \(seeds) | \(ours.0) | \(ours.1) | \(theirs.0) | \(theirs.1) "
                    + "| \(number(group.costRatio, "%.4f")) |")
        }
        return lines
    }

    private static func number(_ value: Double?, _ format: String) -> String {
        value.map { String(format: format, $0) } ?? "-"
    }
}

extension RoutingBenchResult {
    /// Iterations a second, when the solver reported its iterations.
    var iterationsPerSecond: Double? {
        guard let iterations, seconds > 0 else { return nil }
        return Double(iterations) / seconds
    }
}

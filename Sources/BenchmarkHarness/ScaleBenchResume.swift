// Reading an earlier `hubplan-bench scale` table back, so that a long budget can run over several sittings.
import CSV
import Foundation
import HubPlanCommands

extension ScaleBenchRow {
    /// The rows of a scale.csv written by ``csv``, in file order.
    ///
    /// Each instance comes back by name, family, size and best-known value (enough to report it; its file is
    /// not needed), and each solver's seconds from its iterations and iteration rate, so the rebuilt row
    /// reports the rate the file holds (to its two decimals: where the report's one decimal falls on a tie,
    /// as 1214.55, it may read 0.1 lower than the first sitting's report did). A file with another header
    /// (tables before the seed column) is refused rather than guessed at.
    static func rows(fromCSV text: String, file: String) throws -> [ScaleBenchRow] {
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        guard reader.headerRow?.joined(separator: ",") == csvHeader else {
            throw CommandLineError("\(file): the header is not this version's scale.csv header (\(csvHeader))")
        }
        var rows: [ScaleBenchRow] = []
        var line = 1
        while let fields = reader.next() {
            line += 1
            if fields.allSatisfy(\.isEmpty) { continue }
            rows.append(try row(fields, at: "\(file) line \(line)"))
        }
        return rows
    }

    private static let columns = csvHeader.split(separator: ",").map(String.init)

    private static func row(_ fields: [String], at place: String) throws -> ScaleBenchRow {
        guard fields.count == columns.count else {
            throw CommandLineError("\(place): \(fields.count) fields, the header has \(columns.count)")
        }
        var cells: [String: String] = [:]
        for (column, field) in zip(columns, fields) { cells[column] = field }
        func text(_ column: String) -> String { cells[column] ?? "" }
        func whole(_ column: String) throws -> Int? {
            let value = text(column)
            if value.isEmpty { return nil }
            guard let number = Int(value), number >= 0 else {
                throw CommandLineError("\(place): \(column) '\(value)' is not a non-negative whole number")
            }
            return number
        }
        func real(_ column: String) throws -> Double? {
            let value = text(column)
            if value.isEmpty { return nil }
            guard let number = Double(value), number.isFinite, number >= 0 else {
                throw CommandLineError("\(place): \(column) '\(value)' is not a non-negative number")
            }
            return number
        }
        guard let family = ScaleBenchInstance.Family(rawValue: text("family")) else {
            throw CommandLineError("\(place): family '\(text("family"))' is not one of the scale families")
        }
        guard !text("instance").isEmpty, let customers = try whole("customers"),
            let timeLimit = try real("time_limit"), timeLimit > 0
        else {
            throw CommandLineError("\(place): instance, customers and time_limit are required")
        }
        guard let seed = UInt64(text("seed")) else {
            throw CommandLineError("\(place): seed '\(text("seed"))' is not a non-negative whole number")
        }
        func result(cost: String, iterations: String, rate: String, routes: Int) throws -> RoutingBenchResult {
            let cost = try whole(cost), iterations = try whole(iterations), rate = try real(rate)
            // Seconds only feed the iteration rate; without one the run took its budget.
            let seconds = iterations.flatMap { done in rate.flatMap { $0 > 0 ? Double(done) / $0 : nil } }
            return RoutingBenchResult(
                cost: cost, routes: routes, seconds: seconds ?? timeLimit, feasible: cost != nil,
                iterations: iterations)
        }
        let ours = try result(
            cost: "cost", iterations: "iterations", rate: "iterations_per_s", routes: try whole("routes") ?? 0)
        // PyVRP's cost and iterations are empty when it did not run (--no-peers) or reported nothing.
        let ranPyVRP = !(text("pyvrp_cost").isEmpty && text("pyvrp_iterations").isEmpty)
        let pyvrp =
            ranPyVRP
            ? try result(cost: "pyvrp_cost", iterations: "pyvrp_iterations", rate: "pyvrp_iterations_per_s", routes: 0)
            : nil
        let instance = ScaleBenchInstance(
            name: text("instance"), family: family, customers: customers, bks: try whole("bks"), path: "")
        return ScaleBenchRow(instance: instance, timeLimit: timeLimit, seed: seed, ours: ours, pyvrp: pyvrp)
    }

    /// `rows` in the order one sitting would have run them: by the position of their instance in `instances`
    /// and of their seed in `seeds`, so a table filled over several sittings reads as one run's. Rows of
    /// instances or seeds outside this selection (an earlier sitting's other globs) come first, in their order.
    static func ordered(_ rows: [ScaleBenchRow], instances: [ScaleBenchInstance], seeds: [UInt64]) -> [ScaleBenchRow] {
        var rank: [String: Int] = [:]
        for (k, instance) in instances.enumerated() where rank[instance.name] == nil { rank[instance.name] = k }
        func key(_ k: Int) -> (Int, Int, Int) {
            let row = rows[k]
            guard let instance = rank[row.instance.name], let seed = seeds.firstIndex(of: row.seed) else {
                return (-1, -1, k)
            }
            return (instance, seed, k)
        }
        return rows.indices.sorted { key($0) < key($1) }.map { rows[$0] }
    }
}

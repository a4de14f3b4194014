// `hubplan-bench routing`: the CVRPLIB benchmark (sets A, B, E, P, X), optionally beside PyVRP and OR-Tools.
import ArgumentParser
import Foundation
import HubPlanCommands
import SolverControl
import VehicleRouting

/// Runs the CVRP solver on CVRPLIB instances and writes out/bench/routing.csv and routing.md.
struct BenchRoutingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routing",
        abstract: "Benchmark the CVRP solver on CVRPLIB sets A, B, E, P and X against the best-known values.",
        discussion: """
            Sets A, B, E and P run with the fleet capped at the k in the instance name (their optima assume it; \
            P-n55-k8 is compared with 576, its value with at most 8 vehicles); X runs with an unlimited fleet. \
            Default time limits: 10 s for A, B, E, P and 60 s for X (30 s in the quick mix); --time-limit \
            overrides both. Every solution is checked by the independent RouteVerifier. With --peers, PyVRP and \
            OR-Tools solve each instance with the same limit. Rows are written to the CSV as instances finish; \
            --resume skips the instances already there. The default selection is a quick mix of 16 instances \
            (about 4 minutes, 12 with --peers).

            Example:
              hubplan-bench routing --set A,B,E,P --peers
              hubplan-bench routing --set X --max-customers 400 --time-limit 60 --resume
            """
    )

    @Option(help: "Comma-separated sets (A,B,E,P,X), or 'quick' for the quick mix.")
    var set = "quick"

    @Option(name: .customLong("max-customers"), help: "Skip instances with more customers.")
    var maxCustomers: Int?

    @Option(help: "Only instances whose name matches this glob (e.g. 'X-n1*').")
    var instances: String?

    @Option(name: .customLong("time-limit"), help: "Seconds per instance (default 10 for A/B/E/P, 60 for X).")
    var timeLimit: Double?

    @Flag(help: "Also run PyVRP and OR-Tools with the same time limit.")
    var peers = false

    @Option(
        name: .customLong("peers-dir"),
        help: "The peers harness folder (default $HUBPLAN_PEERS or ../shared/peers).")
    var peersDirectory: String?

    @Option(help: "The CVRP benchmark folder holding bks.csv.")
    var data = "../shared/benchmarks/cvrp"

    @Option(help: "Random seed for our solver and PyVRP.")
    var seed: UInt64 = 0

    @Option(help: "Folder for routing.csv and routing.md.")
    var out = "out/bench"

    @Flag(help: "Keep the rows already in routing.csv and run only the missing instances.")
    var resume = false

    func run() throws {
        let all = try RoutingBenchInstance.load(directory: data)
        let selected = try select(all)
        guard !selected.isEmpty else { throw CommandLineError("no instance matches the selection") }
        let peersDir = peersDirectory ?? ProcessInfo.processInfo.environment["HUBPLAN_PEERS"] ?? "../shared/peers"
        let pyvrp = PeerSolver(script: "cvrp_pyvrp.py", directory: peersDir)
        let ortools = PeerSolver(script: "cvrp_ortools.py", directory: peersDir)
        if peers && !(pyvrp.isAvailable && ortools.isAvailable) {
            throw CommandLineError("peers not found in \(peersDir) (run `make peers`, or set --peers-dir)")
        }
        let csvPath = out + "/routing.csv", mdPath = out + "/routing.md"
        var rows: [RoutingBenchRow] = []
        if resume, let text = try? String(contentsOfFile: csvPath, encoding: .utf8) {
            let byName = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            rows = text.split(whereSeparator: \.isNewline).dropFirst().compactMap {
                RoutingBenchRow(csv: $0, instances: byName)
            }
        }
        let done = Set(rows.map(\.instance.name))
        let token = Interrupt.token()
        for instance in selected where !done.contains(instance.name) {
            if token.isCancelled { break }
            let quick = set.lowercased() == "quick"
            let limit = timeLimit ?? (instance.set == "X" ? (quick ? 30 : 60) : 10)
            let (ours, iterations) = try solveOurs(instance, limit: limit, cancellation: token)
            var row = RoutingBenchRow(
                instance: instance, timeLimit: limit, ours: ours, iterations: iterations,
                pyvrp: nil, ortools: nil)
            if peers && !token.isCancelled {
                row.pyvrp = pyvrp.solve(
                    instance: instance.path, seconds: limit, vehicles: instance.fleet, seed: seed, cancellation: token)
                row.ortools = ortools.solve(
                    instance: instance.path, seconds: limit, vehicles: instance.fleet, cancellation: token)
            }
            rows.append(row)
            let gap = ours.gap(to: instance.reference).map { String(format: "%.3f%%", $0) } ?? "-"
            FileHandle.standardError.write(
                Data(
                    ("\(instance.name): \(ours.cost.map(String.init) ?? "none") "
                        + "(ref \(instance.reference), gap \(gap), \(ours.routes) routes, \(iterations) iterations)"
                        + (row.pyvrp.map { "  PyVRP \($0.cost.map(String.init) ?? "none")" } ?? "")
                        + (row.ortools.map { "  OR-Tools \($0.cost.map(String.init) ?? "none")" } ?? "") + "\n").utf8))
            try AtomicFile.write(
                ([RoutingBenchRow.csvHeader] + rows.map(\.csv)).joined(separator: "\n") + "\n",
                to: csvPath)
        }
        let context =
            "Time limit per instance: \(timeLimit.map { "\($0) s" } ?? "10 s (A, B, E, P), 60 s (X)"); "
            + "one thread; seed \(seed); gaps in % above the reference value; "
            + "\(ProcessInfo.processInfo.activeProcessorCount) cores, "
            + "load average at the end \(loadAverage())." + BenchInterruption.note(token)
        let markdown = RoutingBenchReport.markdown(rows, context: context)
        try AtomicFile.write(markdown, to: mdPath)
        print(markdown, terminator: "")
    }

    private func select(_ all: [RoutingBenchInstance]) throws -> [RoutingBenchInstance] {
        let sets = set.uppercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let known: Set<String> = ["A", "B", "E", "P", "X", "QUICK"]
        for name in sets where !known.contains(name) {
            throw CommandLineError("unknown set '\(name)' (A, B, E, P, X or quick)")
        }
        return all.filter { instance in
            let inQuickMix = sets.contains("QUICK") && RoutingBenchInstance.quickMix.contains(instance.name)
            return (sets.contains(instance.set) || inQuickMix)
                && instance.customers <= (maxCustomers ?? .max)
                && (instances.map { fnmatch($0, instance.name, 0) == 0 } ?? true)
        }
    }

    private func solveOurs(
        _ instance: RoutingBenchInstance, limit: Double,
        cancellation: CancellationToken
    ) throws -> (RoutingBenchResult, Int) {
        let loaded = try VRPLIBReader.read(path: instance.path)
        var parameters = SolverParameters()
        parameters.seed = seed
        let solved = try VerifiedSolve.solve(
            loaded.data, vehicles: instance.fleet, parameters: parameters,
            budget: TimeBudget(seconds: limit, cancellation: cancellation))
        let result = solved.result, report = solved.report, feasible = solved.isFeasible
        return (
            RoutingBenchResult(
                cost: feasible ? report.cost : nil, routes: result.solution.routes.count,
                seconds: result.seconds, feasible: feasible), result.iterations
        )
    }

    private func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        guard getloadavg(&loads, 3) == 3 else { return "unknown" }
        return loads.map { String(format: "%.2f", $0) }.joined(separator: " ")
    }
}

// `hubplan-bench vrptw`: Solomon/Homberger VRPTW instances against the DIMACS best-known values and PyVRP.
import ArgumentParser
import CSV
import Foundation
import HubPlanCommands
import SolverControl
import VehicleRouting

/// Runs the solver on Solomon/Homberger instances (DIMACS convention, distance objective) and writes
/// out/bench/vrptw.csv and vrptw.md.
struct BenchVRPTWCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vrptw",
        abstract: "Benchmark the solver on Solomon and Homberger VRPTW instances against best-known values.",
        discussion: """
            Each instance is solved in the DIMACS convention (legs truncated to one decimal, distance objective, \
            at most K vehicles) and compared with the distance-only best-known value of bks.csv; every solution \
            goes through the independent RouteVerifier. With --peers, PyVRP solves the same instance with the \
            same time limit in the same run (scripts/peers/vrptw_pyvrp.py with the peers' venv). The default \
            selection is one instance per Solomon class (C101, C201, R101, R201, RC101, RC201).

            Example:
              hubplan-bench vrptw --peers --time-limit 10
              hubplan-bench vrptw --instances 'R1*' --time-limit 30
            """
    )

    @Option(help: "Only instances whose name matches this glob (default: one per Solomon class).")
    var instances: String?

    @Option(name: .customLong("time-limit"), help: "Seconds per instance.")
    var timeLimit: Double = 10

    @Flag(help: "Also run PyVRP with the same time limit.")
    var peers = false

    @Option(
        name: .customLong("peers-dir"),
        help: "The peers harness folder with .venv (default $HUBPLAN_PEERS or ../shared/peers).")
    var peersDirectory: String?

    @Option(name: .customLong("scripts-dir"), help: "Folder holding vrptw_pyvrp.py.")
    var scriptsDirectory = "scripts/peers"

    @Option(help: "The VRPTW benchmark folder holding bks.csv, solomon/ and homberger/.")
    var data = "../shared/benchmarks/vrptw"

    @Option(help: "Random seed for our solver and PyVRP.")
    var seed: UInt64 = 0

    @Option(help: "Folder for vrptw.csv and vrptw.md.")
    var out = "out/bench"

    static let defaultSelection = ["C101", "C201", "R101", "R201", "RC101", "RC201"]

    func run() throws {
        let all = try Self.loadInstances(from: data)
        let selected = all.filter { instance in
            instances.map { fnmatch($0, instance.name, 0) == 0 } ?? Self.defaultSelection.contains(instance.name)
        }
        guard !selected.isEmpty else { throw CommandLineError("no instance matches the selection") }
        let peersDir = peersDirectory ?? ProcessInfo.processInfo.environment["HUBPLAN_PEERS"] ?? "../shared/peers"
        let pyvrp = PeerSolver(script: "vrptw_pyvrp.py", directory: peersDir, scriptDirectory: scriptsDirectory)
        if peers && !pyvrp.isAvailable {
            throw CommandLineError("PyVRP not found (\(peersDir)/.venv, \(scriptsDirectory)/vrptw_pyvrp.py)")
        }
        var rows: [RoutingBenchRow] = []
        let token = Interrupt.token()
        for instance in selected {
            if token.isCancelled { break }
            let (ours, iterations) = try solveOurs(instance, cancellation: token)
            var row = RoutingBenchRow(
                instance: instance, timeLimit: timeLimit, ours: ours, iterations: iterations,
                pyvrp: nil, ortools: nil)
            if peers && !token.isCancelled {
                row.pyvrp = pyvrp.solve(
                    instance: instance.path, seconds: timeLimit, vehicles: nil, seed: seed, cancellation: token)
            }
            rows.append(row)
            let gap = ours.gap(to: instance.reference).map { String(format: "%.3f%%", $0) } ?? "-"
            FileHandle.standardError.write(
                Data(
                    ("\(instance.name): \(ours.cost.map(String.init) ?? "none") "
                        + "(BKS \(instance.reference), gap \(gap), \(ours.routes) routes, \(iterations) iterations)"
                        + (row.pyvrp.map { "  PyVRP \($0.cost.map(String.init) ?? "none")" } ?? "") + "\n").utf8))
            try AtomicFile.write(
                ([RoutingBenchRow.csvHeader] + rows.map(\.csv)).joined(separator: "\n") + "\n",
                to: out + "/vrptw.csv")
        }
        var loads = [Double](repeating: 0, count: 3)
        let load = getloadavg(&loads, 3) == 3 ? loads.map { String(format: "%.2f", $0) }.joined(separator: " ") : "?"
        let context =
            "DIMACS convention (costs in tenths), distance objective, at most K vehicles; time limit "
            + "\(timeLimit) s per instance; one thread; seed \(seed); "
            + "\(ProcessInfo.processInfo.activeProcessorCount) cores, load average at the end \(load)."
            + BenchInterruption.note(token)
        let markdown = RoutingBenchReport.markdown(rows, context: context)
            .replacingOccurrences(of: "# CVRP benchmark", with: "# VRPTW benchmark")
        try AtomicFile.write(markdown, to: out + "/vrptw.md")
        print(markdown, terminator: "")
    }

    /// The instances of `bks.csv` (a quoted CSV, hence a real CSV reader) with their distance-only BKS in tenths.
    static func loadInstances(from data: String) throws -> [RoutingBenchInstance] {
        let path = data + "/bks.csv"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CommandLineError("cannot read \(path) (set --data to the vrptw benchmark folder)")
        }
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        let header = reader.headerRow ?? []
        guard let nameColumn = header.firstIndex(of: "instance"), let setColumn = header.firstIndex(of: "set"),
            let countColumn = header.firstIndex(of: "n_customers"),
            let bksColumn = header.firstIndex(of: "bks_distance_only")
        else {
            throw CommandLineError("\(path): missing a column (instance, set, n_customers, bks_distance_only)")
        }
        var result: [RoutingBenchInstance] = []
        var line = 1
        while let row = reader.next() {
            line += 1
            guard row.count > bksColumn, let customers = Int(row[countColumn]),
                let bks = Double(row[bksColumn])
            else {
                throw CommandLineError("\(path):\(line): bad n_customers or bks_distance_only")
            }
            let folder = row[setColumn] == "solomon" ? "solomon" : "homberger"
            let tenths = Int((bks * 10).rounded())
            result.append(
                RoutingBenchInstance(
                    name: row[nameColumn], set: row[setColumn], customers: customers,
                    bks: tenths, reference: tenths, fleet: nil,
                    path: "\(data)/\(folder)/\(row[nameColumn]).txt", note: ""))
        }
        return result
    }

    private func solveOurs(
        _ instance: RoutingBenchInstance,
        cancellation: CancellationToken
    ) throws -> (RoutingBenchResult, Int) {
        let loaded = try SolomonReader.read(path: instance.path, convention: .dimacs)
        var parameters = SolverParameters()
        parameters.seed = seed
        let solved = try VerifiedSolve.solve(
            loaded.data, parameters: parameters,
            budget: TimeBudget(seconds: timeLimit, cancellation: cancellation))
        let result = solved.result, report = solved.report, feasible = solved.isFeasible
        return (
            RoutingBenchResult(
                cost: feasible ? report.distance : nil, routes: result.solution.routes.count,
                seconds: result.seconds, feasible: feasible), result.iterations
        )
    }
}

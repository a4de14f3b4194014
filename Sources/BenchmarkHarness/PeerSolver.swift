// Runs a peer CVRP solver script (PyVRP, OR-Tools) from ../shared/peers and reads its one-line JSON result.
import Foundation
import HubPlanCommands
import SolverControl

/// A peer solver script of the peers harness, run as a subprocess with the venv's Python.
struct PeerSolver {
    /// The script's file name (`cvrp_pyvrp.py`, `cvrp_ortools.py`).
    var script: String
    /// The peers directory (holds the scripts and `.venv`).
    var directory: String
    /// Where the script lives when it is not in ``directory`` (our own scripts run with the peers' venv).
    var scriptDirectory: String? = nil

    private var scriptPath: String { (scriptDirectory ?? directory) + "/" + script }

    /// Whether the venv interpreter and the script exist.
    var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: python)
            && FileManager.default.fileExists(atPath: scriptPath)
    }

    private var python: String { directory + "/.venv/bin/python" }

    /// Solves `instance` for `seconds`, capped at `vehicles` and seeded with `seed` if given (OR-Tools' script
    /// takes no seed); nil when the run fails or `cancellation` (Ctrl-C) stops it.
    func solve(
        instance: String, seconds: Double, vehicles: Int?, seed: UInt64? = nil,
        cancellation: CancellationToken? = nil
    ) -> RoutingBenchResult? {
        start(instance: instance, seconds: seconds, vehicles: vehicles, seed: seed)?.finish(cancellation: cancellation)
    }

    /// Starts solving `instance` in the background (a side-by-side run: our solver works meanwhile); nil when
    /// the process cannot start. Call ``RunningPeer/finish()`` to wait for the result.
    func start(instance: String, seconds: Double, vehicles: Int?, seed: UInt64? = nil) -> RunningPeer? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        var arguments = [scriptPath, instance, "--seconds", String(seconds)]
        if let vehicles { arguments += ["--vehicles", String(vehicles)] }
        if let seed { arguments += ["--seed", String(seed)] }
        process.arguments = arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(UUID().uuidString).json")
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else { return nil }
        do {
            let handle = try FileHandle(forWritingTo: output)
            defer { try? handle.close() }
            process.standardOutput = handle
            process.standardError = FileHandle.nullDevice
            try process.run()
        } catch {
            try? FileManager.default.removeItem(at: output)
            return nil
        }
        return RunningPeer(process: process, output: output)
    }
}

/// A peer solver process under way: its result once it ends.
struct RunningPeer {
    let process: Process
    /// The peer's standard output: a file, not a pipe, so that waiting while watching for Ctrl-C never leaves a
    /// peer blocked on a full pipe.
    let output: URL

    private struct Output: Decodable {
        var cost: Int?
        var routes: Int?
        var seconds: Double?
        var feasible: Bool?
        var iterations: Int?
    }

    /// Waits for the process and reads its one-line JSON result; nil when the run failed or `cancellation`
    /// tripped first. Ctrl-C reaches our process group only (Process starts the peer in its own), so the token
    /// is watched here, or the peer would run out its budget: up to 40 minutes at 2.4 s a customer.
    func finish(cancellation: CancellationToken? = nil) -> RoutingBenchResult? {
        defer { try? FileManager.default.removeItem(at: output) }
        while process.isRunning {
            if cancellation?.isCancelled == true {
                stop()
                return nil
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.waitUntilExit()
        guard let data = try? Data(contentsOf: output), let text = String(data: data, encoding: .utf8),
            let last = text.split(whereSeparator: \.isNewline).last,
            let decoded = try? JSONDecoder().decode(Output.self, from: Data(last.utf8))
        else { return nil }
        return RoutingBenchResult(
            cost: decoded.cost, routes: decoded.routes ?? 0, seconds: decoded.seconds ?? 0,
            feasible: decoded.feasible ?? false, iterations: decoded.iterations)
    }

    /// Stops the process (by its pid) if it still runs: every path out of a benchmark ends it. SIGKILL, since
    /// its result is no longer wanted and a child inherits its parent's blocked signals: started from a test
    /// runner that blocks SIGTERM, a peer would ignore `terminate()` and run out its budget.
    func stop() {
        try? FileManager.default.removeItem(at: output)
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

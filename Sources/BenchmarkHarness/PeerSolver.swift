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
        FileManager.default.isExecutableFile(atPath: PeerProcess.python(in: directory))
            && FileManager.default.fileExists(atPath: scriptPath)
    }

    /// Solves `instance` for `seconds`, capped at `vehicles` and seeded with `seed` if given (OR-Tools' script
    /// takes no seed); nil when the run fails or `cancellation` (Ctrl-C) stops it.
    func solve(
        instance: String, seconds: Double, vehicles: Int?, seed: UInt64? = nil,
        cancellation: CancellationToken? = nil
    ) -> RoutingBenchResult? {
        start(instance: instance, seconds: seconds, vehicles: vehicles, seed: seed)?.finish(cancellation: cancellation)
    }

    /// Starts solving `instance` in the background (a side-by-side run: our solver works meanwhile); nil when
    /// the process cannot start. Call ``RunningPeer/finish(cancellation:)`` to wait for the result.
    func start(instance: String, seconds: Double, vehicles: Int?, seed: UInt64? = nil) -> RunningPeer? {
        var arguments = [scriptPath, instance, "--seconds", String(seconds)]
        if let vehicles { arguments += ["--vehicles", String(vehicles)] }
        if let seed { arguments += ["--seed", String(seed)] }
        return PeerProcess.start(directory: directory, arguments: arguments).map(RunningPeer.init)
    }
}

/// A peer solver under way: its result once it ends.
struct RunningPeer {
    let process: PeerProcess

    private struct Output: Decodable {
        var cost: Int?
        var routes: Int?
        var seconds: Double?
        var feasible: Bool?
        var iterations: Int?
    }

    /// Waits for the peer and reads its one-line JSON result; nil when the run failed or `cancellation` tripped
    /// first (the peer is then stopped).
    func finish(cancellation: CancellationToken? = nil) -> RoutingBenchResult? {
        guard let last = process.finish(cancellation: cancellation),
            let decoded = try? JSONDecoder().decode(Output.self, from: Data(last.utf8))
        else { return nil }
        return RoutingBenchResult(
            cost: decoded.cost, routes: decoded.routes ?? 0, seconds: decoded.seconds ?? 0,
            feasible: decoded.feasible ?? false, iterations: decoded.iterations)
    }

    /// Stops the peer if it still runs: every path out of a benchmark ends it.
    func stop() { process.stop() }
}

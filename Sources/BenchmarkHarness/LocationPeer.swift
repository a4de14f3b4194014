// Runs a peer MIP script (pmedian_highs.py, cflp_highs.py) from ../shared/peers and reads its JSON line.
import Foundation
import HubPlanCommands
import SolverControl

/// One HiGHS run of the peers harness on a p-median or warehouse-location file.
struct LocationPeer {
    /// The peers directory (holds the scripts and `.venv`).
    var directory: String

    /// What the peer reported.
    struct Result {
        var objective: Double?
        var bound: Double?
        var seconds: Double
        var status: String
    }

    /// Whether the venv interpreter exists.
    var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: PeerProcess.python(in: directory)) }

    private struct Output: Decodable {
        var objective: Double?
        var bound: Double?
        var seconds: Double?
        var status: String?
    }

    /// Runs `script` on `file` with `extra` arguments and a time limit; nil when the run fails or `cancellation`
    /// (Ctrl-C) stops it.
    func run(
        script: String, file: String, extra: [String], timeLimit: Double, cancellation: CancellationToken? = nil
    ) -> Result? {
        let arguments = [directory + "/" + script, file, "--time-limit", String(timeLimit)] + extra
        guard
            let last = PeerProcess.start(directory: directory, arguments: arguments)?
                .finish(cancellation: cancellation),
            let decoded = try? JSONDecoder().decode(Output.self, from: Data(last.utf8))
        else { return nil }
        return Result(
            objective: decoded.objective, bound: decoded.bound, seconds: decoded.seconds ?? 0,
            status: decoded.status ?? "?")
    }
}

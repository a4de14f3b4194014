// A peer script (PyVRP, OR-Tools, HiGHS) run as a child process: its last output line, Ctrl-C watched, stopped by pid.
import Foundation
import SolverControl

/// One peer script under way, started with the peers' venv Python.
///
/// Its standard output goes to a temporary file, not a pipe, so that waiting while watching for Ctrl-C never
/// leaves a peer blocked on a full pipe. Foundation starts it in its own process group, so a terminal's Ctrl-C
/// never reaches it: the first Ctrl-C is seen through the token in ``finish(cancellation:)``, the second (which
/// quits at once) through ``ChildProcesses``, which ``Interrupt`` stops before quitting. Every path ends it by its
/// pid, with SIGKILL, since its result is no longer wanted.
struct PeerProcess: Sendable {
    let process: Process
    let output: URL

    /// The venv's interpreter in the peers folder `directory`.
    static func python(in directory: String) -> String { directory + "/.venv/bin/python" }

    /// Starts the venv's Python of the peers folder `directory` with `arguments`; nil when it cannot start.
    static func start(directory: String, arguments: [String]) -> PeerProcess? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python(in: directory))
        process.arguments = arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(UUID().uuidString).json")
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else { return nil }
        do {
            let handle = try FileHandle(forWritingTo: output)
            defer { try? handle.close() }
            process.standardOutput = handle
            process.standardError = FileHandle.nullDevice
            try ChildProcesses.shared.run(process, stopping: .kill)
        } catch {
            try? FileManager.default.removeItem(at: output)
            return nil
        }
        return PeerProcess(process: process, output: output)
    }

    /// Waits for the process and returns the last line it printed; nil when it printed nothing or `cancellation`
    /// tripped first (the peer is then stopped: otherwise it would run out its budget, up to 40 minutes).
    func finish(cancellation: CancellationToken? = nil) -> Substring? {
        defer { stop() }
        while process.isRunning {
            if cancellation?.isCancelled == true { return nil }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.waitUntilExit()
        guard let data = try? Data(contentsOf: output), let text = String(data: data, encoding: .utf8) else {
            return nil
        }
        return text.split(whereSeparator: \.isNewline).last
    }

    /// Stops the process if it still runs and removes its output; safe to call more than once.
    func stop() {
        try? FileManager.default.removeItem(at: output)
        ChildProcesses.shared.stop(process)
    }
}

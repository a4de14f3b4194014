// Tests of the peer processes: arguments reach the script, results come back, and Ctrl-C (once or twice) ends them.
import Foundation
import SolverControl
import Testing

@testable import BenchmarkHarness
@testable import HubPlanCommands

@Suite struct PeerProcessTests {
    /// A peers folder whose "python" is the shell script `python` and whose `peer.py` is empty.
    private func standInPeers(python script: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent(".venv/bin"), withIntermediateDirectories: true)
        let python = directory.appendingPathComponent(".venv/bin/python").path
        try script.write(toFile: python, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: python)
        try "".write(toFile: directory.appendingPathComponent("peer.py").path, atomically: true, encoding: .utf8)
        return directory
    }

    /// A stand-in peer that would sleep two minutes (`exec`: the pid stopped is the sleep's).
    private let sleeper = "#!/bin/sh\nexec sleep 120\n"

    @Test func thePeerGetsTheSeed() throws {
        // A stand-in peer whose "python" reports the arguments after --seed as its cost: the seed must arrive.
        let directory = try standInPeers(
            python: """
                #!/bin/sh
                seed=-1
                while [ $# -gt 0 ]; do [ "$1" = --seed ] && seed=$2; shift; done
                echo "{\\"cost\\": $seed, \\"routes\\": 1, \\"seconds\\": 1, \\"feasible\\": true}"
                """)
        defer { try? FileManager.default.removeItem(at: directory) }
        let peer = PeerSolver(script: "peer.py", directory: directory.path)
        #expect(peer.solve(instance: "x", seconds: 1, vehicles: nil, seed: 42)?.cost == 42)
        #expect(peer.solve(instance: "x", seconds: 1, vehicles: nil)?.cost == -1)
    }

    @Test func ctrlCStopsAPeerWhileWeWaitForIt() throws {
        // The benchmarks that run a peer after our search wait in `finish`, so the token is watched there.
        let directory = try standInPeers(python: sleeper)
        defer { try? FileManager.default.removeItem(at: directory) }
        let token = CancellationToken()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { token.cancel() }
        let started = Date()
        let peer = PeerSolver(script: "peer.py", directory: directory.path)
        #expect(peer.solve(instance: "x", seconds: 120, vehicles: nil, cancellation: token) == nil)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func locationPeersReadTheirLineAndStopOnCtrlC() throws {
        // HiGHS's scripts print their JSON after the solver's own output; the last line is the one read.
        let talker = try standInPeers(
            python: """
                #!/bin/sh
                echo "Running HiGHS"
                echo '{"objective": 5819, "bound": 5819, "seconds": 0.5, "status": "optimal"}'
                """)
        defer { try? FileManager.default.removeItem(at: talker) }
        let result = LocationPeer(directory: talker.path).run(script: "peer.py", file: "x", extra: [], timeLimit: 1)
        #expect(result?.objective == 5819 && result?.status == "optimal")

        let directory = try standInPeers(python: sleeper)
        defer { try? FileManager.default.removeItem(at: directory) }
        let token = CancellationToken()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { token.cancel() }
        let started = Date()
        let peer = LocationPeer(directory: directory.path)
        #expect(peer.run(script: "peer.py", file: "x", extra: [], timeLimit: 120, cancellation: token) == nil)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aPeerIsWhereTheSecondCtrlCLooksWhileItRuns() throws {
        // The second Ctrl-C exits without unwinding: it stops the shared registry's children, so a peer must be
        // in it while it runs, and out of it once stopped (or the quit would signal a reaped pid).
        let directory = try standInPeers(python: sleeper)
        defer { try? FileManager.default.removeItem(at: directory) }
        let running = try #require(
            PeerSolver(script: "peer.py", directory: directory.path).start(instance: "x", seconds: 120, vehicles: nil))
        defer { running.stop() }
        let process = running.process.process
        #expect(process.isRunning && ChildProcesses.shared.contains(process))
        running.stop()
        #expect(!process.isRunning && !ChildProcesses.shared.contains(process))
    }

    @Test func theSecondCtrlCStopsEveryChildBeforeQuitting() throws {
        // Its own registry: stopping the shared one would end other tests' children under way.
        let children = ChildProcesses()
        let sleep = Process()
        sleep.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleep.arguments = ["120"]
        try children.run(sleep, stopping: .kill)
        defer { children.stop(sleep) }
        Interrupt.prepareToQuit(children)
        #expect(!sleep.isRunning && !children.contains(sleep))
    }
}

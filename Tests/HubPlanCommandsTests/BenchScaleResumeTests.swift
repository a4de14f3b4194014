// `hubplan-bench scale --resume` as a user runs it: a second sitting adds only the runs the first one lacks.
import Foundation
import Testing

@Suite struct BenchScaleResumeTests {
    private func scale(_ out: String, seeds: String, limit: String = "5", resume: Bool) throws -> HubPlanRun {
        try HubPlanProcess.run(
            [
                "scale", "--families", "rural", "--rural-sizes", "40", "--rural-seeds", "1", "--no-peers",
                "--iterations", "30", "--time-limit", limit, "--seeds", seeds, "--out", out,
            ] + (resume ? ["--resume"] : []), executable: HubPlanProcess.bench)
    }

    @Test func aSecondSittingRunsOnlyTheMissingSeeds() throws {
        let out = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let first = try scale(out, seeds: "1", resume: false)
        #expect(first.status == 0, "\(first.stderr)")
        let firstLines = try String(contentsOfFile: out + "/scale.csv", encoding: .utf8).split(separator: "\n")
        let second = try scale(out, seeds: "0,1", resume: true)
        #expect(second.status == 0, "\(second.stderr)")
        // Only seed 0 ran; the table lists it first, as one sitting with seeds 0,1 would, and seed 1's line is
        // the first sitting's, unchanged.
        #expect(!second.stderr.contains("seed 1:") && second.stderr.contains("rural-n40-s1 seed 0:"))
        let lines = try String(contentsOfFile: out + "/scale.csv", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3 && lines[0] == firstLines[0] && lines[2] == firstLines[1])
        #expect(lines[1].hasPrefix("rural-n40-s1,") && lines[1].hasSuffix(",0"))
        #expect(second.stdout.contains("1 of the 2 full runs comes from earlier sittings (--resume)"))
        // A sitting with nothing left to run still writes the table in the selection's order.
        try ([lines[0], lines[2], lines[1]].joined(separator: "\n") + "\n")
            .write(toFile: out + "/scale.csv", atomically: true, encoding: .utf8)
        let third = try scale(out, seeds: "0,1", resume: true)
        #expect(third.status == 0 && !third.stderr.contains(" seed "), "\(third.stderr)")
        #expect(try String(contentsOfFile: out + "/scale.csv", encoding: .utf8).split(separator: "\n") == lines)
        // Another budget is refused, naming the table and the instance, and leaves the table alone.
        let other = try scale(out, seeds: "0,1", limit: "6", resume: true)
        #expect(other.status == 2)
        #expect(other.stderr.contains("scale.csv: rural-n40-s1 ran with 5 s, this run gives 6 s"))
        #expect(try String(contentsOfFile: out + "/scale.csv", encoding: .utf8).split(separator: "\n") == lines)
    }

    @Test func aRunCtrlCCutIsReportedButLeftForTheNextSitting() throws {
        let out = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let process = Process()
        process.executableURL = HubPlanProcess.bench
        process.arguments = [
            "scale", "--families", "rural", "--rural-sizes", "40", "--rural-seeds", "1", "--no-peers",
            "--time-limit", "60", "--out", out,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 2)  // past start-up, so the handler is installed and the search runs
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let table = try String(contentsOfFile: out + "/scale.md", encoding: .utf8)
        #expect(table.contains("**Interrupted (Ctrl-C)**") && table.contains("scale.csv leaves the cut run out."))
        #expect(table.contains("| rural-n40-s1 | 0 |"))
        let csv = try String(contentsOfFile: out + "/scale.csv", encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 1)  // the header alone
    }

    /// A 60-s rural run beside a stand-in peer that would sleep two minutes, started; returns it and the peer's
    /// pid once the peer runs (the harness installs its signal handlers before it starts a peer).
    private func runBesideASleepingPeer(_ out: String) throws -> (process: Process, peer: Int32) {
        let peers = out + "/peers"
        try FileManager.default.createDirectory(atPath: peers + "/.venv/bin", withIntermediateDirectories: true)
        // `exec`: the pid the harness stops is the sleep itself, so no orphan holds the output pipe open.
        try "#!/bin/sh\necho $$ > \(out)/peer.pid\nexec sleep 120\n".write(
            toFile: peers + "/.venv/bin/python", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: peers + "/.venv/bin/python")
        for script in ["cvrp_pyvrp.py", "vrptw_pyvrp.py"] {
            try "".write(toFile: peers + "/" + script, atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = HubPlanProcess.bench
        process.arguments = [
            "scale", "--families", "rural", "--rural-sizes", "40", "--rural-seeds", "1", "--time-limit", "60",
            "--peers-dir", peers, "--scripts-dir", peers, "--out", out,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<600 {
            let text = try? String(contentsOfFile: out + "/peer.pid", encoding: .utf8)
            if let text, text.hasSuffix("\n"), let pid = Int32(text.dropLast()) { return (process, pid) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.interrupt()
        throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: out + "/peer.pid"])
    }

    @Test func sigtermStopsThePeerAndEndsByTheSignal() throws {
        // A `timeout` or a scheduler ends the harness with SIGTERM: the peer must not outlive it.
        let out = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let (process, peer) = try runBesideASleepingPeer(out)
        defer { if kill(peer, 0) == 0 { kill(peer, SIGKILL) } }
        process.terminate()
        process.waitUntilExit()
        // By the signal, as without a handler: a caller sees a terminated process, not an exit code.
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
        #expect(kill(peer, 0) != 0, "the peer \(peer) outlived the harness")
    }

    @Test func ctrlCStopsThePeerToo() throws {
        // A stand-in peer that would run for two minutes: Ctrl-C must end it with our run, not wait it out.
        let out = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let (process, peer) = try runBesideASleepingPeer(out)
        defer { if kill(peer, 0) == 0 { kill(peer, SIGKILL) } }
        let interrupted = Date()
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(Date().timeIntervalSince(interrupted) < 30)
        #expect(kill(peer, 0) != 0, "the peer \(peer) outlived the harness")
        let table = try String(contentsOfFile: out + "/scale.md", encoding: .utf8)
        #expect(table.contains("**Interrupted (Ctrl-C)**") && table.contains("| rural-n40-s1 | 0 |"))
    }
}

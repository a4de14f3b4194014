// Hostile --out values: empty, a device, a file where a folder goes, a folder in use, stale temporary files.
import Foundation
import Testing

@testable import HubPlanCommands

struct OutputPathTests {
    static let tiny = HubPlanProcess.sample("tiny-roads.json")

    @Test func emptyOutIsRefusedByEveryCommand() throws {
        for arguments in [
            ["locate", Self.tiny, "--model", "p-median", "--p", "1", "--out", ""],
            ["route", Self.tiny, "--all", "--out", ""],
            ["codeliver", Self.tiny, "--all", "--out", ""],
            ["plan", Self.tiny, "--out", ""],
        ] {
            let run = try HubPlanProcess.run(arguments)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("--out is empty"), "\(arguments): \(run.stderr)")
        }
    }

    @Test func aDeviceIsNeverReplaced() throws {
        for arguments in [
            ["route", Self.tiny, "--all", "--out", "/dev/full"],
            ["locate", Self.tiny, "--model", "p-median", "--p", "1", "--out", "/dev/null"],
            ["network", "convert", Self.tiny, "/dev/full", "--to", "json"],
            ["locate", Self.tiny, "--model", "p-median", "--p", "1", "--export-lp", "/dev/full"],
        ] {
            let run = try HubPlanProcess.run(arguments)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("is a character device, not a regular file"), "\(arguments): \(run.stderr)")
        }
        #expect(OutputPath.kind(of: "/dev/full") == "a character device")
        #expect(OutputPath.kind(of: "/dev/null") == "a character device")
        #expect(throws: CommandLineError.self) { try AtomicFile.write("x", to: "/dev/full") }
    }

    @Test func foldersAndFilesAreNotConfused() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let file = (dir as NSString).appendingPathComponent("plain.txt")
        try "x".write(toFile: file, atomically: false, encoding: .utf8)
        let plan = try HubPlanProcess.run(["plan", Self.tiny, "--out", file])
        #expect(plan.status == 2 && plan.stderr.contains("is a regular file, not a folder"), "\(plan.stderr)")
        let route = try HubPlanProcess.run(["route", Self.tiny, "--all", "--out", dir])
        #expect(route.status == 2 && route.stderr.contains("is a folder, not a regular file"), "\(route.stderr)")
        let under = try HubPlanProcess.run(["route", Self.tiny, "--all", "--out", file + "/routes.json"])
        #expect(under.status == 2 && under.stderr.contains("is a regular file, not a folder"), "\(under.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
    }

    @Test func aSecondPlanIntoALockedFolderExitsTwoNamingTheHolder() throws {
        let out = (try HubPlanProcess.scratchFolder() as NSString).appendingPathComponent("out")
        let lock = try OutputLock(folder: out)
        let run = try HubPlanProcess.run(["plan", Self.tiny, "--out", out])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("is in use by another hubplan run (pid \(getpid()))"), "\(run.stderr)")
        #expect(throws: CommandLineError.self) { try OutputLock(folder: out) }
        withExtendedLifetime(lock) {}
    }

    @Test func theLockIsReleasedAndRemovedWhenItsHolderEnds() throws {
        let out = (try HubPlanProcess.scratchFolder() as NSString).appendingPathComponent("out")
        do { _ = try OutputLock(folder: out) }
        // The folder it created held nothing else: lock file and folder are gone.
        #expect(!FileManager.default.fileExists(atPath: out))
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        do { _ = try OutputLock(folder: out) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
        _ = try OutputLock(folder: out)
    }

    @Test func staleTemporaryFilesOfDeadProcessesAreRemoved() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = (dir as NSString).appendingPathComponent(".plan.json.\(finished.processIdentifier).tmp")
        let alive = (dir as NSString).appendingPathComponent(".plan.json.\(getppid()).tmp")
        let other = (dir as NSString).appendingPathComponent(".report.html.\(finished.processIdentifier).tmp")
        for path in [dead, alive, other] { try "half".write(toFile: path, atomically: false, encoding: .utf8) }
        try AtomicFile.write("{}", to: (dir as NSString).appendingPathComponent("plan.json"))
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: dir))
        #expect(left == ["plan.json", (alive as NSString).lastPathComponent, (other as NSString).lastPathComponent])
    }
}

// Tests of the child-process registry: each child ends the way it asks, once, whichever path comes first.
import Foundation
import SolverControl
import Testing

@Suite struct ChildProcessesTests {
    /// Starts `/bin/sh -c script` through `children`; `exec` in the script makes the pid stopped the program's own.
    private func start(
        _ script: String, in children: ChildProcesses, stopping: ChildProcesses.Stopping = .kill
    ) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        try children.run(process, stopping: stopping)
        return process
    }

    /// Waits (up to 10 s: a loaded machine) until `process` runs `program`, i.e. its shell has got to `exec`.
    private func waitUntilItRuns(_ program: String, _ process: Process) {
        let comm = "/proc/\(process.processIdentifier)/comm"
        for _ in 0..<200 where (try? String(contentsOfFile: comm, encoding: .utf8)) != program + "\n" {
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    @Test func stopAllEndsEveryChildTheWayItAsks() throws {
        let children = ChildProcesses()
        let killed = try start("exec sleep 120", in: children)
        // Ignores SIGTERM (an ignored signal stays ignored across exec): only the SIGKILL after the grace ends it.
        let stubborn = try start("trap '' TERM; exec sleep 120", in: children, stopping: .terminate(grace: 0.3))
        defer {
            for process in [killed, stubborn] where process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        waitUntilItRuns("sleep", stubborn)  // past the trap, which the shell sets before exec
        let started = Date()
        children.stopAll()
        let took = Date().timeIntervalSince(started)
        #expect(!killed.isRunning && killed.terminationReason == .uncaughtSignal && killed.terminationStatus == SIGKILL)
        #expect(!stubborn.isRunning && stubborn.terminationStatus == SIGKILL)
        #expect(took >= 0.3 && took < 5, "the grace is waited, then SIGKILL follows: \(took) s")
        #expect(!children.contains(killed) && !children.contains(stubborn))
    }

    @Test func aServerThatHeedsSIGTERMEndsWithinItsGrace() throws {
        let children = ChildProcesses()
        // A shell that exits on SIGTERM by its own trap, as a server cleans up and exits (it runs between sleeps).
        let server = try start(
            "trap 'exit 3' TERM; while :; do sleep 0.05; done", in: children, stopping: .terminate(grace: 30))
        defer { if server.isRunning { kill(server.processIdentifier, SIGKILL) } }
        Thread.sleep(forTimeInterval: 0.2)
        let started = Date()
        children.stop(server)
        #expect(!server.isRunning && Date().timeIntervalSince(started) < 10)
    }

    @Test func aChildIsStoppedOnceWhicheverPathComesFirst() throws {
        let children = ChildProcesses()
        let child = try start("exec sleep 120", in: children)
        defer { if child.isRunning { kill(child.processIdentifier, SIGKILL) } }
        #expect(children.contains(child))
        children.stop(child)
        #expect(!child.isRunning && !children.contains(child))
        // Later paths find nothing to do: a second stop, a stopAll, or the owner's remove.
        children.stop(child)
        children.stopAll()
        #expect(!children.remove(child))
    }

    @Test func aChildThatEndedOnItsOwnIsRemovedNotSignalled() throws {
        let children = ChildProcesses()
        let child = try start("exit 0", in: children)
        child.waitUntilExit()
        #expect(children.remove(child))
        #expect(!children.contains(child) && child.terminationStatus == 0 && child.terminationReason == .exit)
    }

    @Test func afterStopAllNothingStarts() throws {
        // A signal handler's stopAll is followed by the exit: a child started after it would outlive the program.
        let children = ChildProcesses()
        children.stopAll()
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString)")
        #expect(throws: ChildProcesses.Closed.self) { try start("touch \(marker.path)", in: children) }
        Thread.sleep(forTimeInterval: 0.2)
        #expect(!FileManager.default.fileExists(atPath: marker.path))
    }

    @Test func stopAllFromAnotherThreadFindsAChildStartedMeanwhile() throws {
        // A handler's stopAll racing starts: every child either never started or is stopped, none left running.
        let children = ChildProcesses()
        var started: [Process] = []
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.05)
            children.stopAll()
            stopped.signal()
        }
        var closed = false
        defer { for process in started where process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        // Bounded: a registry that never closes must fail the test, not start children forever.
        for _ in 0..<200 where !closed {
            do { started.append(try start("exec sleep 120", in: children)) } catch is ChildProcesses.Closed {
                closed = true
            }
        }
        stopped.wait()
        #expect(closed && !started.isEmpty)
        #expect(started.allSatisfy { !$0.isRunning }, "a child started as stopAll ran outlived it")
    }
}

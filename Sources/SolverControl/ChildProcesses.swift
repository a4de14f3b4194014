// The child processes this program started, by pid, so a handler that exits without unwinding can stop them first.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Child processes under way (an `osrm-routed`, a peer solver), each with how it is to be stopped.
///
/// An exit from a signal handler does not unwind, so no `defer` or `deinit` stops a child then: the handler calls
/// ``stopAll()`` on ``shared``, where the product registers every child. Ordinary paths stop their own child with
/// ``stop(_:)``; whichever comes first removes the child, so no child is signalled twice and no pid is signalled
/// after it was reaped. Tests make their own registry, since stopping ``shared`` would end other tests' children.
public final class ChildProcesses: @unchecked Sendable {
    /// How a child ends.
    public enum Stopping: Sendable {
        /// SIGKILL at once, for a child whose result is no longer wanted (a peer solver cut short): nothing of
        /// its own to clean up, and no handler of its can delay the end.
        case kill
        /// SIGTERM, then SIGKILL when it still runs after `grace` seconds, for a server that cleans up.
        case terminate(grace: Double)
    }

    /// The registry every child of this program is in.
    public static let shared = ChildProcesses()

    /// Thrown by ``run(_:stopping:)`` once ``stopAll()`` has run: the program is ending, so no child may start.
    public struct Closed: LocalizedError {
        public var errorDescription: String? { "the program is stopping: no new child process" }
    }

    private var running: [Int32: (process: Process, stopping: Stopping)] = [:]
    /// Set by ``stopAll()``: a child started after it would outlive the exit that follows.
    private var closed = false
    private let lock = NSLock()

    public init() {}

    /// Starts `process` and registers it, to be stopped the way `stopping` says.
    ///
    /// Both happen under the registry's lock: a signal handler's ``stopAll()`` either comes first (and this
    /// throws ``Closed`` without starting anything) or waits and finds the child. Registered after `run()`
    /// returned, a child started just as SIGTERM came would be missed and outlive the program (it did, now and
    /// then, in a test on a loaded machine).
    public func run(_ process: Process, stopping: Stopping) throws {
        lock.lock(); defer { lock.unlock() }
        if closed { throw Closed() }
        try process.run()
        running[process.processIdentifier] = (process, stopping)
    }

    /// Forgets `process` without stopping it (it ended on its own); true when it was still registered.
    @discardableResult
    public func remove(_ process: Process) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return running.removeValue(forKey: process.processIdentifier) != nil
    }

    /// Stops `process` and waits for it, unless ``stopAll()`` or an earlier call already took it; safe to repeat.
    public func stop(_ process: Process) {
        lock.lock(); let entry = running.removeValue(forKey: process.processIdentifier); lock.unlock()
        if let entry { end(entry.process, entry.stopping) }
    }

    /// Stops every registered child and waits for each (for signal handlers, before they exit); from then on
    /// ``run(_:stopping:)`` starts nothing.
    public func stopAll() {
        lock.lock(); closed = true; let all = Array(running.values); running.removeAll(); lock.unlock()
        for entry in all { end(entry.process, entry.stopping) }
    }

    /// Whether `process` is registered (not yet stopped or removed).
    public func contains(_ process: Process) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return running[process.processIdentifier] != nil
    }

    private func end(_ process: Process, _ stopping: Stopping) {
        guard process.isRunning else {
            process.waitUntilExit()
            return
        }
        let pid = process.processIdentifier
        switch stopping {
        case .kill:
            kill(pid, SIGKILL)
        case .terminate(let grace):
            kill(pid, SIGTERM)
            let deadline = Date().addingTimeInterval(grace)
            while process.isRunning && Date() < deadline { usleep(50_000) }
            if process.isRunning { kill(pid, SIGKILL) }
        }
        process.waitUntilExit()
    }
}

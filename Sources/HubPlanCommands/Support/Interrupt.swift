// Ctrl-C handling: the first SIGINT asks solvers to stop and return their best; the second exits at once.
import Dispatch
import Foundation
import SolverControl

/// Turns Ctrl-C into a cancellation token so long solves stop gracefully with the best plan so far.
public enum Interrupt {
    nonisolated(unsafe) private static var source: DispatchSourceSignal?
    private static let shared = CancellationToken()
    nonisolated(unsafe) private static var quitters: [@Sendable () -> Void] = []
    private static let lock = NSLock()

    /// Runs `body` before a second Ctrl-C quits: the exit does not unwind, so children started by pid (a peer
    /// solver in the benchmarks) would outlive it otherwise.
    public static func beforeQuit(_ body: @escaping @Sendable () -> Void) {
        lock.lock(); quitters.append(body); lock.unlock()
    }

    /// Runs what ``beforeQuit(_:)`` registered, in order; `internal` for tests, since quitting exits.
    static func runBeforeQuit() {
        lock.lock(); let all = quitters; lock.unlock()
        for body in all { body() }
    }

    /// A token tripped by the first Ctrl-C; installs the handler on first use.
    ///
    /// A second Ctrl-C exits with status 130 straight away, for a planner who does not want to wait.
    public static func token() -> CancellationToken {
        if source == nil {
            signal(SIGINT, SIG_IGN)
            let s = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            let token = shared
            s.setEventHandler {
                if token.isCancelled {
                    runBeforeQuit()
                    Foundation.exit(130)
                }
                FileHandle.standardError.write(
                    Data("\ninterrupted: stopping with the best plan so far (Ctrl-C again to quit)\n".utf8))
                token.cancel()
            }
            s.resume()
            source = s
        }
        return shared
    }
}

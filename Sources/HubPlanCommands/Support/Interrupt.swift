// Ctrl-C handling: the first SIGINT asks solvers to stop and return their best; the second exits at once.
import Dispatch
import Foundation
import SolverControl

/// Turns Ctrl-C into a cancellation token so long solves stop gracefully with the best plan so far.
public enum Interrupt {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let shared = CancellationToken()

    /// What the second Ctrl-C does before it exits: that exit does not unwind, so children started by pid (a peer
    /// solver in the benchmarks, an `osrm-routed`) would outlive it otherwise. `internal` for tests, which pass
    /// their own registry.
    static func prepareToQuit(_ children: ChildProcesses = .shared) { children.stopAll() }

    /// A token tripped by the first Ctrl-C; installs the handlers on first use.
    ///
    /// A second Ctrl-C exits with status 130 straight away, for a planner who does not want to wait. SIGTERM (a
    /// `timeout`, a scheduler cancelling a job) stops the children too, then ends the process by that signal, as
    /// it would have without a handler.
    public static func token() -> CancellationToken {
        if sources.isEmpty {
            let token = shared
            sources.append(
                handle(SIGINT) {
                    if token.isCancelled {
                        prepareToQuit()
                        Foundation.exit(130)
                    }
                    FileHandle.standardError.write(
                        Data("\ninterrupted: stopping with the best plan so far (Ctrl-C again to quit)\n".utf8))
                    token.cancel()
                })
            sources.append(
                handle(SIGTERM) {
                    prepareToQuit()
                    end(by: SIGTERM)
                })
        }
        return shared
    }

    /// Ends the process by signal `number`, as it would have ended without a handler: a caller (a shell, a
    /// scheduler) then sees a process terminated by that signal, not an exit status.
    static func end(by number: Int32) -> Never {
        // Dispatch receives signals blocked in its threads: unblocked here, with the default action back, the
        // signal raised on this thread ends the process as if never handled.
        signal(number, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(number)
        Foundation.exit(128 + number)
    }

    /// Runs `body` on a dispatch queue for each `signal`, in place of its default action (also `network roads`'
    /// handler, which stops OSRM and exits at once).
    static func handle(_ number: Int32, _ body: @escaping @Sendable () -> Void) -> DispatchSourceSignal {
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler(handler: body)
        source.resume()
        return source
    }
}

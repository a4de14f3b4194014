// Ctrl-C handling: the first SIGINT asks solvers to stop and return their best; the second exits at once.
import Dispatch
import Foundation
import SolverControl

/// Turns Ctrl-C into a cancellation token so long solves stop gracefully with the best plan so far.
public enum Interrupt {
    nonisolated(unsafe) private static var source: DispatchSourceSignal?
    private static let shared = CancellationToken()

    /// What the second Ctrl-C does before it exits: that exit does not unwind, so children started by pid (a peer
    /// solver in the benchmarks, an `osrm-routed`) would outlive it otherwise. `internal` for tests, which pass
    /// their own registry.
    static func prepareToQuit(_ children: ChildProcesses = .shared) { children.stopAll() }

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
                    prepareToQuit()
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

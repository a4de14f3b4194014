// What a benchmark table says when Ctrl-C cut its run short: its last row is not a full-budget result.
import SolverControl

enum BenchInterruption {
    /// The sentence a table's context line ends with once `token` was tripped, else nothing.
    static func note(_ token: CancellationToken) -> String {
        token.isCancelled
            ? " **Interrupted (Ctrl-C)**: the last row's runs stopped early and later runs did not start." : ""
    }
}

// Statistics a solver records for its result, echoed as progress lines when the caller asked for a log.
import Foundation
import SolverControl

/// Collects `(key, value)` facts in order and, with a log, prints each as it happens (`[ 1.23s] key: value`).
struct LocationTrace {
    private(set) var statistics: [(key: String, value: String)] = []
    let log: (@Sendable (String) -> Void)?
    let budget: TimeBudget

    /// Records a fact.
    mutating func note(_ key: String, _ value: String) {
        statistics.append((key, value))
        log?(String(format: "[%6.2fs] ", budget.elapsed) + key.replacingOccurrences(of: "_", with: " ") + ": " + value)
    }
}

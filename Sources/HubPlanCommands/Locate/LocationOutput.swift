// What the location commands share: number spelling and the stderr progress logger of --verbose.
import FacilityLocation
import Foundation

/// Output helpers shared by `solve pmed`, `solve cap`, `locate` and `bench location`.
package enum LocationOutput {
    /// `5819` for whole numbers (within 1e-7), `19240822.4486` otherwise, `-` for infinity.
    package static func format(_ x: Double) -> String {
        guard x.isFinite else { return "-" }
        if abs(x - x.rounded()) < 1e-7 && abs(x) < 1e15 { return String(Int64(x.rounded())) }
        return String(format: "%.4f", x)
    }

    /// "objective 5819, bound 5819, proven optimal, 0.01 s" (or the gap when not proven).
    static func summary(_ result: LocationResult) -> String {
        "objective \(format(result.objective)), bound \(format(result.bound)), "
            + (result.isOptimal ? "proven optimal" : "gap \(String(format: "%.4f%%", result.gap * 100))")
            + String(format: ", %.2f s", result.seconds)
    }

    /// A logger printing each line on stderr when `verbose`, else `nil`.
    static func logger(_ verbose: Bool) -> (@Sendable (String) -> Void)? {
        guard verbose else { return nil }
        return { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
}

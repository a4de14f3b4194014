// Parses the small argument languages of `hubplan locate`: hub ranges ("3-5") and centers per county ("1+").
import ArgumentParser
import FacilityLocation

/// Argument parsing shared by `locate`'s validate and run.
enum LocateArguments {
    /// "3-5" -> 3...5, "4" -> 4...4, nil -> nil.
    static func range(_ text: String?) throws -> ClosedRange<Int>? {
        guard let text else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        if parts.count == 1, let k = parts[0], k >= 1 { return k...k }
        if parts.count == 2, let a = parts[0], let b = parts[1], a >= 1, a <= b { return a...b }
        throw ValidationError("--p-range takes A-B with 1 <= A <= B, e.g. 3-5 (not \"\(text)\")")
    }

    /// "1+" at least one, "2" exactly two, "0-2" between zero and two.
    static func centerCount(_ text: String) throws -> CenterCount {
        if text.hasSuffix("+"), let k = Int(text.dropLast()), k >= 0 { return .atLeast(k) }
        if let k = Int(text), k >= 0 { return .exactly(k) }
        let parts = text.split(separator: "-").map { Int($0) }
        if parts.count == 2, let a = parts[0], let b = parts[1], a >= 0, a <= b {
            return a == 0 ? .atMost(b) : .between(a, b)
        }
        throw ValidationError("--centers-per-county takes K+ (at least K), K (exactly K) or A-B, not \"\(text)\"")
    }
}

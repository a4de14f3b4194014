// The errors of county routing and the co-delivery comparison: bad input (exit 2) or infeasible stops (exit 1).
import SolverControl

/// A county-routing failure that names the network, county, stop ids and field at fault.
public struct CountyRoutingError: CategorizedError, Equatable {
    /// Bad input (exit 2) or infeasible (exit 1).
    public let category: FailureCategory
    /// The message for a planner.
    public let message: String
    /// The stops that cannot be served, when the failure is about stops (empty otherwise).
    public let stops: [SkippedStop]

    /// Creates an error.
    public init(_ message: String, category: FailureCategory, stops: [SkippedStop] = []) {
        self.message = message
        self.category = category
        self.stops = stops
    }

    /// Malformed or inconsistent input.
    public static func badInput(_ message: String) -> CountyRoutingError { .init(message, category: .badInput) }

    /// Stops no vehicle of the fleet can serve; the message lists them.
    public static func infeasibleStops(_ stops: [SkippedStop]) -> CountyRoutingError {
        let shown = stops.prefix(20).map { "  \($0.node) (\($0.name), county \($0.county)): \($0.reason)" }
        let more = stops.count > 20 ? ["  ... and \(stops.count - 20) more"] : []
        let heavy = stops.contains { $0.reason.contains("largest usable van") && !$0.reason.contains("produce") }
        let hint =
            "use --skip-infeasible to plan the rest"
            + (heavy ? ", drop --no-split-heavy for direct trips to heavy stops" : "")
        return .init(
            (["\(stops.count) stop(s) cannot be served (\(hint)):"] + shown + more)
                .joined(separator: "\n"), category: .infeasible, stops: stops)
    }

    public var description: String { message }
}

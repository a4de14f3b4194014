// How a pipeline stage ended, as plan.json spells it: a closed set, so a verifier or report cannot misspell one.
import FacilityLocation

/// The stages of `hubplan plan`, in pipeline order.
public enum StageName: String, Codable, Sendable, CaseIterable {
    case centers, hubs, routes
}

/// How one stage of the plan ended.
public enum StageStatus: String, Codable, Sendable, CaseIterable {
    /// Proven optimal (location stages).
    case optimal
    /// A plan that meets every rule, not proven optimal (or a heuristic's result).
    case feasible
    /// The stage's model has no plan (proven).
    case infeasible
    /// The stage stopped before it found any plan.
    case noSolution = "no-solution"
    /// The stage ran, but its result breaks a rule (routes with violations).
    case withViolations = "with-violations"
    /// The stage did not run because the plan's time was up.
    case timeLimit = "time-limit"
    /// The stage did not run because it does not apply (e.g. no hub candidates); the note says why.
    case skipped

    /// The status of a location solve.
    public init(_ status: LocationStatus) {
        switch status {
        case .optimal: self = .optimal
        case .feasible: self = .feasible
        case .infeasible: self = .infeasible
        case .noSolution: self = .noSolution
        }
    }

    /// Whether the stage ran and its results are in the plan (and so must be verified).
    public var ran: Bool { self != .skipped && self != .timeLimit }
}

// What a location solver returns: the best plan found, its cost, a proven lower bound and how it stopped.

/// How a solve ended.
public enum LocationStatus: String, Sendable, Codable {
    /// The plan is proven optimal (the bound meets the objective).
    case optimal
    /// A feasible plan, not proven optimal (time limit or cancellation); ``LocationResult/gap`` says how close.
    case feasible
    /// The model has no feasible plan (proven).
    case infeasible
    /// The solver stopped before finding any plan.
    case noSolution = "no-solution"
}

/// The outcome of a location solve: plan, objective, proven bound and gap, and what the method did.
public struct LocationResult: Sendable {
    /// The best plan found, if any.
    public var solution: LocationSolution?
    /// Objective of ``solution`` (infinity when there is none).
    public var objective: Double
    /// A proven lower bound on the optimum (minimisation).
    public var bound: Double
    /// How the solve ended.
    public var status: LocationStatus
    /// Wall-clock seconds spent solving (reading the instance excluded).
    public var seconds: Double
    /// Facts about the method for logs and benchmark tables, in a stable order (e.g. `("nodes", "51")`).
    public var statistics: [(key: String, value: String)]
    /// Why the model is infeasible, naming the clients, sites or counties at fault (``LocationStatus/infeasible``).
    public var explanation: String?

    /// Creates a result.
    public init(
        solution: LocationSolution?, objective: Double, bound: Double, status: LocationStatus, seconds: Double,
        statistics: [(key: String, value: String)] = [], explanation: String? = nil
    ) {
        self.solution = solution
        self.objective = objective
        self.bound = bound
        self.status = status
        self.seconds = seconds
        self.statistics = statistics
        self.explanation = explanation
    }

    /// An infeasible result with its explanation.
    public static func infeasible(_ explanation: String, seconds: Double) -> LocationResult {
        LocationResult(
            solution: nil, objective: .infinity, bound: .infinity, status: .infeasible, seconds: seconds,
            explanation: explanation)
    }

    /// Relative gap `(objective - bound) / |objective|`, 0 when proven optimal, infinity without a plan.
    public var gap: Double {
        guard solution != nil, objective.isFinite else { return .infinity }
        if status == .optimal { return 0 }
        return max(0, objective - bound) / max(abs(objective), 1e-9)
    }

    /// Whether the plan is proven optimal.
    public var isOptimal: Bool { status == .optimal }
}

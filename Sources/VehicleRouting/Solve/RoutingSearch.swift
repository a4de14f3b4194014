// Which search solves an instance: the genetic search for small ones or long CVRP budgets, else the iterated one.
import SolverControl

/// The routing search algorithms.
public enum RoutingAlgorithm: String, Sendable, CaseIterable {
    /// By size and time: ``genetic`` below ``RoutingSearch/iteratedFromClients`` clients, or without times
    /// and with at least ``RoutingSearch/geneticFromSecondsPerClient`` seconds a client; ``iterated`` otherwise.
    case automatic
    /// ``HybridGeneticSearch``.
    case genetic
    /// ``IteratedLocalSearch``.
    case iterated
}

/// Runs the search an instance's size calls for.
public enum RoutingSearch {
    /// From this many clients on, ``RoutingAlgorithm/automatic`` runs the iterated local search: at and above
    /// it, the iterated search matched or beat the genetic one at equal time on every instance measured
    /// (docs/benchmarks/scale-ils.md).
    public static let iteratedFromClients = 300

    /// With at least this many seconds a client and no times (``ProblemData/isTimed``),
    /// ``RoutingAlgorithm/automatic`` runs the genetic search at any size. At PyVRP's published 2.4 s a client
    /// on CVRP X it ended cheaper than the walk, which has settled by then, on 6 of 7 runs, by 0.01-0.09%; at
    /// 1.2 s the walk won the one run (docs/benchmarks/long-budget-search.md). With times there are two runs at
    /// such a budget (R1_4_1, RC2_4_2), too few for a rule, and iteration limits say nothing of time: both keep
    /// the size rule.
    public static let geneticFromSecondsPerClient = 2.4

    /// The algorithm `algorithm` means for `data` with `seconds` to search (`nil`: no time limit).
    public static func resolve(
        _ algorithm: RoutingAlgorithm, for data: ProblemData, seconds: Double? = nil
    ) -> RoutingAlgorithm {
        guard algorithm == .automatic else { return algorithm }
        if data.numClients < iteratedFromClients { return .genetic }
        if let seconds, !data.isTimed, seconds >= geneticFromSecondsPerClient * Double(data.numClients) {
            return .genetic
        }
        return .iterated
    }

    /// Solves `data` with `algorithm` (resolved by size and the seconds `budget` allows), from `warmStart` if
    /// given, within `budget`.
    ///
    /// - Throws: ``RoutingError``, as the solvers' initialisers do.
    public static func solve(
        _ data: ProblemData, parameters: SolverParameters, algorithm: RoutingAlgorithm = .automatic,
        warmStart: Solution? = nil, budget: TimeBudget, progress: ((SolverProgress) -> Void)? = nil
    ) throws -> SolverResult {
        switch resolve(algorithm, for: data, seconds: budget.limit) {
        case .iterated:
            let search = try IteratedLocalSearch(data: data, parameters: parameters)
            search.warmStart = warmStart
            return search.solve(budget: budget, progress: progress)
        case .genetic, .automatic:
            let search = try HybridGeneticSearch(data: data, parameters: parameters)
            search.warmStart = warmStart
            return search.solve(budget: budget, progress: progress)
        }
    }
}

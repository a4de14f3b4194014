// Which search solves an instance: the genetic search for small ones, the iterated local search for large.
import SolverControl

/// The routing search algorithms.
public enum RoutingAlgorithm: String, Sendable, CaseIterable {
    /// By size: ``genetic`` below ``RoutingSearch/iteratedFromClients`` clients, ``iterated`` from there.
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

    /// The algorithm `algorithm` means for `data`.
    public static func resolve(_ algorithm: RoutingAlgorithm, for data: ProblemData) -> RoutingAlgorithm {
        guard algorithm == .automatic else { return algorithm }
        return data.numClients >= iteratedFromClients ? .iterated : .genetic
    }

    /// Solves `data` with `algorithm` (resolved by size), from `warmStart` if given, within `budget`.
    ///
    /// - Throws: ``RoutingError``, as the solvers' initialisers do.
    public static func solve(
        _ data: ProblemData, parameters: SolverParameters, algorithm: RoutingAlgorithm = .automatic,
        warmStart: Solution? = nil, budget: TimeBudget, progress: ((SolverProgress) -> Void)? = nil
    ) throws -> SolverResult {
        switch resolve(algorithm, for: data) {
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

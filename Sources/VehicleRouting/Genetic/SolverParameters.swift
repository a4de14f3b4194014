// The tunable parameters of the hybrid genetic search, with Vidal's (2022) published defaults.
import SolverControl

/// Parameters of ``HybridGeneticSearch``; the defaults are those of HGS-CVRP (Vidal 2022).
public struct SolverParameters: Sendable, Equatable {
    /// Seed of the random generator: the same data, seed and iteration count give the same solution.
    public var seed: UInt64 = 0
    /// Stop after this many iterations (crossover + local search), if set.
    public var maxIterations: Int?
    /// μ: the size a subpopulation is trimmed back to.
    public var populationSize = 25
    /// λ: how many offspring a subpopulation takes before it is trimmed.
    public var generationSize = 40
    /// Members protected by cost in the biased fitness.
    public var numElite = 4
    /// Closest members averaged for diversity.
    public var numClose = 5
    /// Γ: neighbours per client in the granular local search.
    public var granularity = 20
    /// Target share of feasible local-search results.
    public var targetFeasible = 0.2
    /// Penalty factor when too few results are feasible.
    public var penaltyIncrease = 1.2
    /// Penalty factor when too many results are feasible.
    public var penaltyDecrease = 0.85
    /// Chance that an infeasible result is repaired (searched again with heavier penalties).
    public var repairProbability = 0.5
    /// How much heavier the penalties are during repair.
    public var repairPenaltyFactor = 10.0
    /// How many local-search results from random giant tours seed a (re)started population; `nil` sizes it
    /// by the instance (``initialPopulation(clients:)``).
    public var initialPopulationSize: Int?
    /// The largest share of a time limit that seeding a population may take; the seeds made by then form the
    /// population (at least the nearest-neighbour one). Runs without a time limit always seed in full.
    public var seedingTimeShare = 0.15
    /// Iterations without a better solution before the population restarts.
    public var iterationsWithoutImprovement = 20_000
    /// Stop, rather than restart, after ``iterationsWithoutImprovement`` (a decomposition's subproblems).
    public var stopsWhenStalled = false
    /// Whether the search decomposes: searches parts of an elite solution again as smaller problems, every so
    /// many iterations (``Decomposition``, one depot and one vehicle type only).
    public var decomposes = Decomposes.automatic
    /// The decomposition's settings, when it runs.
    public var decomposition = DecompositionParameters()
    /// How parents make a child.
    public var crossover = Crossover.automatic
    /// How many routes Split may cut an OX child into, on the plain CVRP.
    public var childRoutes = ChildRoutes.fleet
    /// When the genetic search's local search runs SWAP* (the iterated search keeps ``SwapStarTiming/settled``).
    public var swapStar = SwapStarTiming.everyPass

    /// The defaults.
    public init() {}

    /// With ``maxIterations`` set, seeding stops after this many seeds per iteration (but at least
    /// ``minimumSeeds``) once a seed is feasible: a seed is a local search from a random tour, dearer than an
    /// iteration's, so a short search is not spent mostly on its first population (as a time limit caps it at
    /// ``seedingTimeShare``).
    public var seedsPerIteration = 0.2
    /// The fewest seeds an iteration budget cuts seeding to (``seedsPerIteration``).
    public var minimumSeeds = 4

    /// The seed population for `clients` clients: ``initialPopulationSize`` if set, else HGS's 4μ up to 400
    /// clients and μ above (PyVRP's choice). From random starts a local search at 1,000 clients takes about
    /// a hundred times as long as at 100, and 4μ of them used most of a one-minute budget (docs/profiles/).
    public func initialPopulation(clients: Int) -> Int {
        initialPopulationSize ?? (clients <= 400 ? 4 : 1) * populationSize
    }

    /// How many seeds are enough once one of them is feasible: ``seedsPerIteration`` a search iteration, at
    /// least ``minimumSeeds``, with ``maxIterations`` set and no ``initialPopulationSize``; else every seed
    /// (``initialPopulation(clients:)``). 500 iterations or more keep every seed; with 5, 4μ seeds were nearly all
    /// of the search's time (docs/profiles/seeding.md).
    public func enoughSeeds(clients: Int) -> Int {
        let full = initialPopulation(clients: clients)
        guard initialPopulationSize == nil, let maxIterations else { return full }
        return min(full, max(minimumSeeds, Int(seedsPerIteration * Double(maxIterations))))
    }
}

/// The crossover of the genetic search.
public enum Crossover: String, Sendable, Equatable, CaseIterable {
    /// SREX where the fleet has one vehicle type and there are time windows, OX and Split otherwise (the
    /// measured choice: docs/routing.md).
    case automatic
    /// Order crossover on giant tours, then Split (HGS-CVRP).
    case order
    /// Selective route exchange (PyVRP's default), for fleets of one vehicle type.
    case selectiveRouteExchange = "srex"
}

/// How many routes Split may cut an OX child's giant tour into (plain CVRP, where Split is linear).
public enum ChildRoutes: String, Sendable, Equatable, CaseIterable {
    /// Every route slot of the fleet.
    case fleet
    /// At most the first parent's routes, never fewer than the total load needs (HGS-CVRP's rule): a child
    /// cut into more routes than its parent has leaves its local search to empty the extra ones.
    case parent
}

/// Whether the genetic search decomposes (``Decomposition``), where the data has one depot and one vehicle type.
public enum Decomposes: String, Sendable, Equatable, CaseIterable {
    /// Without times, from ``DecompositionParameters/fromClients`` clients and
    /// ``DecompositionParameters/fromSecondsPerClient`` seconds a client: where it was measured beside PyVRP
    /// (docs/benchmarks/decomposition.md).
    case automatic
    /// Whatever the size and the time.
    case always
    /// Never.
    case never
}

/// When the genetic search's local search runs SWAP*, beside the node moves.
public enum SwapStarTiming: String, Sendable, Equatable, CaseIterable {
    /// After every node pass from the first, until neither moves (HGS-CVRP's order). The default: a child's
    /// local search then does the work HGS-CVRP's does (as many passes, node pairs and SWAP* pairs), and at
    /// equal time the search ran 1.17 times the iterations of ``settled`` at the same cost (14 runs, mean
    /// ratio 0.9998; docs/benchmarks/beside-hgs.md).
    case everyPass = "every-pass"
    /// Once the node passes have settled, and again while SWAP* moves (PyVRP's order).
    case settled
}

/// Why a solve stopped.
public enum StopReason: String, Sendable, Codable {
    /// The iteration limit was reached.
    case iterationLimit = "iterations"
    /// The time limit was reached.
    case timeLimit = "time-limit"
    /// The cancellation token was tripped (Ctrl-C).
    case cancelled
    /// ``SolverParameters/iterationsWithoutImprovement`` passed without a better solution, with
    /// ``SolverParameters/stopsWhenStalled`` set.
    case stalled

    /// Why a search must stop before iteration `iteration + 1` (its iteration limit, then the time limit or
    /// Ctrl-C), or `nil` to go on: the one rule both searches' loops follow.
    static func check(iteration: Int, maxIterations: Int?, budget: TimeBudget) -> StopReason? {
        if let maxIterations, iteration >= maxIterations { return .iterationLimit }
        if budget.isExhausted { return budget.isCancelled ? .cancelled : .timeLimit }
        return nil
    }
}

/// What ``HybridGeneticSearch/solve(budget:progress:)`` returns.
public struct SolverResult: Sendable {
    /// The best solution: the best feasible one if any was found, otherwise the least infeasible.
    public var solution: Solution
    /// Its distance, cost and excess load.
    public var stats: SolutionStats
    /// Whether ``solution`` respects every constraint (and, with several trips a day, its trips fit the fleet).
    public var isFeasible: Bool
    /// With several trips a day (some ``VehicleType/maxTrips`` above 1): the vehicle-days (``TripChaining``).
    public var trips: TripPlan?
    /// Iterations performed.
    public var iterations: Int
    /// Local searches from random giant tours made to seed the population (restarts included).
    public var seeds = 0
    /// Wall-clock seconds spent.
    public var seconds: Double
    /// Why the search stopped.
    public var stopReason: StopReason
}

/// A report sent when the search finds a better feasible solution.
public struct SolverProgress: Sendable {
    /// Iterations so far.
    public var iteration: Int
    /// Seconds since the start.
    public var seconds: Double
    /// Cost of the new best solution.
    public var cost: Int
}

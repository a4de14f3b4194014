// Solves one depot's routing problem within a time slice and turns the solver's routes into planned routes.
import RoadNetwork
import SolverControl
import VehicleRouting

/// The routes of one depot, with the solver's own view kept for verification.
public struct DepotRouting: Sendable {
    /// The problem solved.
    public let instance: CountyRoutingInstance
    /// What the solver read: the instance's full model.
    public var solverData: ProblemData { instance.data }
    /// The solver's routes, in ``solverData``'s locations and vehicle types.
    public let solution: Solution
    /// The routes in planners' units, direct trips included.
    public let routes: [PlannedRoute]
    /// Whether the solver found a solution feasible for what it read.
    public let solverFeasible: Bool
    /// Whether the search ran its full time.
    public let complete: Bool
    /// Search seconds.
    public let seconds: Double

    /// Searches `instance` for `seconds` or `maxIterations` (or until `cancellation`), from `warmStart` when
    /// given (a re-plan's previous routes, ``RouteWarmStart``). The search reads `searchData` instead of the
    /// instance's data when given (a re-plan's stability charge, ``RouteStability``); routes are measured and
    /// checked on the instance's own data.
    ///
    /// A search that ends without a feasible plan (a slice too short for the first generation, as a small
    /// carrier's share of a county's seconds can be) is run again with twice the time (at least a second), up to
    /// three times, never past `deadline` (a plan's total limit).
    public init(
        instance: CountyRoutingInstance, network: Network, seconds: Double, seed: UInt64,
        maxIterations: Int? = nil, cancellation: CancellationToken?, warmStart: Solution? = nil,
        searchData: ProblemData? = nil, deadline: TimeBudget? = nil
    ) throws(CountyRoutingError) {
        self.instance = instance
        var result = try DepotRouting.search(
            instance, seconds: seconds, seed: seed, maxIterations: maxIterations,
            cancellation: cancellation, warmStart: warmStart, data: searchData)
        var spent = result.seconds, slice = seconds
        // More time only helps a search stopped by time: with an iteration count the same seed repeats the same run.
        for _ in 0..<(maxIterations == nil ? 3 : 0)
        where !result.isFeasible && result.stopReason != .cancelled && !(deadline?.isExhausted ?? false) {
            slice = min(max(2 * slice, 1), deadline?.remaining ?? .infinity)
            let again = try DepotRouting.search(
                instance, seconds: slice, seed: seed, maxIterations: maxIterations,
                cancellation: cancellation, warmStart: warmStart, data: searchData)
            spent += again.seconds
            if again.isFeasible || again.stats.excessLoad < result.stats.excessLoad { result = again }
        }
        result.seconds = spent
        solution = result.solution
        solverFeasible = result.isFeasible
        complete = result.stopReason != .cancelled
        self.seconds = result.seconds
        let first = instance.data.numDepots
        var routes = result.solution.routes.map { route in
            RouteMeasure.route(
                route.visits.map { $0 - first }, van: route.vehicleType,
                instance: instance, network: network)
        }
        for trip in instance.directTrips {
            routes += RouteMeasure.directTrips(trip, instance: instance, network: network)
        }
        self.routes = routes
    }

    /// Iterated-search iterations run for each genetic iteration a scenario's `routing_iterations` (or
    /// `--iterations`) asks for: on Pingshan's 700 stops a genetic iteration (a full local search of a child)
    /// took about as much CPU as 100-130 iterated ones (docs/benchmarks/scale-ils.md), so a fixed count buys
    /// about the search work it bought before.
    static let iteratedPerGenetic = 100

    /// One run of the routing search, tuned for a county's few seconds. From
    /// ``RoutingSearch/iteratedFromClients`` stops on, the iterated local search; below, the hybrid genetic
    /// search with a small population (5 + 10) so the first generation finishes, and every infeasible child
    /// repaired with 100x penalties, because the penalty weights adapt only every 100 local searches and such
    /// a run performs fewer.
    private static func search(
        _ instance: CountyRoutingInstance, seconds: Double, seed: UInt64, maxIterations: Int?,
        cancellation: CancellationToken?, warmStart: Solution?, data: ProblemData?
    ) throws(CountyRoutingError) -> SolverResult {
        var parameters = SolverParameters()
        parameters.seed = seed
        parameters.maxIterations = maxIterations
        parameters.populationSize = 5
        parameters.generationSize = 10
        parameters.repairProbability = 1
        parameters.repairPenaltyFactor = 100
        do {
            let budget = TimeBudget(seconds: seconds, cancellation: cancellation)
            // A re-plan's stability charge is in the data the search reads (RouteStability), not in the instance.
            let searched = data ?? instance.data
            // By size alone: a county's seconds are far from the long-budget rule, and its genetic settings
            // here are for short runs.
            if RoutingSearch.resolve(.automatic, for: searched) == .iterated {
                // A large county: the iterated search (docs/benchmarks/scale-ils.md); an iteration count keeps
                // the work of the genetic iterations it stands for.
                parameters.maxIterations = maxIterations.map { $0 * iteratedPerGenetic }
                return try RoutingSearch.solve(
                    searched, parameters: parameters, algorithm: .iterated, warmStart: warmStart, budget: budget)
            }
            let search = try HybridGeneticSearch(data: searched, parameters: parameters)
            search.warmStart = warmStart
            return search.solve(budget: budget)
        } catch let error as RoutingError {
            throw .init("county \(instance.county): \(error.message)", category: error.category)
        } catch {
            throw .badInput("county \(instance.county): \(error)")
        }
    }

    /// Whether every route keeps every constraint of the full model and the solver's view is feasible.
    public var feasible: Bool { solverFeasible && routes.allSatisfy(\.violations.isEmpty) }
}

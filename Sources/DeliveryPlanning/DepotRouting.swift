// Solves one depot's routing problem within a time slice and turns the solver's routes into planned routes.
import RoadNetwork
import SolverControl
import VehicleRouting

/// The routes of one depot, with the solver's own view kept for verification.
public struct DepotRouting: Sendable {
    /// The problem solved.
    public let instance: CountyRoutingInstance
    /// What the solver read (the full model, or its relaxation; see ``relaxed``).
    public let solverData: ProblemData
    /// The solver's routes, in ``solverData``'s locations and vehicle types.
    public let solution: Solution
    /// The routes in planners' units, direct trips included.
    public let routes: [PlannedRoute]
    /// Features relaxed while searching.
    public let relaxed: [String]
    /// Whether the solver found a solution feasible for what it read.
    public let solverFeasible: Bool
    /// Whether the search ran its full time.
    public let complete: Bool
    /// Search seconds.
    public let seconds: Double

    /// Searches `instance` for `seconds` (or until `cancellation`).
    public init(instance: CountyRoutingInstance, network: Network, seconds: Double, seed: UInt64,
                cancellation: CancellationToken?) throws(CountyRoutingError) {
        self.instance = instance
        let relaxation = try SolverRelaxation(full: instance.data)
        solverData = relaxation.data
        relaxed = relaxation.relaxed
        var parameters = SolverParameters()
        parameters.seed = seed
        let result: SolverResult
        do {
            let search = try HybridGeneticSearch(data: relaxation.data, parameters: parameters)
            result = search.solve(budget: TimeBudget(seconds: seconds, cancellation: cancellation))
        } catch let error as RoutingError {
            throw .init("county \(instance.county): \(error.message)", category: error.category)
        } catch {
            throw .badInput("county \(instance.county): \(error)")
        }
        solution = result.solution
        solverFeasible = result.isFeasible
        complete = result.stopReason != .cancelled
        self.seconds = result.seconds
        let first = instance.data.numDepots
        var routes = result.solution.routes.map { route in
            RouteMeasure.route(route.visits.map { $0 - first }, van: relaxation.vanOfType[route.vehicleType],
                               instance: instance, network: network)
        }
        for trip in instance.directTrips { routes += RouteMeasure.directTrips(trip, instance: instance, network: network) }
        self.routes = routes
    }

    /// Whether every route keeps every constraint of the full model and the solver's view is feasible.
    public var feasible: Bool { solverFeasible && routes.allSatisfy(\.violations.isEmpty) }
}

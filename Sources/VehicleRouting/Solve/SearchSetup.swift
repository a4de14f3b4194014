// What both routing searches build first: the input checks, the greedy tour, the route slots, the local search.

/// The parts ``HybridGeneticSearch`` and ``IteratedLocalSearch`` set up alike from the data and parameters.
struct SearchSetup {
    /// The nearest-neighbour giant tour (``ConstructiveStart``): it sizes an unlimited fleet and starts the search.
    let greedyTour: [Int32]
    /// The vehicle type of each route slot, grouped by type (``HybridGeneticSearch/routeSlots(data:greedyTour:)``).
    let slotTypes: [Int]
    /// Each client's granular neighbours.
    let neighbourhood: Neighbourhood
    /// The local search over those slots and neighbours.
    let localSearch: LocalSearch

    /// Checks `data` and builds the parts.
    ///
    /// - Throws: ``RoutingError``: bad input when the data uses a feature the solvers do not honour yet;
    ///   infeasible when some client cannot be served by any vehicle (``InfeasibilityDiagnosis``); bad input
    ///   when the granularity is not positive (a neighbourhood of no clients searches nothing).
    init(data: ProblemData, parameters: SolverParameters) throws {
        guard parameters.granularity >= 1 else {
            throw RoutingError.badInput("granularity \(parameters.granularity) is not a positive number of neighbours")
        }
        let unsupported = data.unsupportedFeatures
        guard unsupported.isEmpty else {
            throw RoutingError.badInput("the CVRP solver does not handle " + unsupported.joined(separator: ", "))
        }
        try InfeasibilityDiagnosis.check(data)
        greedyTour = ConstructiveStart.nearestNeighbourTour(data: data)
        slotTypes = try HybridGeneticSearch.routeSlots(data: data, greedyTour: greedyTour)
        neighbourhood = Neighbourhood(data: data, granularity: parameters.granularity)
        localSearch = LocalSearch(
            data: data, vehicleTypeOfRoute: slotTypes, neighbourhood: neighbourhood,
            granularity: parameters.granularity)
    }
}

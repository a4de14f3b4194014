// Drops, by name, the constraints the routing solver cannot carry yet, so the caller can say which were relaxed.
import VehicleRouting

/// The problem the solver accepts, derived from the full model by relaxing exactly the features
/// ``ProblemData/unsupportedFeatures`` names, and the list of what was relaxed.
///
/// Routes found on the relaxation are measured against the full model (``RouteMeasure``), so a broken time
/// window, shift or cold-chain rule shows up as a violation in the output, never silently.
struct SolverRelaxation {
    /// What the solver reads.
    let data: ProblemData
    /// The features of the full model that were relaxed (empty when the solver carries everything).
    let relaxed: [String]
    /// Full-model van type of each solver vehicle type.
    let vanOfType: [Int]

    /// The name listed when fixed van costs are left out of the search objective.
    static let fixedCosts = "fixed van costs in the search objective"

    /// Relaxes `full` until the solver accepts it.
    ///
    /// - Throws: ``CountyRoutingError`` (bad input) when the solver names a feature this code cannot relax.
    init(full: ProblemData) throws(CountyRoutingError) {
        let features = full.unsupportedFeatures
        var clients = full.clients
        var types = full.vehicleTypes
        var vanOfType = Array(types.indices)
        for feature in features {
            switch feature {
            case "several vehicle types":
                // Keep the first (default) van: the search then plans with it alone.
                types = [types[0]]
                vanOfType = [0]
            case "pickups":
                for k in clients.indices { clients[k].pickup = 0 }
            case "time windows":
                for k in clients.indices { clients[k].earliestStart = 0; clients[k].latestStart = .max }
            case "service durations":
                for k in clients.indices { clients[k].serviceDuration = 0 }
            case "route duration or distance limits":
                for t in types.indices {
                    types[t].maxDuration = .max; types[t].maxDistance = .max; types[t].unitDurationCost = 0
                }
            default:
                throw .badInput("the routing solver does not handle \(feature), and county routing cannot relax it")
            }
        }
        // The CVRP core's local search does not terminate when vehicle types carry fixed costs (seen on the
        // Yanggao sample: Swap/SWAP* keep applying moves); until the solver handles them, the search minimises
        // running costs only. Reports still charge every van its fixed cost.
        var relaxed = features
        if types.contains(where: { $0.fixedCost != 0 }) {
            for t in types.indices { types[t].fixedCost = 0 }
            relaxed.append(SolverRelaxation.fixedCosts)
        }
        self.relaxed = relaxed
        self.vanOfType = vanOfType
        do {
            data = try ProblemData(depots: full.depots, clients: clients, vehicleTypes: types, distances: full.distances,
                                   durations: full.durations, scale: full.scale)
        } catch {
            throw .badInput("county routing: \(error)")
        }
        let left = data.unsupportedFeatures
        guard left.isEmpty else {
            throw .badInput("the routing solver still refuses " + left.joined(separator: ", ") + " after relaxing")
        }
    }
}

// Route-based decomposition (Santini, Schneider, Vidal and Vigo 2023): an elite solution's routes, grouped by
// the polar angle of their barycentres, searched again group by group as problems of their own.
import SolverControl

/// The settings of the genetic search's decomposition step. The defaults are those of Santini et al.'s HGS
/// with decomposition (`cvrp-decomposition`, HGS-TV): every 500 iterations, at most 200 clients a
/// subproblem, 10,000 iterations or 1,000 without a better solution each, μ 12, λ 20, 2 elite, the solution
/// drawn among the best quarter.
public struct DecompositionParameters: Sendable, Equatable {
    /// Iterations of the whole search between two decompositions.
    public var every = 500
    /// The most clients a subproblem takes: a group of routes closes before a route would take it past this
    /// (a route with more clients is a group of its own).
    public var targetClients = 200
    /// A subproblem's search stops after this many iterations ...
    public var maxIterations = 10_000
    /// ... or after this many without a better solution.
    public var iterationsWithoutImprovement = 1_000
    /// μ, λ and the elite of a subproblem's population.
    public var populationSize = 12
    public var generationSize = 20
    public var numElite = 2
    /// A subproblem's seed population; `nil`: by its size, as the whole search's (4μ up to 400 clients).
    public var initialPopulationSize: Int?
    /// The decomposed solution is drawn among this best share of the feasible members (at least the best).
    public var eliteShare = 0.25
    /// ``Decomposes/automatic`` decomposes from this many clients ...
    public var fromClients = 600
    /// ... with at least this many seconds a client (PyVRP's published budget, where it was measured).
    public var fromSecondsPerClient = 2.4

    /// The defaults.
    public init() {}
}

/// Searches parts of a solution again as smaller problems. The routes, in the polar order of their
/// barycentres around the depot (``Individual``'s order), are cut from a random route on into groups of
/// consecutive routes; each group's clients, with the depot and the same vehicle type, form a problem that a
/// genetic search of its own starts from the group's routes. A group's routes are replaced only when that
/// search found a cheaper feasible solution, so the result never costs more than the solution it came from.
/// A subproblem gives as many vehicles as its group has routes when the fleet is counted, so the whole never
/// uses more than exist. Everything random comes from the caller's generator: the same seed and iteration
/// counts give the same routes.
struct Decomposition {
    let data: ProblemData
    /// The whole search's parameters; a subproblem's search takes them with ``settings``' sizes and limits.
    let parameters: SolverParameters
    var settings: DecompositionParameters { parameters.decomposition }

    /// Whether `data` decomposes by routes: one depot and one vehicle type that starts and ends there and runs
    /// one trip a day, so that any group of routes with its clients is a problem of the same kind.
    static func applies(to data: ProblemData) -> Bool {
        guard data.numDepots == 1, data.vehicleTypes.count == 1 else { return false }
        let type = data.vehicleTypes[0]
        return type.startDepot == 0 && type.endDepot == 0 && type.maxTrips == 1
    }

    /// Whether `choice` decomposes `data` with `seconds` to search (`nil`: no time limit).
    static func runs(
        _ choice: Decomposes, data: ProblemData, settings: DecompositionParameters, seconds: Double?
    )
        -> Bool
    {
        guard applies(to: data) else { return false }
        switch choice {
        case .never: return false
        case .always: return true
        case .automatic:
            guard let seconds, !data.isTimed, data.numClients >= settings.fromClients else { return false }
            return seconds >= settings.fromSecondsPerClient * Double(data.numClients)
        }
    }

    /// Route indices in groups: consecutive from `start`, wrapping round, each closed before the next route
    /// would take it past `targetClients` clients.
    static func groups(routeSizes: [Int], start: Int, targetClients: Int) -> [[Int]] {
        var groups: [[Int]] = []
        var current: [Int] = []
        var clients = 0
        for k in routeSizes.indices {
            let route = (start + k) % routeSizes.count
            if !current.isEmpty && clients + routeSizes[route] > targetClients {
                groups.append(current)
                current = []
                clients = 0
            }
            current.append(route)
            clients += routeSizes[route]
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    /// `routes` (non-empty, client locations) with every group searched again, group after group; `nil` when
    /// they make fewer than two groups. Groups the budget leaves no time for keep their routes.
    func improve(_ routes: [[Int]], random: inout SeededGenerator, budget: TimeBudget) -> [[Int]]? {
        guard routes.count > 1 else { return nil }
        let groups = Self.groups(
            routeSizes: routes.map(\.count), start: random.next(below: routes.count),
            targetClients: settings.targetClients)
        guard groups.count > 1 else { return nil }
        var result: [[Int]] = []
        for group in groups {
            let part = group.map { routes[$0] }
            let seed = random.next()
            if budget.isExhausted {
                result += part
            } else {
                result += (try? search(part, seed: seed, budget: budget)) ?? part
            }
        }
        return result
    }

    /// The routes `part` as found by a search of their clients alone, or `part` itself unless that search
    /// found a cheaper feasible solution.
    func search(_ part: [[Int]], seed: UInt64, budget: TimeBudget) throws -> [[Int]] {
        // Location k of the subproblem is location `locations[k]` of the whole.
        let locations = [0] + part.flatMap { $0 }
        var type = data.vehicleTypes[0]
        if type.count != nil { type.count = part.count }
        let sub = try ProblemData(
            depots: data.depots, clients: locations.dropFirst().map { data.client(at: $0) }, vehicleTypes: [type],
            distances: data.distances.restricted(to: locations), durations: data.durations.restricted(to: locations),
            scale: data.scale)
        var visits: [[Int]] = []
        var placed = 0
        for route in part {
            visits.append(Array((placed + 1)..<(placed + 1 + route.count)))
            placed += route.count
        }
        let start = Solution(visits: visits)
        var subParameters = parameters
        subParameters.seed = seed
        subParameters.maxIterations = settings.maxIterations
        subParameters.iterationsWithoutImprovement = settings.iterationsWithoutImprovement
        subParameters.stopsWhenStalled = true
        subParameters.populationSize = settings.populationSize
        subParameters.generationSize = settings.generationSize
        subParameters.numElite = settings.numElite
        subParameters.initialPopulationSize = settings.initialPopulationSize
        subParameters.decomposes = .never
        let solver = try HybridGeneticSearch(data: sub, parameters: subParameters)
        solver.warmStart = start
        let found = solver.solve(budget: budget.slice(seconds: nil))
        guard found.isFeasible, found.stats.cost < SolutionStats(start, data: sub).cost else { return part }
        return found.solution.routes.map { $0.visits.map { locations[$0] } }
    }
}

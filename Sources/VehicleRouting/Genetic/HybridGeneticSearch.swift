// The hybrid genetic search for the CVRP (Vidal 2022): crossover, Split, local search, population, restarts.
import SolverControl

/// A hybrid genetic search solver for vehicle routing: capacities (with pickups), time windows, service
/// times, shifts, route duration and distance limits, mixed fleets, several depots and cold chain.
///
/// Each iteration picks two parents by binary tournament, crosses them (their giant tours by OX, then Split
/// into routes; or, with one vehicle type and time windows, their routes by SREX), improves the child by
/// ``LocalSearch`` under the current penalties, adds it to the population, and
/// sometimes repairs an infeasible child with heavier penalties. Penalties adapt towards a feasible share;
/// after many iterations without improvement the population restarts. When it decomposes
/// (``SolverParameters/decomposes``), every so many iterations an elite member's routes are searched again
/// in groups as problems of their own (``Decomposition``), and the result joins the population. Everything
/// random comes from one ``SeededGenerator``: the same data, seed and iteration count give the same result,
/// and only where a time limit cuts the run depends on the clock.
///
/// The fleet is a list of route slots, each running one vehicle type: a type with a count K gets exactly K
/// slots, so no solution uses more vehicles than exist; a type without one gets enough slots that the limit
/// never binds. Violated capacities, time windows and limits are penalised during search
/// (``CostEvaluator``) and only feasible solutions count as found.
public final class HybridGeneticSearch {
    /// The problem being solved.
    public let data: ProblemData
    /// The parameters in force.
    public let parameters: SolverParameters
    /// The vehicle type of each route slot, grouped by type.
    private let slotTypes: [Int]
    private let localSearch: LocalSearch
    private let split: Split
    /// The exact split for the rich variants, or `nil` for the plain CVRP (then ``split`` runs in linear time).
    private let generalSplit: GeneralSplit?
    private var crossover: OrderCrossover
    /// SREX for fleets of one vehicle type with time windows, where it is what lets the search keep pace.
    private var routeExchange: SelectiveRouteExchange?
    private var penalties: PenaltyManager
    private let population: Population
    private var random: SeededGenerator
    /// The nearest-neighbour giant tour (``ConstructiveStart``): it sizes an unlimited fleet and seeds every
    /// population.
    private let greedyTour: [Int32]
    /// The fewest routes that can carry the total delivery (one vehicle type; 0 otherwise).
    private let loadBoundRoutes: Int
    /// Routes the search starts from (``WarmStart``: cleaned, repaired, completed); `nil`: a cold start.
    public var warmStart: Solution?

    /// Prepares a solver for `data`.
    ///
    /// - Throws: ``RoutingError``: bad input when the data uses a feature this solver does not honour yet;
    ///   infeasible when some client cannot be served by any vehicle (``InfeasibilityDiagnosis``).
    public init(data: ProblemData, parameters: SolverParameters = SolverParameters()) throws {
        let setup = try SearchSetup(data: data, parameters: parameters)
        self.data = data
        self.parameters = parameters
        greedyTour = setup.greedyTour
        slotTypes = setup.slotTypes
        localSearch = setup.localSearch
        localSearch.swapStar = parameters.swapStar
        split = Split(numClients: data.numClients, maxRoutes: slotTypes.count)
        generalSplit = data.splitsInLinearTime ? nil : GeneralSplit(data: data, slotTypes: slotTypes)
        crossover = OrderCrossover(numLocations: data.numLocations)
        loadBoundRoutes =
            data.vehicleTypes.count == 1 ? data.loadBoundRoutes(capacity: data.vehicleTypes[0].capacity) : 0
        let oneType = data.vehicleTypes.count == 1 && data.vehicleTypes[0].startDepot == data.vehicleTypes[0].endDepot
        let useExchange: Bool
        switch parameters.crossover {
        case .automatic: useExchange = oneType && data.isTimed
        case .order: useExchange = false
        case .selectiveRouteExchange: useExchange = oneType
        }
        routeExchange = useExchange ? SelectiveRouteExchange(numLocations: data.numLocations) : nil
        penalties = PenaltyManager(
            initial: PenaltyManager.initialEvaluator(data: data),
            targetFeasible: parameters.targetFeasible, increase: parameters.penaltyIncrease,
            decrease: parameters.penaltyDecrease)
        population = Population(
            minimumSize: parameters.populationSize, generationSize: parameters.generationSize,
            numElite: parameters.numElite, numClose: parameters.numClose,
            firstClient: data.numDepots)
        random = SeededGenerator(seed: parameters.seed)
    }

    /// The vehicle type of every route slot: K slots for a type with count K, ``unlimitedSlots(data:capacity:)``
    /// for a type without a count.
    static func routeSlots(data: ProblemData, greedyTour: [Int32]) throws -> [Int] {
        var slots: [Int] = []
        let limited = data.isTimed || data.vehicleTypes.contains { $0.maxDistance != Int.max }
        let unlimited = data.vehicleTypes.contains { $0.count == nil }
        let strictRoutes = limited && unlimited ? strictSplitRoutes(data: data, tour: greedyTour) : 0
        for (t, type) in data.vehicleTypes.enumerated() {
            // Several trips a day: each vehicle may run maxTrips routes (chained into days after solving).
            let count =
                type.count.map { $0 * type.maxTrips }
                ?? max(unlimitedSlots(data: data, capacity: type.capacity), min(data.numClients, 2 * strictRoutes))
            slots += [Int](repeating: t, count: count)
        }
        guard !slots.isEmpty || data.numClients == 0 else {
            throw RoutingError.infeasible("the fleet has no vehicle but there are \(data.numClients) clients")
        }
        return slots.isEmpty ? [0] : slots
    }

    /// How many routes the nearest-neighbour tour needs when cut so that no constraint breaks: with time windows,
    /// shifts or distance limits, capacity alone says too little of how many routes a feasible plan needs (a
    /// carrier's 546 light stops fit 3 vans but not 3 eight-hour shifts).
    static func strictSplitRoutes(data: ProblemData, tour: [Int32]) -> Int {
        let probe = GeneralSplit(data: data, slotTypes: [Int](repeating: 0, count: data.numClients))
        let initial = PenaltyManager.initialEvaluator(data: data)
        let routes = probe.split(tour, evaluator: ConstructiveStart.strictEvaluator(data: data, base: initial))
        return routes.count { !$0.isEmpty }
    }

    /// Route slots for an unlimited fleet: enough that the limit never binds in practice (HGS's 1.3 × the
    /// load bound + 3), and never fewer than a first-fit-decreasing packing needs, so feasibility is reachable.
    /// Loads count the larger of a client's delivery and pickup: where produce collected outweighs parcels
    /// delivered (a postal run), deliveries alone would size the fleet too small.
    static func unlimitedSlots(data: ProblemData, capacity: Int) -> Int {
        let loads = data.clients.map { max($0.delivery, $0.pickup) }.sorted(by: >)
        var bins: [Int] = []
        for load in loads {
            if let k = bins.firstIndex(where: { $0 + load <= capacity }) {
                bins[k] += load
            } else {
                bins.append(load)
            }
        }
        let total = max(data.totalDelivery, data.clients.reduce(0) { $0 + $1.pickup })
        let bound = Int((1.3 * Double(total) / Double(max(1, capacity))).rounded(.up)) + 3
        return max(1, min(data.numClients, max(bound, bins.count + 2)))
    }

    /// Runs until the budget or ``SolverParameters/maxIterations`` is exhausted; returns the best solution.
    ///
    /// `progress` is called (on the solving thread) each time a better feasible solution is found.
    public func solve(budget: TimeBudget, progress: ((SolverProgress) -> Void)? = nil) -> SolverResult {
        var best: Individual?
        var bestInfeasible: Individual?
        var iteration = 0
        var sinceImprovement = 0
        var educated = 0
        var seeds = 0
        var bestOfRun = Double.infinity
        // Whether it decomposes depends on the time as well as the data (Decomposition.runs).
        let decomposition =
            Decomposition.runs(
                parameters.decomposes, data: data, settings: parameters.decomposition, seconds: budget.limit)
            ? Decomposition(data: data, parameters: parameters) : nil

        func consider(_ individual: Individual) {
            if individual.isFeasible {
                if best == nil || individual.stats.cost < best!.stats.cost {
                    best = individual
                    progress?(
                        SolverProgress(
                            iteration: iteration, seconds: budget.elapsed,
                            cost: individual.stats.cost))
                }
            } else if best == nil,
                bestInfeasible == nil || violation(individual.stats) < violation(bestInfeasible!.stats)
                    || (violation(individual.stats) == violation(bestInfeasible!.stats)
                        && individual.stats.cost < bestInfeasible!.stats.cost)
            {
                bestInfeasible = individual
            }
        }

        /// Improves `routes`, adds the result (and possibly its repair) to the population.
        func educate(_ routes: [[Int]]) {
            let evaluator = penalties.evaluator
            let improved = localSearch.run(routes, evaluator: evaluator, random: &random)
            let individual = Individual(routes: improved, slotTypes: slotTypes, data: data, evaluator: evaluator)
            population.add(individual)
            consider(individual)
            penalties.record(individual.stats)
            educated += 1
            // Every 100 local-search results, the initial population's included: time windows need the
            // time-warp weight tuned before the population is full of late routes.
            if educated % 100 == 0 && penalties.update() { population.reprice(penalties.evaluator) }
            if !individual.isFeasible && random.nextDouble() < parameters.repairProbability {
                let heavy = evaluator.scaled(by: parameters.repairPenaltyFactor)
                let repaired = Individual(
                    routes: localSearch.run(improved, evaluator: heavy, random: &random),
                    slotTypes: slotTypes, data: data, evaluator: evaluator)
                if repaired.isFeasible {
                    population.add(repaired)
                    consider(repaired)
                }
            }
        }

        // The first member of every (re)started population comes from the nearest-neighbour tour cut strictly:
        // a feasible fallback however short the run (ConstructiveStart), and a cheap first local search.
        func initialise() {
            // A warm start comes first, as given (so the result is never worse when it is feasible), then improved.
            if let warm = warmStart.map({ WarmStart.slots($0, data: data, slotTypes: slotTypes) }) {
                consider(Individual(routes: warm, slotTypes: slotTypes, data: data, evaluator: penalties.evaluator))
                educate(warm)
            }
            let strict = ConstructiveStart.strictEvaluator(data: data, base: penalties.evaluator)
            let greedy = splitTour(greedyTour, evaluator: strict)
            consider(Individual(routes: greedy, slotTypes: slotTypes, data: data, evaluator: penalties.evaluator))
            educate(greedy)
            let clients = (data.numDepots..<data.numLocations).map { Int32($0) }
            // At 1,000 clients a local search from a random tour is slow: seeding stops at a share of the time
            // limit, so that the genetic search itself gets the rest (docs/profiles/large-instances.md).
            let seedingEnds = budget.limit.map { budget.elapsed + parameters.seedingTimeShare * $0 } ?? .infinity
            // A short search (an iteration budget) stops seeding early once a seed is feasible: a tight fleet
            // still gets every seed it needs to find one (docs/profiles/seeding.md).
            let enough = parameters.enoughSeeds(clients: data.numClients)
            for index in 1..<max(1, parameters.initialPopulation(clients: data.numClients)) {
                if budget.isExhausted || budget.elapsed > seedingEnds { break }
                if index >= enough && best != nil { break }
                seeds += 1
                var tour = clients
                random.shuffle(&tour)
                educate(splitTour(tour))
            }
        }

        let stopReason: StopReason
        if data.numClients == 0 {
            stopReason = .iterationLimit
        } else {
            initialise()
            while true {
                if let reason = StopReason.check(
                    iteration: iteration, maxIterations: parameters.maxIterations, budget: budget)
                {
                    stopReason = reason
                    break
                }
                iteration += 1
                let first = population.selectParent(random: &random)
                let second = population.selectParent(random: &random)
                educate(child(of: first, and: second))
                let runBest = population.feasible.first?.penalisedCost ?? .infinity
                if runBest < bestOfRun - 1e-9 {
                    bestOfRun = runBest
                    sinceImprovement = 0
                } else {
                    sinceImprovement += 1
                }
                if let decomposition, iteration % decomposition.settings.every == 0,
                    let elite = population.elite(share: decomposition.settings.eliteShare, random: &random),
                    let routes = decomposition.improve(elite.routes, random: &random, budget: budget),
                    routes.count <= slotTypes.count
                {
                    educate(routes + [[Int]](repeating: [], count: slotTypes.count - routes.count))
                }
                if sinceImprovement >= parameters.iterationsWithoutImprovement {
                    if parameters.stopsWhenStalled {
                        stopReason = .stalled
                        break
                    }
                    population.clear()
                    bestOfRun = .infinity
                    sinceImprovement = 0
                    initialise()
                }
            }
        }
        let chosen = best ?? bestInfeasible
        return SolverResult(
            routes: chosen?.routes, slots: chosen?.slots ?? [], slotTypes: slotTypes,
            isFeasible: chosen?.isFeasible ?? false, data: data, iterations: iteration, seeds: seeds, budget: budget,
            stopReason: stopReason)
    }

    /// The search's first solution from ``warmStart`` (after ``WarmStart``'s repairs), by route slot; `nil`
    /// without a warm start.
    public func startingSolution() -> Solution? {
        warmStart.map { warm in
            Solution(
                routes: WarmStart.slots(warm, data: data, slotTypes: slotTypes).enumerated().map {
                    Route(vehicleType: slotTypes[$0.offset], visits: $0.element)
                })
        }
    }

    /// The child of two parents, as route slots: SREX where it applies, else OX and Split.
    private func child(of first: Individual, and second: Individual) -> [[Int]] {
        guard routeExchange != nil else {
            let tour = crossover.cross(first.giantTour, second.giantTour, random: &random)
            return splitTour(tour, maxRoutes: childRouteLimit(first: first))
        }
        let evaluator = penalties.evaluator, data = data
        let routes = routeExchange!.cross(first.routes, second.routes, data: data, random: &random) {
            let solution = Solution(routes: $0.map { Route(vehicleType: 0, visits: $0) })
            return evaluator.penalisedCost(SolutionStats(solution, data: data))
        }
        return routes.count <= slotTypes.count ? routes : splitTour(routes.flatMap { $0.map(Int32.init) })
    }

    /// The most routes the linear Split may cut an OX child of `first` into (``SolverParameters/childRoutes``).
    func childRouteLimit(first: Individual) -> Int {
        switch parameters.childRoutes {
        case .fleet: slotTypes.count
        case .parent: min(slotTypes.count, max(first.routes.count, loadBoundRoutes))
        }
    }

    /// Cuts `tour` into route slots; `maxRoutes` (capped by the fleet) bounds the linear split only.
    private func splitTour(_ tour: [Int32], evaluator: CostEvaluator? = nil, maxRoutes: Int? = nil) -> [[Int]] {
        let evaluator = evaluator ?? penalties.evaluator
        if let generalSplit { return generalSplit.split(tour, evaluator: evaluator) }
        return split.split(
            tour, data: data, vehicle: data.vehicleTypes[0], maxRoutes: min(slotTypes.count, maxRoutes ?? .max),
            loadPenalty: evaluator.loadPenalty)
    }

    /// How far from feasible: the violations summed, each at its initial weight's scale of one.
    private func violation(_ stats: SolutionStats) -> Int {
        stats.excessLoad + stats.timeWarp + stats.excessDistance + stats.coldChainMisses
    }
}

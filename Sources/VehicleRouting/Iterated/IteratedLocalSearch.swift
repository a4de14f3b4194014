// An iterated local search for large instances (PyVRP 0.14's shape): perturb, search around it, accept late.
import SolverControl

/// A routing solver for the same problems as ``HybridGeneticSearch``, faster per iteration on large ones.
///
/// Each iteration takes the current solution, removes a few neighbouring clients and reinserts them greedily
/// (``Perturbation``), and runs the local search only around what changed (``LocalSearch``'s restricted
/// passes: the touched clients and the stops next to each applied move), then SWAP* between the routes that
/// changed, when routes are short (``IteratedSearchParameters/swapStarAround``; long routes that only capacity
/// limits get a wider neighbourhood instead, ``IteratedSearchParameters/longRouteGranularity``). The result
/// replaces the current solution when it beats it or the current solution of
/// ``IteratedSearchParameters/historyLength`` iterations ago (late-acceptance hill climbing, Burke and Bykov
/// 2017, with both of its section 4.2 refinements as PyVRP has them). A new best gets one full local search
/// (node moves and SWAP*). Penalties adapt towards a feasible share, per constraint, from every result. After
/// many iterations without a better solution the search returns to the best one. On a day whose vans are
/// nearly full, phases of ``FleetReduction`` run the walk on one route fewer than the best has. An iteration
/// costs time in proportion to the perturbation, not to the instance: at 1,000 clients it runs a hundred
/// times as many iterations a second as the genetic search, whose every child gets a full local search
/// (docs/benchmarks/scale-ils.md).
///
/// Everything random comes from one ``SeededGenerator``: the same data, seed and iteration limit give the
/// same result. Under a time limit the clock decides where the run is cut, whether it is short enough for the
/// short-run settings (``WalkPace``, measured at iterations 50 and 1,000; near the boundary the same seed can
/// take another path), and on a capacity-bound day whether a fleet-reduction phase fits in what is left.
public final class IteratedLocalSearch {
    /// The problem being solved.
    public let data: ProblemData
    /// The shared parameters in force (seed, iteration limit, granularity).
    public let parameters: SolverParameters
    /// The iterated search's own parameters.
    public let iterated: IteratedSearchParameters
    /// Routes the search starts from (``WarmStart``: cleaned, repaired, completed); `nil`: a cold start.
    public var warmStart: Solution?
    private let slotTypes: [Int]
    private var localSearch: LocalSearch
    private var perturbation: Perturbation
    private var fleet: FleetReduction
    /// The granular neighbours per client that ``localSearch`` and ``fleet`` use now.
    private(set) var granularityInForce: Int
    private var random: SeededGenerator
    private let greedyTour: [Int32]

    /// A solution with what the search compares: its routes by slot and their stats.
    private struct Candidate {
        var routes: [[Int]]
        var stats: SolutionStats
    }

    /// Prepares a solver for `data`.
    ///
    /// - Throws: ``RoutingError``, as ``HybridGeneticSearch/init(data:parameters:)`` does, and bad input when
    ///   `iterated.perturbationNeighbours` is not positive.
    public init(
        data: ProblemData, parameters: SolverParameters = SolverParameters(),
        iterated: IteratedSearchParameters = IteratedSearchParameters()
    ) throws {
        let setup = try SearchSetup(data: data, parameters: parameters)
        guard iterated.perturbationNeighbours >= 1 else {
            throw RoutingError.badInput(
                "perturbationNeighbours \(iterated.perturbationNeighbours) is not a positive number of neighbours")
        }
        self.data = data
        self.parameters = parameters
        self.iterated = iterated
        greedyTour = setup.greedyTour
        slotTypes = setup.slotTypes
        localSearch = setup.localSearch
        perturbation = Perturbation(
            data: data,
            neighbourhood: Neighbourhood(data: data, granularity: iterated.perturbationNeighbours, symmetric: false),
            slotTypes: slotTypes, minimum: iterated.minPerturbations, maximum: iterated.maxPerturbations)
        fleet = FleetReduction(
            data: data, slotTypes: slotTypes, neighbourhood: setup.neighbourhood, granularity: parameters.granularity,
            iterated: iterated)
        granularityInForce = parameters.granularity
        random = SeededGenerator(seed: parameters.seed)
    }

    /// Runs until the budget or ``SolverParameters/maxIterations`` is exhausted; returns the best solution.
    ///
    /// `progress` is called (on the solving thread) each time a better feasible solution is found.
    public func solve(budget: TimeBudget, progress: ((SolverProgress) -> Void)? = nil) -> SolverResult {
        var best: Candidate?
        var bestInfeasible: Candidate?
        var iteration = 0
        use(granularity: parameters.granularity)
        fleet.reset()
        var pace = WalkPace(iterated, maxIterations: parameters.maxIterations)
        var penalties = IteratedLocalSearch.penaltyManager(
            PenaltyManager.initialEvaluator(data: data), pace: pace.parameters)

        func consider(_ candidate: Candidate) {
            if candidate.stats.isFeasible {
                if best == nil || candidate.stats.cost < best!.stats.cost {
                    best = candidate
                    progress?(SolverProgress(iteration: iteration, seconds: budget.elapsed, cost: candidate.stats.cost))
                }
            } else if best == nil, bestInfeasible == nil || less(candidate.stats, than: bestInfeasible!.stats) {
                bestInfeasible = candidate
            }
        }

        guard data.numClients > 0 else {
            return SolverResult(
                routes: nil, slots: [], slotTypes: slotTypes, isFeasible: true, data: data, iterations: 0,
                budget: budget, stopReason: .iterationLimit)
        }
        // The first solution: the warm start, or the nearest-neighbour tour cut strictly (a feasible fallback
        // however short the run), then one full local search under heavy penalties, so that the current
        // solution is feasible or nearly so before any perturbation (tight windows: R1_8_1).
        let start: [[Int]]
        if let warm = warmStart.map({ WarmStart.slots($0, data: data, slotTypes: slotTypes) }) {
            start = warm
        } else {
            start = split(
                greedyTour, evaluator: ConstructiveStart.strictEvaluator(data: data, base: penalties.evaluator))
        }
        consider(candidate(start))
        let heavy = penalties.evaluator.scaled(by: iterated.initialPenaltyFactor)
        let initial = candidate(localSearch.run(start, evaluator: heavy, random: &random))
        consider(initial)
        var current = initial
        let longRoutes = data.numClients > iterated.longRouteClients * max(1, initial.stats.routeCount)
        let swapStar = iterated.swapStarAround && !longRoutes
        if longRoutes && data.onlyCapacityBindsRoutes {
            use(granularity: max(parameters.granularity, iterated.longRouteGranularity))
        }
        var history = LateAcceptanceHistory(length: pace.parameters.historyLength)
        let loopStart = budget.elapsed
        // The walk's own clock: seconds since the loop started, of the time left for it.
        let walkLimit = budget.limit.map { $0 - loopStart }
        var sinceImprovement = 0
        var recorded = 0
        // Where the walk was when a fleet-reduction phase started, with the best cost then.
        var resume: (current: Candidate, bestCost: Int)?

        let stopReason: StopReason
        while true {
            if let reason = StopReason.check(
                iteration: iteration, maxIterations: parameters.maxIterations, budget: budget)
            {
                stopReason = reason
                break
            }
            iteration += 1
            if let change = pace.advance(
                to: iteration, elapsed: { budget.elapsed - loopStart }, limit: walkLimit)
            {
                penalties = IteratedLocalSearch.penaltyManager(penalties.evaluator, pace: pace.parameters)
                switch change {
                case .grown: history.grow(to: pace.parameters.historyLength)
                case .restarted: history = LateAcceptanceHistory(length: pace.parameters.historyLength)
                }
                recorded = 0
            }
            var entering = false
            if !fleet.isActive, let from = best,
                fleet.startIfDue(
                    from: from.routes, sinceImprovement: sinceImprovement,
                    plannedIterations: pace.plannedIterations(
                        done: iteration, elapsed: budget.elapsed - loopStart, limit: walkLimit))
            {
                // The phase's first step dissolves a route of the best; its result becomes the current solution.
                entering = true
                resume = (current, from.stats.cost)
                current = from
                history.clear()
                sinceImprovement = 0
            }
            let reducing = fleet.isActive
            if !reducing && sinceImprovement >= iterated.iterationsWithoutImprovement {
                history.clear()
                current = best ?? current
                sinceImprovement = 0
            }
            let evaluator = penalties.evaluator
            var next: Candidate
            if reducing {
                next = candidate(
                    fleet.step(current.routes, evaluator: evaluator, swapStar: swapStar, random: &random))
            } else {
                next = candidate(
                    localSearch.runAround(
                        current.routes, evaluator: evaluator, swapStar: swapStar, random: &random
                    ) { solution, random in
                        perturbation.apply(to: solution, random: &random)
                    })
            }
            penalties.record(next.stats)
            recorded += 1
            if recorded % max(1, pace.parameters.penaltyWindow) == 0 { _ = penalties.update() }
            sinceImprovement += 1
            if next.stats.isFeasible && (best == nil || next.stats.cost < best!.stats.cost) {
                consider(next)
                sinceImprovement = 0
                // A new best is worth a full search (SWAP* included); it may come out infeasible.
                next = candidate(
                    reducing
                        ? fleet.fullSearch(next.routes, evaluator: evaluator, random: &random)
                        : localSearch.run(next.routes, evaluator: evaluator, random: &random))
                consider(next)
            } else {
                consider(next)
            }
            let nextCost = evaluator.penalisedCost(next.stats)
            var currentCost = evaluator.penalisedCost(current.stats)
            let late = history.peek()
            let lateCost = evaluator.penalisedCost(late ?? initial.stats)
            if entering || nextCost < lateCost || nextCost < currentCost {
                current = next
                currentCost = nextCost
            }
            if late == nil || currentCost < lateCost {
                history.append(current.stats)
            } else {
                history.skip()
            }
            if reducing && !fleet.isActive, let entered = resume {
                // The phase is over: on from the best if the phase found a better one (with a route fewer), or
                // from where the walk entered (a dearer solution with a route fewer would set the walk back).
                current = best!.stats.cost < entered.bestCost ? best! : entered.current
                resume = nil
                history.clear()
                sinceImprovement = 0
            }
        }
        let chosen = best ?? bestInfeasible
        let slots = chosen.map { routes in routes.routes.indices.filter { !routes.routes[$0].isEmpty } } ?? []
        return SolverResult(
            routes: chosen.map { routes in slots.map { routes.routes[$0] } }, slots: slots, slotTypes: slotTypes,
            isFeasible: chosen?.stats.isFeasible ?? false, data: data, iterations: iteration, budget: budget,
            stopReason: stopReason)
    }

    /// A penalty manager starting at `initial` with `pace`'s target, factors and window.
    private static func penaltyManager(_ initial: CostEvaluator, pace: IteratedSearchParameters) -> PenaltyManager {
        PenaltyManager(
            initial: initial, targetFeasible: pace.targetFeasible, increase: pace.penaltyIncrease,
            decrease: pace.penaltyDecrease, window: max(1, pace.penaltyWindow))
    }

    /// Rebuilds the local search's neighbourhood, and the fleet reduction that uses it, with `granularity`
    /// neighbours a client, unless they have that many already (the perturbation keeps its own).
    private func use(granularity: Int) {
        guard granularity != granularityInForce else { return }
        let neighbourhood = Neighbourhood(data: data, granularity: granularity)
        localSearch = LocalSearch(
            data: data, vehicleTypeOfRoute: slotTypes, neighbourhood: neighbourhood, granularity: granularity)
        fleet = FleetReduction(
            data: data, slotTypes: slotTypes, neighbourhood: neighbourhood, granularity: granularity,
            iterated: iterated)
        granularityInForce = granularity
    }

    /// `routes` (by slot) with their stats.
    private func candidate(_ routes: [[Int]]) -> Candidate {
        let solution = Solution(
            routes: routes.indices.compactMap { r in
                routes[r].isEmpty ? nil : Route(vehicleType: slotTypes[r], visits: routes[r])
            })
        return Candidate(routes: routes, stats: SolutionStats(solution, data: data))
    }

    private func split(_ tour: [Int32], evaluator: CostEvaluator) -> [[Int]] {
        if data.splitsInLinearTime {
            return Split(numClients: data.numClients, maxRoutes: slotTypes.count).split(
                tour, data: data, vehicle: data.vehicleTypes[0], maxRoutes: slotTypes.count,
                loadPenalty: evaluator.loadPenalty)
        }
        return GeneralSplit(data: data, slotTypes: slotTypes).split(tour, evaluator: evaluator)
    }

    /// Whether `a` is closer to feasible than `b` (violations summed at their unit scale), cost breaking ties.
    private func less(_ a: SolutionStats, than b: SolutionStats) -> Bool {
        let va = a.excessLoad + a.timeWarp + a.excessDistance + a.coldChainMisses
        let vb = b.excessLoad + b.timeWarp + b.excessDistance + b.coldChainMisses
        return va != vb ? va < vb : a.cost < b.cost
    }
}

// Tests of fleet reduction: the load bound, a phase from one route too many down to it, and only feasible bests.
import Foundation
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct FleetReductionTests {
    /// A random CVRP day of `clients` clients whose load fills `routes` vans to `fill` of their capacity.
    private func tightDay(seed: UInt64, clients: Int = 40, routes: Int = 4, fill: Double = 0.93) throws -> ProblemData {
        let loose = try TestSupport.randomData(clients: clients, capacity: 1000, seed: seed)
        let capacity = Int((Double(loose.totalDelivery) / (Double(routes) * fill)).rounded(.up))
        let fleet = [VehicleType(capacity: capacity)]
        return try ProblemData(
            depots: loose.depots, clients: loose.clients, vehicleTypes: fleet, distances: loose.distances)
    }

    /// The clients swept by angle around the depot and cut into `routes` routes of nearly equal load.
    private func sweep(_ data: ProblemData, routes: Int) -> [[Int]] {
        let depot = data.depots[0]
        let order = (data.numDepots..<data.numLocations).sorted { a, b in
            let ca = data.client(at: a), cb = data.client(at: b)
            return atan2(ca.y - depot.y, ca.x - depot.x) < atan2(cb.y - depot.y, cb.x - depot.x)
        }
        var result = [[Int]](repeating: [], count: routes)
        var carried = 0
        for u in order {
            let r = min(routes - 1, carried * routes / data.totalDelivery)
            result[r].append(u)
            carried += data.client(at: u).delivery
        }
        return result
    }

    /// A reduction over `slots` slots of the day's one van type; phases of `length` iterations per client.
    private func reduction(_ data: ProblemData, slots: Int, length: Int = 8) -> FleetReduction {
        var iterated = IteratedSearchParameters()
        iterated.maxPerturbations = 10
        iterated.fleetReductionLength = length
        iterated.fleetReductionPatience = 2
        return FleetReduction(
            data: data, slotTypes: [Int](repeating: 0, count: slots),
            neighbourhood: Neighbourhood(data: data, granularity: 20), granularity: 20, iterated: iterated)
    }

    @Test func theLoadBoundCountsTheLargestVehiclesFirst() throws {
        let day = try tightDay(seed: 1)
        let load = day.totalDelivery
        let fleet = [VehicleType(capacity: load / 2), VehicleType(capacity: load), VehicleType(capacity: 1)]
        let data = try ProblemData(
            depots: day.depots, clients: day.clients, vehicleTypes: fleet, distances: day.distances)
        #expect(FleetReduction.fewestRoutes(data: data, types: [0, 0, 0]) == 3)
        #expect(FleetReduction.fewestRoutes(data: data, types: [0, 0, 1]) == 1)
        #expect(FleetReduction.fewestRoutes(data: data, types: [2, 2, 0, 0]) == 2 + 1)
        #expect(FleetReduction.fewestRoutes(data: data, types: [2, 2]) == 3, "cannot carry the day: never reduced")
        #expect(FleetReduction.fewestRoutes(data: day, types: [0, 0, 0, 0, 0, 0]) == 4)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func aPhaseFromOneRouteTooManyReachesTheLoadBoundFeasibly(seed: UInt64) throws {
        let data = try tightDay(seed: seed)
        let start = sweep(data, routes: 5) + [[], []]
        let startStats = SolutionStats(Solution(visits: start.filter { !$0.isEmpty }), data: data)
        try #require(startStats.isFeasible && startStats.routeCount == 5)
        var fleet = reduction(data, slots: 7)
        #expect(fleet.routesNeeded == 4)
        let started1 = fleet.start(from: start)
        #expect(started1)
        #expect(fleet.stepsLeft == 8 * 40)
        // The walk's acceptance, simplified: keep the cheaper penalised result; the load weight rises while
        // the current solution is overloaded, as the penalty manager's does when too few results fit.
        var evaluator = PenaltyManager.initialEvaluator(data: data)
        var random = SeededGenerator(seed: seed)
        var current = start
        var currentCost = Double.infinity
        var found: SolutionStats?
        var step = 0
        while fleet.isActive {
            let next = fleet.step(current, evaluator: evaluator, swapStar: false, random: &random)
            #expect(next.count == 7)
            #expect(next.flatMap { $0 }.sorted() == Array(data.numDepots..<data.numLocations))
            let stats = SolutionStats(Solution(visits: next.filter { !$0.isEmpty }), data: data)
            #expect(stats.routeCount <= 4, "the phase reopened a route at step \(step)")
            if stats.isFeasible && found == nil {
                let report = RouteVerifier.verify(Solution(visits: next.filter { !$0.isEmpty }), data: data)
                #expect(report.isFeasible, "\(report.violations)")
                found = stats
            }
            if step == 0 || evaluator.penalisedCost(stats) < currentCost {
                current = next
                currentCost = evaluator.penalisedCost(stats)
            }
            if step % 10 == 9 && !SolutionStats(Solution(visits: current.filter { !$0.isEmpty }), data: data).isFeasible
            {
                evaluator.loadPenalty *= 1.5
                currentCost = Double.infinity
            }
            step += 1
        }
        #expect(step == 8 * 40)
        #expect(found?.routeCount == 4)
    }

    @Test func noPhaseStartsAtTheLoadBoundOrWhenTheKeptRoutesWouldNotBeNearlyFull() throws {
        let data = try tightDay(seed: 1)
        var fleet = reduction(data, slots: 7)
        let atTheBound = fleet.start(from: sweep(data, routes: 4) + [[], [], []])
        #expect(!atTheBound && !fleet.isActive)
        // Six routes where four carry the day: five kept would be 74% full, so time windows or limits, not
        // capacity, would be what holds the count.
        let looselyFilled = fleet.start(from: sweep(data, routes: 6) + [[]])
        #expect(!looselyFilled)
        let oneTooMany = fleet.start(from: sweep(data, routes: 5) + [[], []])
        #expect(oneTooMany && fleet.isActive)
        var idle = reduction(data, slots: 7, length: 0)
        let noLength = idle.start(from: sweep(data, routes: 5) + [[], []])
        #expect(!noLength)
    }

    @Test func noPhaseStartsWhenMoreThanCapacityLimitsARoute() throws {
        let data = try TestSupport.richData(clients: 40, seed: 3)
        let fleet = FleetReduction(
            data: data, slotTypes: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1],
            neighbourhood: Neighbourhood(data: data, granularity: 20), granularity: 20,
            iterated: IteratedSearchParameters())
        var random = SeededGenerator(seed: 2)
        var routes = TestSupport.randomRoutes(data, routes: 12, random: &random)
        routes[11] = []
        var timed = fleet
        let started = timed.start(from: routes)
        #expect(!started && fleet.routesNeeded < 11)
    }

    @Test func aPhaseIsDueAfterThePatienceAndOnlyWithinTheRunsShare() throws {
        let data = try tightDay(seed: 2)
        let best = sweep(data, routes: 5) + [[], []]
        var fleet = reduction(data, slots: 7, length: 1)  // 40 iterations a phase, due after 80 without a better
        func due(_ sinceImprovement: Int, _ planned: Int) -> Bool {
            fleet.startIfDue(from: best, sinceImprovement: sinceImprovement, plannedIterations: planned)
        }
        #expect(!due(79, 1000), "too soon")
        #expect(!due(80, 266), "15% of 266 < 40")
        #expect(due(80, 300))
        var random = SeededGenerator(seed: 1)
        let evaluator = PenaltyManager.initialEvaluator(data: data)
        var routes = best
        while fleet.isActive { routes = fleet.step(routes, evaluator: evaluator, swapStar: true, random: &random) }
        #expect(!due(80, 300), "40 + 40 > 15% of 300")
        #expect(due(80, 600))
        fleet.reset()
        #expect(!fleet.isActive)
        #expect(due(80, 300), "a new run starts with nothing spent")
    }

    @Test(arguments: [(0.97, 1), (0.99, 3)] as [(Double, UInt64)])
    func theSearchWithPhasesEndsAtTheLoadBoundWhereTheWalkAloneKeepsARouteMore(fill: Double, seed: UInt64) throws {
        // Sixty clients, five vans' load at 97% or 99%, started from six swept routes: 400 iterations of the
        // walk alone end with six routes (the trap of docs/benchmarks/rural-trap.md in small), with phases
        // from the start (no patience, 180 iterations each) with five; every reported best is feasible.
        let data = try tightDay(seed: 1, clients: 60, routes: 5, fill: fill)
        // The seeds: on days 1-3 with seeds 1-6 at both fills, the walk alone keeps six routes in 7 of the 36
        // cases, all on day 1 (its perturbation, from a client's 50 nearest, spans most of a 60-client day),
        // and the phases reach five in 4 of those 7; these are two of the 4.
        func solve(share: Double) throws -> (SolverResult, [Int]) {
            var parameters = SolverParameters()
            parameters.seed = seed
            parameters.maxIterations = 400
            var iterated = IteratedSearchParameters()
            iterated.fleetReductionShare = share
            iterated.fleetReductionPatience = 0
            iterated.fleetReductionLength = 3
            let search = try IteratedLocalSearch(data: data, parameters: parameters, iterated: iterated)
            search.warmStart = Solution(visits: sweep(data, routes: 6))
            var improvements: [Int] = []
            let result = search.solve(budget: TimeBudget(seconds: nil)) { improvements.append($0.cost) }
            let report = RouteVerifier.verify(result.solution, data: data, claimedCost: result.stats.cost)
            #expect(result.isFeasible && report.isFeasible, "\(report.violations)")
            #expect(result.solution.routes.flatMap(\.visits).sorted() == Array(data.numDepots..<data.numLocations))
            return (result, improvements)
        }
        let (alone, _) = try solve(share: 0)
        #expect(alone.solution.routes.count == 6)
        let (reduced, improvements) = try solve(share: 1)
        #expect(reduced.solution.routes.count == 5)
        #expect(improvements.last == reduced.stats.cost)
        #expect(improvements == improvements.sorted(by: >), "each reported best is cheaper than the last")
    }
}

// Tests of the iterated local search: verified optima of small instances, determinism, budgets, the size rule, the pace.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct IteratedLocalSearchTests {
    private func solve(_ data: ProblemData, iterations: Int, seed: UInt64 = 1) throws -> SolverResult {
        var parameters = SolverParameters()
        parameters.seed = seed
        parameters.maxIterations = iterations
        return try IteratedLocalSearch(data: data, parameters: parameters).solve(budget: TimeBudget(seconds: nil))
    }

    /// Solves, expects the verifier to accept the result with the cost the search claims, and returns it.
    private func solveVerified(_ data: ProblemData, iterations: Int, seed: UInt64 = 1) throws -> SolverResult {
        let result = try solve(data, iterations: iterations, seed: seed)
        let report = RouteVerifier.verify(result.solution, data: data, claimedCost: result.stats.cost)
        #expect(report.isFeasible && result.isFeasible, "\(report.violations)")
        #expect(report.cost == result.stats.cost)
        #expect(result.solution.routes.flatMap(\.visits).sorted() == Array(data.numDepots..<data.numLocations))
        return result
    }

    @Test(arguments: [(0, 50), (-1, 50), (20, 0), (20, -3)])
    func aNeighbourhoodOfNoClientsIsBadInput(granularity: Int, perturbationNeighbours: Int) throws {
        // A neighbourhood size below one once reached `prefix` with a negative count and trapped.
        let data = try TestSupport.randomData(clients: 10, seed: 1)
        var parameters = SolverParameters()
        parameters.granularity = granularity
        var iterated = IteratedSearchParameters()
        iterated.perturbationNeighbours = perturbationNeighbours
        do {
            _ = try IteratedLocalSearch(data: data, parameters: parameters, iterated: iterated)
            Issue.record("accepted granularity \(granularity), perturbationNeighbours \(perturbationNeighbours)")
        } catch let error as RoutingError {
            #expect(error.category == .badInput)
            let named =
                granularity < 1 ? "granularity \(granularity)" : "perturbationNeighbours \(perturbationNeighbours)"
            #expect(error.message.hasPrefix(named), "\(error.message)")
        }
    }

    @Test(arguments: [("E-n13-k4", 4, 247), ("E-n22-k4", 4, 375), ("A-n32-k5", 5, 784)])
    func reachesTheCVRPLIBOptimum(name: String, vehicles: Int, optimum: Int) throws {
        let data = try TestSupport.capped(try TestSupport.instance(name), vehicles)
        let result = try solveVerified(data, iterations: 1500)
        #expect(result.stats.cost == optimum)
        #expect(result.solution.routes.count <= vehicles)
        #expect(result.stopReason == .iterationLimit)
        #expect(result.iterations == 1500)
    }

    @Test(arguments: ["C101", "R101", "RC101"])
    func reachesTheSolomon25CustomerOptimum(name: String) throws {
        let optimum = ["C101": 1913, "R101": 6171, "RC101": 4611][name]!
        let instance = try SolomonReader.read(path: TestSupport.resource("\(name).25.txt"), convention: .dimacs)
        let result = try solveVerified(instance.data, iterations: 1500)
        #expect(result.stats.distance == optimum)
    }

    @Test func solvesTheFull100CustomerSolomonInstanceFeasibly() throws {
        // C101 at 100 customers with its 25 vehicles: the clustered optimum is 827.3; the search must be
        // feasible and within 1% after a short run.
        let instance = try SolomonReader.read(path: TestSupport.resource("C101.txt"), convention: .dimacs)
        let result = try solveVerified(instance.data, iterations: 1000)
        #expect(result.stats.distance <= 8356)
    }

    @Test func handlesEveryFeatureOfTheModel() throws {
        // Two depots, two vehicle types, pickups, windows, shifts, limits and cold chain.
        let data = try TestSupport.richData(clients: 40, seed: 3)
        let result = try solve(data, iterations: 1500)
        let report = RouteVerifier.verify(result.solution, data: data, claimedCost: result.stats.cost)
        #expect(result.isFeasible == report.isFeasible, "\(report.violations)")
        #expect(report.isFeasible)
    }

    @Test func sameSeedGivesTheSameRoutesAndTheIterationCountIsHonoured() throws {
        let data = try TestSupport.richData(clients: 60, seed: 5)
        let a = try solve(data, iterations: 700, seed: 11)
        let b = try solve(data, iterations: 700, seed: 11)
        #expect(a.solution == b.solution)
        #expect(a.iterations == 700 && b.iterations == 700)
        let plain = try TestSupport.randomData(clients: 80, capacity: 70, seed: 4)
        #expect(try solve(plain, iterations: 500, seed: 2).solution == solve(plain, iterations: 500, seed: 2).solution)
    }

    @Test func anExhaustedBudgetStillReturnsEveryClient() throws {
        let data = try TestSupport.randomData(clients: 25, seed: 2)
        let token = CancellationToken()
        token.cancel()
        let result = try IteratedLocalSearch(data: data).solve(budget: TimeBudget(seconds: nil, cancellation: token))
        #expect(result.stopReason == .cancelled)
        #expect(result.iterations == 0)
        #expect(result.solution.routes.flatMap(\.visits).sorted() == Array(1...25))
    }

    @Test func theSizeRuleRunsTheIteratedSearchOnLargeInstancesOnly() throws {
        let small = try TestSupport.randomData(clients: 50, seed: 1)
        let large = try TestSupport.randomData(clients: RoutingSearch.iteratedFromClients, seed: 1)
        #expect(RoutingSearch.resolve(.automatic, for: small) == .genetic)
        #expect(RoutingSearch.resolve(.automatic, for: large) == .iterated)
        #expect(RoutingSearch.resolve(.genetic, for: large) == .genetic)
        var parameters = SolverParameters()
        parameters.maxIterations = 40
        let chosen = try RoutingSearch.solve(large, parameters: parameters, budget: TimeBudget(seconds: nil))
        let direct = try IteratedLocalSearch(data: large, parameters: parameters).solve(
            budget: TimeBudget(seconds: nil))
        #expect(chosen.solution == direct.solution)
    }

    @Test func aLongBudgetWithoutTimesRunsTheGeneticSearchAtAnySize() throws {
        let large = try TestSupport.randomData(clients: RoutingSearch.iteratedFromClients, seed: 1)
        let long = RoutingSearch.geneticFromSecondsPerClient * Double(large.numClients)
        #expect(RoutingSearch.resolve(.automatic, for: large, seconds: long) == .genetic)
        #expect(RoutingSearch.resolve(.automatic, for: large, seconds: long.nextDown) == .iterated)
        #expect(RoutingSearch.resolve(.automatic, for: large, seconds: nil) == .iterated)
        #expect(RoutingSearch.resolve(.iterated, for: large, seconds: long) == .iterated)
        let timed = try TestSupport.richData(clients: RoutingSearch.iteratedFromClients, seed: 1)
        #expect(timed.isTimed)
        #expect(RoutingSearch.resolve(.automatic, for: timed, seconds: 10 * long) == .iterated)
        // The solve reads the seconds its budget allows; an iteration limit ends both runs long before them.
        var parameters = SolverParameters()
        parameters.maxIterations = 3
        let chosen = try RoutingSearch.solve(large, parameters: parameters, budget: TimeBudget(seconds: long))
        let genetic = try HybridGeneticSearch(data: large, parameters: parameters).solve(
            budget: TimeBudget(seconds: long))
        let iterated = try IteratedLocalSearch(data: large, parameters: parameters).solve(
            budget: TimeBudget(seconds: long))
        #expect(chosen.solution == genetic.solution)
        #expect(chosen.solution != iterated.solution)
    }
}

@Suite struct IteratedSearchPaceTests {
    @Test func aLongRunKeepsPyVRPsSettings() {
        let defaults = IteratedSearchParameters()
        #expect(defaults.fitted(toIterations: 25_000) == defaults)
        #expect(defaults.fitted(toIterations: 1_000_000) == defaults)
    }

    @Test func aShortRunGetsAShorterHistoryAndMoreFrequentGentlerUpdates() {
        let fitted = IteratedSearchParameters().fitted(toIterations: 2_500)
        #expect(fitted.historyLength == 31)
        #expect(fitted.penaltyWindow == 50)
        #expect(fitted.penaltyIncrease == 1.25 && fitted.penaltyDecrease == IteratedSearchParameters().penaltyDecrease)
        let tiny = IteratedSearchParameters().fitted(toIterations: 10)
        #expect(tiny.historyLength == IteratedSearchParameters.shortestHistory)
        #expect(tiny.penaltyWindow == IteratedSearchParameters.shortestWindow)
    }

    @Test func aWalkGrowsIntoPyVRPsSettingsAtItsRefitPoints() {
        let defaults = IteratedSearchParameters()
        let points = IteratedSearchParameters.refitIterations
        #expect(defaults.scheduled(atIteration: 0) == defaults.fitted(toIterations: 0))
        #expect(defaults.scheduled(atIteration: points[0] - 1) == defaults.fitted(toIterations: 0))
        for (k, point) in points.enumerated() {
            let next = k + 1 < points.count ? points[k + 1] - 1 : 10 * point
            #expect(defaults.scheduled(atIteration: point) == defaults.fitted(toIterations: point))
            #expect(defaults.scheduled(atIteration: next) == defaults.fitted(toIterations: point))
        }
        #expect(defaults.scheduled(atIteration: points.last!) == defaults)
        // Each refit lengthens the history and the window (the history only ever grows).
        let lengths = ([0] + points).map { defaults.scheduled(atIteration: $0) }
        #expect(zip(lengths, lengths.dropFirst()).allSatisfy { $0.historyLength < $1.historyLength })
        #expect(zip(lengths, lengths.dropFirst()).allSatisfy { $0.penaltyWindow < $1.penaltyWindow })
    }

    @Test func aTimeLimitedRunPassesItsProbeAndCheckAndGoesOn() throws {
        // The iteration cap keeps the test independent of the machine's speed; the limit is never reached.
        let data = try TestSupport.randomData(clients: 40, capacity: 60, seed: 6)
        var parameters = SolverParameters()
        parameters.maxIterations = 2 * WalkPace.check
        let result = try IteratedLocalSearch(data: data, parameters: parameters).solve(
            budget: TimeBudget(seconds: 600))
        let report = RouteVerifier.verify(result.solution, data: data, claimedCost: result.stats.cost)
        #expect(report.isFeasible && result.isFeasible, "\(report.violations)")
        #expect(result.iterations == 2 * WalkPace.check && result.stopReason == .iterationLimit)
        #expect(result.solution.routes.flatMap(\.visits).sorted() == Array(1...40))
    }
}

@Suite struct WalkPaceTests {
    private let given = IteratedSearchParameters()

    /// Advances `pace` through iterations 1...`last`, the clock reading `seconds(iteration)`; returns the
    /// iterations at which the settings changed, and how.
    private func walk(
        _ pace: inout WalkPace, to last: Int, limit: Double?, seconds: (Int) -> Double
    ) -> [Int: WalkPace.Change] {
        var changes: [Int: WalkPace.Change] = [:]
        for iteration in 1...last {
            if let change = pace.advance(to: iteration, elapsed: { seconds(iteration - 1) }, limit: limit) {
                changes[iteration] = change
            }
        }
        return changes
    }

    @Test func anIterationLimitDecidesWithoutTheClock() {
        var short = WalkPace(given, maxIterations: 2_500)
        #expect(short.parameters == given.scheduled(atIteration: 0))
        #expect(
            walk(&short, to: 2_500, limit: nil) { _ in
                Issue.record("read the clock"); return 0
            }.isEmpty)
        var long = WalkPace(given, maxIterations: WalkPace.longRun)
        #expect(long.parameters == given)
        #expect(walk(&long, to: 30_000, limit: nil) { _ in 0 }.isEmpty && long.parameters == given)
        var unlimited = WalkPace(given, maxIterations: nil)
        #expect(walk(&unlimited, to: 30_000, limit: nil) { _ in 0 }.isEmpty && unlimited.parameters == given)
    }

    @Test func aFastRunKeepsTheGivenSettings() {
        var pace = WalkPace(given, maxIterations: nil)
        // 1 ms an iteration: 60,000 in a minute.
        #expect(walk(&pace, to: 30_000, limit: 60) { Double($0) / 1_000 }.isEmpty)
        #expect(pace.parameters == given)
    }

    @Test func aSlowRunFollowsTheSchedule() {
        var pace = WalkPace(given, maxIterations: nil)
        // 10 ms an iteration: 6,000 in a minute; the check at 1,000 confirms the probe.
        let changes = walk(&pace, to: 5_000, limit: 60) { Double($0) / 100 }
        #expect(changes == [WalkPace.probe: .restarted, 3_125: .grown])
        #expect(pace.parameters == given.scheduled(atIteration: 3_125))
    }

    @Test func aRunWhoseFirstIterationsWereSlowLeavesTheScheduleAtTheCheck() {
        var pace = WalkPace(given, maxIterations: nil)
        // The first 49 iterations take 20 ms each (the probe expects under 3,000), the rest 0.5 ms.
        let seconds = { (done: Int) in done < WalkPace.probe ? Double(done) / 50 : 0.98 + Double(done - 49) / 2_000 }
        let changes = walk(&pace, to: 30_000, limit: 60, seconds: seconds)
        #expect(changes == [WalkPace.probe: .restarted, WalkPace.check: .grown])
        #expect(pace.parameters == given)
    }

    @Test func fleetReductionPlansOnTheRunsPaceSoFar() {
        let unlimited = WalkPace(given, maxIterations: nil)
        #expect(unlimited.plannedIterations(done: 700, elapsed: 123, limit: nil) == 700)
        // 1,000 iterations in 2 s, 58 s left: 29,000 more.
        #expect(unlimited.plannedIterations(done: 1_000, elapsed: 2, limit: 60) == 30_000)
        let capped = WalkPace(given, maxIterations: 5_000)
        #expect(capped.plannedIterations(done: 700, elapsed: 123, limit: nil) == 5_000)
        #expect(capped.plannedIterations(done: 1_000, elapsed: 2, limit: 60) == 5_000)
        #expect(capped.plannedIterations(done: 1_000, elapsed: 50, limit: 60) == 1_200)
    }

    @Test func anIterationLimitCapsWhatTheClockPromises() {
        var pace = WalkPace(given, maxIterations: 20_000)
        #expect(walk(&pace, to: 4_000, limit: 600) { Double($0) / 1_000 } == [3_125: .grown])
        #expect(pace.parameters == given.scheduled(atIteration: 3_125))
    }
}

@Suite struct LateAcceptanceHistoryTests {
    private func stats(_ cost: Int) throws -> SolutionStats {
        var stats = SolutionStats(Solution(routes: []), data: try TestSupport.randomData(clients: 3, seed: 1))
        stats.cost = cost
        return stats
    }

    /// The costs `peek` gives over the next `steps` iterations that only advance the history.
    private func peeks(_ history: LateAcceptanceHistory, steps: Int) -> [Int?] {
        var history = history
        return (0..<steps).map { _ in
            defer { history.skip() }
            return history.peek()?.cost
        }
    }

    @Test func peekGivesTheEntryLengthStepsBack() throws {
        var history = LateAcceptanceHistory(length: 3)
        #expect(peeks(history, steps: 3) == [nil, nil, nil])
        for cost in [10, 11, 12, 13] { history.append(try stats(cost)) }
        #expect(peeks(history, steps: 4) == [11, 12, 13, 11])
        history.clear()
        #expect(peeks(history, steps: 3) == [nil, nil, nil])
    }

    @Test func growingRepeatsTheOldestEntryThenKeepsTheOrder() throws {
        var history = LateAcceptanceHistory(length: 3)
        for cost in [10, 11, 12, 13] { history.append(try stats(cost)) }
        history.grow(to: 5)
        #expect(peeks(history, steps: 6) == [11, 11, 11, 12, 13, 11])
        history.grow(to: 4)
        #expect(peeks(history, steps: 5) == [11, 11, 11, 12, 13])
        var unwritten = LateAcceptanceHistory(length: 2)
        unwritten.append(try stats(7))
        unwritten.grow(to: 4)
        #expect(peeks(unwritten, steps: 4) == [nil, nil, nil, 7])
    }
}

// Tests of the iterated local search: verified optima of small instances, determinism, budgets, the size rule.
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

    @Test func aTimeLimitedRunIsFittedAtTheProbeAndGoesOn() throws {
        // With a time limit the pace is measured at iteration IteratedLocalSearch.paceProbe and the run refitted;
        // the iteration cap keeps the test independent of the machine's speed.
        let data = try TestSupport.randomData(clients: 120, capacity: 70, seed: 6)
        var parameters = SolverParameters()
        parameters.maxIterations = 4 * IteratedLocalSearch.paceProbe
        let result = try IteratedLocalSearch(data: data, parameters: parameters).solve(
            budget: TimeBudget(seconds: 600))
        let report = RouteVerifier.verify(result.solution, data: data, claimedCost: result.stats.cost)
        #expect(report.isFeasible && result.isFeasible, "\(report.violations)")
        #expect(result.iterations == 4 * IteratedLocalSearch.paceProbe && result.stopReason == .iterationLimit)
        #expect(result.solution.routes.flatMap(\.visits).sorted() == Array(1...120))
    }
}

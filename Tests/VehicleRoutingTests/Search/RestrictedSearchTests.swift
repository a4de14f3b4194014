// The iterated search's hot path: reloading keeps unchanged routes, SWAP* runs on the routes an iteration changed.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct RestrictedSearchTests {
    @Test(arguments: [false, true])
    func reloadingKeepsUnchangedRoutesAndRepricesThem(rich: Bool) throws {
        let data =
            rich
            ? try TestSupport.richData(clients: 30, seed: 4)
            : try TestSupport.randomData(clients: 30, capacity: 40, seed: 4)
        let types = rich ? [0, 0, 0, 1, 1, 1] : [Int](repeating: 0, count: 6)
        let s = SearchSolution(data: data, vehicleTypeOfRoute: types)
        s.evaluator = CostEvaluator(loadPenalty: 2, timeWarpPenalty: 1.5, distancePenalty: 0.5, coldChainPenalty: 20)
        var random = SeededGenerator(seed: 8)
        var routes = TestSupport.randomRoutes(data, routes: 6, random: &random)
        s.load(routes)
        let versions = (0..<6).map { s.version[$0] }
        // Move the last client of the first busy route to the end of the next route, and weigh load 50x.
        let from = routes.indices.first { routes[$0].count >= 2 }!
        let to = (from + 1) % routes.count
        routes[to].append(routes[from].removeLast())
        s.evaluator = CostEvaluator(loadPenalty: 100, timeWarpPenalty: 75, distancePenalty: 25, coldChainPenalty: 20)
        s.load(routes)
        #expect(s.invariantViolations() == [])
        for r in 0..<6 {
            #expect((s.version[r] == versions[r]) == (r != from && r != to), "route \(r)")
            #expect(s.lastModified[r] == -1)
        }
        #expect(s.exportRoutes() == routes)
    }

    /// A capacity-tight instance's routes after a perturbation and the restricted node passes, with and
    /// without SWAP* among the changed routes: with it, no pair of changed routes has an improving SWAP*.
    @Test func swapStarAroundLeavesNoImprovingSwapStarAmongTheChangedRoutes() throws {
        let data = try TestSupport.randomData(clients: 120, capacity: 60, seed: 12)
        let slots = 40
        let neighbourhood = Neighbourhood(data: data, granularity: 10)
        let evaluator = CostEvaluator(loadPenalty: 5)
        var remaining = [false, true]
        var random = SeededGenerator(seed: 5)
        let start = LocalSearch(
            data: data, vehicleTypeOfRoute: [Int](repeating: 0, count: slots), neighbourhood: neighbourhood,
            granularity: 10
        ).run(TestSupport.randomRoutes(data, routes: slots, random: &random), evaluator: evaluator, random: &random)
        var improvingPairs: [Bool: Int] = [:]
        while let swapStar = remaining.popLast() {
            let search = LocalSearch(
                data: data, vehicleTypeOfRoute: [Int](repeating: 0, count: slots), neighbourhood: neighbourhood,
                granularity: 10)
            var perturbation = Perturbation(
                data: data, neighbourhood: neighbourhood, slotTypes: [Int](repeating: 0, count: slots),
                minimum: 15, maximum: 15)
            var random = SeededGenerator(seed: 6)
            let before = evaluator.penalisedCost(SolutionStats(Solution(visits: start), data: data))
            var pairs = 0
            for _ in 0..<20 {
                let result = search.runAround(start, evaluator: evaluator, swapStar: swapStar, random: &random) {
                    perturbation.apply(to: $0, random: &$1)
                }
                #expect(result.flatMap { $0 }.sorted() == Array(1...120))
                let s = search.solution
                let probe = SwapStar(numLocations: data.numLocations, numRoutes: slots)
                for a in 0..<slots where s.lastModified[a] >= 0 && s.clientCount[a] > 0 {
                    for b in (a + 1)..<slots where s.lastModified[b] >= 0 && s.clientCount[b] > 0 {
                        if s.sector[a].overlaps(s.sector[b]) && probe.evaluate(a, b, in: s) < -1e-6 { pairs += 1 }
                    }
                }
            }
            #expect(evaluator.penalisedCost(SolutionStats(Solution(visits: start), data: data)) == before)
            improvingPairs[swapStar] = pairs
        }
        #expect(improvingPairs[true] == 0)
        // Without SWAP* some pair is left improvable: the check above can fail.
        #expect(improvingPairs[false, default: 0] > 0)
    }
}

@Suite struct SwapStarAroundRuleTests {
    private let data: ProblemData

    init() throws { data = try TestSupport.randomData(clients: 120, capacity: 60, seed: 12) }

    private func solve(_ change: (inout IteratedSearchParameters) -> Void) throws -> Solution {
        var parameters = SolverParameters()
        parameters.maxIterations = 300
        parameters.seed = 3
        var iterated = IteratedSearchParameters()
        change(&iterated)
        return try IteratedLocalSearch(data: data, parameters: parameters, iterated: iterated)
            .solve(budget: TimeBudget(seconds: nil)).solution
    }

    @Test func theIteratedSearchRunsSwapStarAroundOnShortRoutesOnly() throws {
        let off = try solve { $0.swapStarAround = false }
        #expect(try solve { _ in } != off)
        // Every route of the first solution has more than one client: a limit of one leaves SWAP* out (and,
        // with no wider size asked, the neighbourhood as it is).
        #expect(
            try solve {
                $0.longRouteClients = 1
                $0.longRouteGranularity = 0
            } == off)
    }
}

// Tests of warm starts: given routes start the search unchanged when feasible, are repaired otherwise, never lose.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct WarmStartTests {
    private func search(_ data: ProblemData, warm: Solution?, iterations: Int) throws -> HybridGeneticSearch {
        var parameters = SolverParameters()
        parameters.seed = 3
        parameters.maxIterations = iterations
        parameters.initialPopulationSize = 1
        let search = try HybridGeneticSearch(data: data, parameters: parameters)
        search.warmStart = warm
        return search
    }

    @Test func feasibleRoutesAreTheInitialSolutionUnchanged() throws {
        let data = try TestSupport.randomData(clients: 30, capacity: 50, seed: 5)
        let given = TestSupport.indexOrderRoutes(data)
        #expect(RouteVerifier.verify(given, data: data).isFeasible)
        let start = try #require(try search(data, warm: given, iterations: 0).startingSolution())
        #expect(start == given)
    }

    @Test func aWarmStartedSearchIsNeverWorseThanItsStart() throws {
        let data = try TestSupport.randomData(clients: 40, capacity: 50, seed: 6)
        let given = TestSupport.indexOrderRoutes(data)
        let cost = SolutionStats(given, data: data).cost
        for iterations in [0, 1, 5] {
            let result = try search(data, warm: given, iterations: iterations).solve(budget: TimeBudget(seconds: nil))
            #expect(result.isFeasible)
            #expect(result.stats.cost <= cost, "\(iterations) iterations: \(result.stats.cost) > \(cost)")
        }
    }

    @Test func brokenRoutesAreRepairedCompletedAndCleaned() throws {
        let data = try TestSupport.randomData(clients: 20, capacity: 50, seed: 7)
        let clients = Array(data.numDepots..<data.numLocations)
        // One overloaded route with every client but the last two, a repeated visit, a depot and a bad index.
        let route = Array(clients.dropLast(2)) + [clients[0], 0, 999]
        let start = try #require(try search(data, warm: Solution(visits: [route]), iterations: 0).startingSolution())
        #expect(start.routes.flatMap(\.visits).sorted() == clients)
        for r in start.routes { #expect(WarmStart.peakLoad(r.visits, data: data) <= 50) }
        // The kept order: the first route starts as the given one did.
        #expect(start.routes[0].visits.first == clients[0])
    }
}

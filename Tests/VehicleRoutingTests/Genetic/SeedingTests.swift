// Tests of how many seeds a search makes: every one by default, fewer for a short iteration budget.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct SeedingTests {
    private func solve(_ data: ProblemData, iterations: Int) throws -> SolverResult {
        var parameters = SolverParameters()
        parameters.seed = 3
        parameters.maxIterations = iterations
        return try HybridGeneticSearch(data: data, parameters: parameters).solve(budget: TimeBudget(seconds: nil))
    }

    @Test func anIterationBudgetCutsTheSeedsItWouldNotUse() {
        var parameters = SolverParameters()
        #expect(parameters.enoughSeeds(clients: 100) == 100, "no iteration budget: every seed")
        for (iterations, seeds) in [(0, 4), (5, 4), (20, 4), (100, 20), (499, 99), (500, 100), (5_000, 100)] {
            parameters.maxIterations = iterations
            #expect(parameters.enoughSeeds(clients: 100) == seeds, "\(iterations) iterations")
        }
        parameters.maxIterations = 100
        #expect(parameters.enoughSeeds(clients: 1_000) == 20)
        parameters.maxIterations = 200
        #expect(parameters.enoughSeeds(clients: 1_000) == 25, "above 400 clients the full population is μ")
        parameters.initialPopulationSize = 7
        #expect(parameters.enoughSeeds(clients: 100) == 7, "an explicit population size is kept")
    }

    @Test func aShortSearchStopsSeedingOnceASeedIsFeasible() throws {
        let data = try TestSupport.randomData(clients: 60, capacity: 70, seed: 5)
        let short = try solve(data, iterations: 5)
        #expect(short.isFeasible)
        // The nearest-neighbour seed is made before the random ones; three random ones make the minimum four.
        #expect(short.seeds == 3)
        #expect(try solve(data, iterations: 500).seeds == 99, "500 iterations keep 4μ seeds")
    }

    @Test func aTightFleetKeepsSeedingUntilASeedIsFeasible() throws {
        // RC101's 25 customers on 4 vans: the first seeds are late, the search seeds on past the minimum until
        // one is feasible, so even a 5-iteration search ends feasible; on 3 vans none is, and every seed is made.
        let instance = try SolomonReader.read(path: TestSupport.resource("RC101.25.txt"), convention: .dimacs)
        var parameters = SolverParameters()
        parameters.seed = 1
        parameters.maxIterations = 5
        let four = try HybridGeneticSearch(data: try instance.data.cappingFleet(at: 4), parameters: parameters)
            .solve(budget: TimeBudget(seconds: nil))
        #expect(four.isFeasible)
        #expect(four.seeds > 3)
        let three = try HybridGeneticSearch(data: try instance.data.cappingFleet(at: 3), parameters: parameters)
            .solve(budget: TimeBudget(seconds: nil))
        #expect(!three.isFeasible)
        #expect(three.seeds == 99)
    }
}

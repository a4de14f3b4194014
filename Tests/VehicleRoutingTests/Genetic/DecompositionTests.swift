// Tests of the decomposition step: route groups, subproblems that never cost more, fleets kept, same seed same routes.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct DecompositionTests {
    private func decomposition(_ data: ProblemData, targetClients: Int) -> Decomposition {
        var parameters = SolverParameters()
        parameters.decomposition.targetClients = targetClients
        parameters.decomposition.maxIterations = 200
        parameters.decomposition.iterationsWithoutImprovement = 100
        parameters.decomposition.initialPopulationSize = 8
        return Decomposition(data: data, parameters: parameters)
    }

    private func clients(_ routes: [[Int]]) -> [Int] { routes.flatMap { $0 }.sorted() }

    @Test func groupsAreConsecutiveRoutesFromTheStartWithinTheTarget() {
        #expect(
            Decomposition.groups(routeSizes: [5, 3, 8, 2, 6, 4], start: 4, targetClients: 10)
                == [[4, 5], [0, 1], [2, 3]])
        // A route with more clients than the target is a group of its own.
        #expect(Decomposition.groups(routeSizes: [12, 1, 1], start: 0, targetClients: 10) == [[0], [1, 2]])
        #expect(Decomposition.groups(routeSizes: [3, 3], start: 1, targetClients: 10) == [[1, 0]])
    }

    @Test func onlyOneDepotAndOneVehicleTypeDecompose() throws {
        #expect(Decomposition.applies(to: try TestSupport.randomData(clients: 10, seed: 1)))
        #expect(!Decomposition.applies(to: try TestSupport.richData(clients: 10, seed: 1)))
    }

    @Test func improvedRoutesServeEveryClientOnceWithinTheFleetAndCostLess() throws {
        let data = try TestSupport.randomData(clients: 120, capacity: 50, seed: 11)
        let start = TestSupport.indexOrderRoutes(data).routes.map(\.visits)
        // Counted to the start's routes: no group may come back with more than it had.
        let counted = try data.replacing(vehicleTypes: [VehicleType(capacity: 50, count: start.count)])
        let step = decomposition(counted, targetClients: 40)
        var random = SeededGenerator(seed: 1)
        let improved = try #require(step.improve(start, random: &random, budget: TimeBudget(seconds: nil)))
        #expect(clients(improved) == Array(data.numDepots..<data.numLocations))
        #expect(improved.count <= start.count)
        let report = RouteVerifier.verify(Solution(visits: improved), data: counted)
        #expect(report.isFeasible, "\(report.violations)")
        // Clients in index order make poor routes: every group has a cheaper solution.
        #expect(report.cost < SolutionStats(Solution(visits: start), data: data).cost)
        var again = SeededGenerator(seed: 1)
        #expect(step.improve(start, random: &again, budget: TimeBudget(seconds: nil)) == improved)
    }

    @Test func withTimeWindowsTheSubproblemsKeepEveryWindow() throws {
        let data = try SolomonReader.read(path: TestSupport.resource("R101.25.txt"), convention: .dimacs).data
        // Each client alone: feasible, and as dear as a plan can be.
        let start = (data.numDepots..<data.numLocations).map { [$0] }
        var random = SeededGenerator(seed: 2)
        let improved = try #require(
            decomposition(data, targetClients: 10).improve(start, random: &random, budget: TimeBudget(seconds: nil)))
        #expect(clients(improved) == clients(start))
        let report = RouteVerifier.verify(Solution(visits: improved), data: data)
        #expect(report.isFeasible, "\(report.violations)")
        #expect(report.cost < SolutionStats(Solution(visits: start), data: data).cost)
    }

    @Test func groupsTheBudgetLeavesNoTimeForKeepTheirRoutes() throws {
        let data = try TestSupport.randomData(clients: 60, capacity: 50, seed: 12)
        let start = TestSupport.indexOrderRoutes(data).routes.map(\.visits)
        var random = SeededGenerator(seed: 3)
        let kept = try #require(
            decomposition(data, targetClients: 20).improve(start, random: &random, budget: TimeBudget(seconds: 0)))
        #expect(Set(kept) == Set(start) && kept.count == start.count)
        // Too few routes for two groups: nothing to decompose.
        let whole = decomposition(data, targetClients: 1_000)
        #expect(whole.improve(start, random: &random, budget: TimeBudget(seconds: nil)) == nil)
    }

    @Test func aSearchThatDecomposesIsVerifiedAndRepeatsItself() throws {
        let data = try TestSupport.randomData(clients: 90, capacity: 50, seed: 13)
        var parameters = SolverParameters()
        parameters.seed = 4
        parameters.maxIterations = 30
        parameters.initialPopulationSize = 4
        var settings = DecompositionParameters()
        settings.every = 10
        settings.targetClients = 30
        settings.maxIterations = 60
        settings.iterationsWithoutImprovement = 30
        settings.initialPopulationSize = 4
        parameters.decomposition = settings
        parameters.decomposes = .always
        let first = try HybridGeneticSearch(data: data, parameters: parameters).solve(budget: TimeBudget(seconds: nil))
        let second = try HybridGeneticSearch(data: data, parameters: parameters).solve(budget: TimeBudget(seconds: nil))
        #expect(first.solution == second.solution)
        let report = RouteVerifier.verify(first.solution, data: data, claimedCost: first.stats.cost)
        #expect(first.isFeasible && report.isFeasible, "\(report.violations)")
        parameters.decomposes = .never
        let plain = try HybridGeneticSearch(data: data, parameters: parameters).solve(budget: TimeBudget(seconds: nil))
        // The steps at iterations 10, 20 and 30 changed the search's path.
        #expect(plain.solution != first.solution)
        // Automatic takes the same path as always once the size and the time call for it, and none without time.
        parameters.decomposes = .automatic
        parameters.decomposition.fromClients = data.numClients
        parameters.decomposition.fromSecondsPerClient = 1
        let timed = TimeBudget(seconds: Double(data.numClients) * 1_000)
        let automatic = try HybridGeneticSearch(data: data, parameters: parameters).solve(budget: timed)
        #expect(automatic.solution == first.solution)
        let untimed = try HybridGeneticSearch(data: data, parameters: parameters).solve(
            budget: TimeBudget(seconds: nil))
        #expect(untimed.solution == plain.solution)
    }

    @Test func automaticDecomposesLargePlainInstancesAtPublishedBudgets() throws {
        let settings = DecompositionParameters()
        let large = try TestSupport.randomData(clients: settings.fromClients, capacity: 50, seed: 15)
        let enough = settings.fromSecondsPerClient * Double(settings.fromClients)
        #expect(Decomposition.runs(.automatic, data: large, settings: settings, seconds: enough))
        #expect(!Decomposition.runs(.automatic, data: large, settings: settings, seconds: enough - 1))
        #expect(!Decomposition.runs(.automatic, data: large, settings: settings, seconds: nil))
        #expect(!Decomposition.runs(.never, data: large, settings: settings, seconds: enough))
        let small = try TestSupport.randomData(clients: settings.fromClients - 1, capacity: 50, seed: 15)
        #expect(!Decomposition.runs(.automatic, data: small, settings: settings, seconds: 1e6))
        #expect(Decomposition.runs(.always, data: small, settings: settings, seconds: nil))
        // Time windows were not measured; several vehicle types never decompose.
        let timed = try SolomonReader.read(path: TestSupport.resource("R101.25.txt"), convention: .dimacs).data
        var timedSettings = settings
        timedSettings.fromClients = 1
        #expect(!Decomposition.runs(.automatic, data: timed, settings: timedSettings, seconds: 1e6))
        #expect(Decomposition.runs(.always, data: timed, settings: timedSettings, seconds: nil))
        let rich = try TestSupport.richData(clients: 10, seed: 1)
        #expect(!Decomposition.runs(.always, data: rich, settings: settings, seconds: nil))
    }

    @Test func aStalledSearchStopsWhenAskedTo() throws {
        let data = try TestSupport.randomData(clients: 20, capacity: 50, seed: 14)
        var parameters = SolverParameters()
        parameters.initialPopulationSize = 4
        parameters.iterationsWithoutImprovement = 5
        parameters.stopsWhenStalled = true
        let result = try HybridGeneticSearch(data: data, parameters: parameters).solve(budget: TimeBudget(seconds: 60))
        #expect(result.stopReason == .stalled && result.isFeasible)
        #expect(result.iterations >= 5)
    }
}

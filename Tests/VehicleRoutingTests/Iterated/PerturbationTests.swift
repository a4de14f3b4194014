// The iterated search's kick: the ruin takes a neighbourhood route by route, and every client comes back once.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct PerturbationTests {
    private let data: ProblemData
    private let neighbourhood: Neighbourhood
    private let routes: [[Int]]

    init() throws {
        data = try TestSupport.randomData(clients: 60, capacity: 100, seed: 3)
        neighbourhood = Neighbourhood(data: data, granularity: 12)
        var random = SeededGenerator(seed: 9)
        routes = TestSupport.randomRoutes(data, routes: 6, random: &random)
    }

    private func loaded(_ routes: [[Int]]) -> SearchSolution {
        let s = SearchSolution(data: data, vehicleTypeOfRoute: [Int](repeating: 0, count: routes.count))
        s.evaluator = CostEvaluator(loadPenalty: 10)
        s.load(routes)
        return s
    }

    private func perturbation(_ minimum: Int, _ maximum: Int) -> Perturbation {
        Perturbation(
            data: data, neighbourhood: neighbourhood, slotTypes: [Int](repeating: 0, count: routes.count),
            minimum: minimum, maximum: maximum)
    }

    /// U followed by its granular neighbours, nearest first.
    private func uAndNeighbours(_ u: Int) -> [Int] {
        [u] + (neighbourhood.start[u]..<neighbourhood.start[u + 1]).map { Int(neighbourhood.list[$0]) }
    }

    /// The rule recomputed from the route lists: U and its neighbours, grouped by route in the order the
    /// routes first appear among them, nearest first within a route; the first `count`.
    private func expectedRuin(around u: Int, count: Int) -> [Int] {
        let routeOf = Dictionary(uniqueKeysWithValues: routes.indices.flatMap { r in routes[r].map { ($0, r) } })
        let around = uAndNeighbours(u)
        var order: [Int] = []
        for v in around where !order.contains(routeOf[v]!) { order.append(routeOf[v]!) }
        return Array(order.flatMap { r in around.filter { routeOf[$0] == r } }.prefix(count))
    }

    @Test(arguments: [(10, 4), (25, 9), (47, 20)])
    func theRuinTakesTheNeighbourhoodRouteByRoute(u: Int, count: Int) {
        let s = loaded(routes)
        var kick = perturbation(1, 25)
        kick.ruin(around: u, upTo: count, in: s)
        let expected = expectedRuin(around: u, count: count)
        #expect(kick.taken == expected)
        // The taken clients are out of their routes, and the rest keep their order.
        let out = Set(expected)
        #expect(s.exportRoutes() == routes.map { $0.filter { !out.contains($0) } })
    }

    @Test func theRuleIsNotNearestFirstOnTheseRoutes() {
        // Guards the test above: on these routes some ruin's order differs from the neighbour list's.
        let differs = (data.numDepots..<data.numLocations).contains { u in
            expectedRuin(around: u, count: 8) != Array(uAndNeighbours(u).prefix(8))
        }
        #expect(differs)
    }

    @Test func everyClientComesBackOnceAndTheRuinSizeStaysInItsBounds() {
        let s = loaded(routes)
        var kick = perturbation(3, 15)
        var random = SeededGenerator(seed: 4)
        for _ in 0..<50 {
            let touched = kick.apply(to: s, random: &random)
            #expect((3...15).contains(kick.taken.count))
            #expect(Set(kick.taken).count == kick.taken.count)
            #expect(kick.taken.allSatisfy { touched.contains($0) })
            #expect(s.exportRoutes().flatMap { $0 }.sorted() == Array(data.numDepots..<data.numLocations))
            #expect(s.invariantViolations() == [])
        }
    }
}

// Tests of the exact two-index CVRP model: proofs on small instances, the cut separator, route extraction.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct TwoIndexCVRPTests {
    @Test(arguments: [("E-n13-k4", 4, 247), ("E-n22-k4", 4, 375)])
    func provesTheOptimum(name: String, vehicles: Int, optimum: Int) throws {
        let data = try TestSupport.capped(try TestSupport.instance(name), vehicles)
        let result = try TwoIndexCVRP.solve(data: data, warmStart: nil, budget: TimeBudget(seconds: 120))
        #expect(result.isOptimal)
        #expect(result.cost == optimum)
        #expect(abs((result.bound ?? 0) - Double(optimum)) < 1e-6)
        let solution = try #require(result.solution)
        #expect(RouteVerifier.verify(solution, data: data, claimedCost: optimum).isFeasible)
        #expect(solution.routes.count <= vehicles)
    }

    @Test func acceptsTheSearchResultAsWarmStart() throws {
        let data = try TestSupport.capped(try TestSupport.instance("E-n13-k4"), 4)
        let warm = try SolutionFile(routes: [[9, 8, 10, 12], [11, 1, 2, 6], [4, 3], [5, 7]], cost: nil)
            .solution(for: TestSupport.instance("E-n13-k4"))
        let result = try TwoIndexCVRP.solve(data: data, warmStart: warm, budget: TimeBudget(seconds: 60))
        #expect(result.isOptimal)
        #expect(result.cost == 247)
    }

    /// Five clients of demand 4 with capacity 10: routes of at most two clients.
    private let separator = CapacityCutSeparator(n: 5, demand: [0, 4, 4, 4, 4, 4], capacity: 10)

    private func edges(_ routes: [[Int]], subtours: [[Int]] = []) -> [Double] {
        var x = TwoIndexCVRP.edgeValues(Solution(visits: routes), separator: separator)
        for cycle in subtours {
            for (k, a) in cycle.enumerated() { x[separator.column(a, cycle[(k + 1) % cycle.count])] += 1 }
        }
        return x
    }

    @Test func cutsOffASubtour() {
        // Clients 4 and 5 form a cycle of their own (edge {4, 5} used twice): x(δ({4, 5})) = 0 < 2.
        let rows = separator.separate(edges([[1, 2], [3]], subtours: [[4, 5]]))
        let boundary = Set([4, 5].flatMap { i in [0, 1, 2, 3].map { separator.column(i, $0) } })
        #expect(rows.contains { $0.rhs == 2 && Set($0.columns) == boundary })
    }

    @Test func cutsOffAnOverloadedRoute() {
        let rows = separator.separate(edges([[1, 2, 3], [4, 5]]))
        #expect(rows.contains { $0.rhs == 4 })
    }

    @Test func acceptsAFeasiblePoint() {
        #expect(separator.separate(edges([[1, 2], [3, 4], [5]])).isEmpty)
    }

    @Test func readsRoutesBackFromEdges() {
        let solution = Solution(visits: [[1, 2], [3], [5, 4]])
        let back = TwoIndexCVRP.routes(
            from: TwoIndexCVRP.edgeValues(solution, separator: separator),
            separator: separator)
        #expect(Set(back.routes.map { Set($0.visits) }) == Set(solution.routes.map { Set($0.visits) }))
    }
}

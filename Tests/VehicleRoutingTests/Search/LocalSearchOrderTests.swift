// Both orders of the local search (SWAP* once node moves settle, or after every pass) end at a local optimum.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct LocalSearchOrderTests {
    /// Improving moves left in `s`: node moves between each client and its granular neighbours, and SWAP* between
    /// route pairs whose sectors overlap.
    private func improvingMoves(in s: SearchSolution, neighbourhood: Neighbourhood, slots: Int) -> Int {
        var count = 0
        for u in s.data.numDepots..<s.data.numLocations {
            for k in neighbourhood.start[u]..<neighbourhood.start[u + 1] {
                let uRef = s.position(of: u), vRef = s.position(of: Int(neighbourhood.list[k]))
                count += AnyNodeOperator.all.count { $0.evaluate(uRef, vRef, in: s) < -1e-6 }
            }
        }
        let swapStar = SwapStar(numLocations: s.data.numLocations, numRoutes: slots)
        for a in 0..<slots where s.clientCount[a] > 0 {
            for b in (a + 1)..<slots where s.clientCount[b] > 0 && s.sector[a].overlaps(s.sector[b]) {
                if swapStar.evaluate(a, b, in: s) < -1e-6 { count += 1 }
            }
        }
        return count
    }

    @Test(arguments: [false, true], 1...6)
    func endsWhereNoNodeMoveOrSwapStarImproves(everyPass: Bool, seed: UInt64) throws {
        let data = try TestSupport.randomData(clients: 120, capacity: 60, seed: 12)
        let slots = 40
        let neighbourhood = Neighbourhood(data: data, granularity: 10)
        let search = LocalSearch(
            data: data, vehicleTypeOfRoute: [Int](repeating: 0, count: slots), neighbourhood: neighbourhood,
            granularity: 10)
        search.swapStarEveryPass = everyPass
        var random = SeededGenerator(seed: seed)
        let start = TestSupport.randomRoutes(data, routes: slots, random: &random)
        let evaluator = CostEvaluator(loadPenalty: 5)
        // The random start has improving moves, so the count below can fail.
        search.solution.evaluator = evaluator
        search.solution.load(start)
        #expect(improvingMoves(in: search.solution, neighbourhood: neighbourhood, slots: slots) > 0)
        let result = search.run(start, evaluator: evaluator, random: &random)
        #expect(result.flatMap { $0 }.sorted() == Array(1...120))
        #expect(improvingMoves(in: search.solution, neighbourhood: neighbourhood, slots: slots) == 0)
    }
}

// The local search's orders: SWAP* once node moves settle or after every pass (both end at a local optimum), and
// the node operators tried in the order of AnyNodeOperator.all.
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

    /// `tryOperators` is written out operator by operator for speed: it must apply, for every pair, the move the
    /// first improving operator of ``AnyNodeOperator/all`` predicts (without depot V: those accepting one).
    @Test(arguments: [false, true])
    func triesTheOperatorsInTheListsOrder(windows: Bool) throws {
        let data =
            windows
            ? try TestSupport.richData(clients: 40, seed: 5)
            : try TestSupport.randomData(clients: 60, capacity: 50, seed: 3)
        let slots = windows ? 5 : 12, types = windows ? [0, 0, 0, 1, 1] : [Int](repeating: 0, count: 12)
        let neighbourhood = Neighbourhood(data: data, granularity: 8)
        let search = LocalSearch(
            data: data, vehicleTypeOfRoute: types, neighbourhood: neighbourhood, granularity: 8)
        let s = search.solution
        s.evaluator = CostEvaluator(loadPenalty: 3, timeWarpPenalty: 1, distancePenalty: 1, coldChainPenalty: 20)
        var random = SeededGenerator(seed: 17)
        s.load(TestSupport.randomRoutes(data, routes: slots, random: &random))
        // With time windows the search leaves the reversing 2-opt* out.
        let listed = AnyNodeOperator.all.filter { op in
            guard windows, case let .twoOptStar(move) = op else { return true }
            return !move.reversing
        }
        var moves = 0
        for u in data.numDepots..<data.numLocations {
            for k in neighbourhood.start[u]..<neighbourhood.start[u + 1] {
                for depotV in [false, true] {
                    // Positions are read again for each try: a move applied by the first may have moved both.
                    let uRef = s.position(of: u), vRef = s.position(of: Int(neighbourhood.list[k]))
                    let v = depotV ? StopRef(route: vRef.route, index: 0) : vRef
                    let first = listed.lazy.filter { !depotV || $0.acceptsDepotV }
                        .map { $0.evaluate(uRef, v, in: s) }.first { $0 < -1e-6 }
                    let before = s.penalisedCost
                    let moved = search.tryOperators(uRef, v, depotV: depotV)
                    #expect(moved == (first != nil), "pair \(u), \(v): moved \(moved), the list's first \(first ?? 0)")
                    if let first {
                        #expect(abs(s.penalisedCost - before - first) < 1e-6, "pair \(u), \(v)")
                        moves += 1
                    }
                }
            }
        }
        #expect(moves > 20, "only \(moves) moves: the check saw too little")
    }

    @Test(arguments: SwapStarTiming.allCases, 1...6)
    func endsWhereNoNodeMoveOrSwapStarImproves(timing: SwapStarTiming, seed: UInt64) throws {
        let data = try TestSupport.randomData(clients: 120, capacity: 60, seed: 12)
        let slots = 40
        let neighbourhood = Neighbourhood(data: data, granularity: 10)
        let search = LocalSearch(
            data: data, vehicleTypeOfRoute: [Int](repeating: 0, count: slots), neighbourhood: neighbourhood,
            granularity: 10)
        search.swapStar = timing
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

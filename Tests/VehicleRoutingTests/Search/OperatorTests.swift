// Property tests: every operator's predicted cost change equals the change recomputed from scratch.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct OperatorTests {
    /// The penalised cost of the search solution's routes, recomputed by the independent evaluation.
    private func recomputed(_ s: SearchSolution, _ data: ProblemData, types: [Int]? = nil) -> Double {
        let routes = s.exportRoutes()
        let types = types ?? [Int](repeating: 0, count: routes.count)
        let stats = SolutionStats(
            Solution(routes: zip(routes, types).map { Route(vehicleType: $0.1, visits: $0.0) }),
            data: data)
        return s.evaluator.penalisedCost(stats)
    }

    /// Rich data: time windows, pickups, two depots, two vehicle types, limits, cold chain, duration costs.
    @Test(arguments: Array(AnyNodeOperator.all.indices))
    func nodeOperatorDeltaMatchesRecomputedCostOnRichData(operatorIndex: Int) throws {
        let op = AnyNodeOperator.all[operatorIndex]
        let types = [0, 0, 0, 1, 1]
        var applied = 0
        for seed in UInt64(1)...4 {
            let data = try TestSupport.richData(clients: 16, seed: seed)
            let s = SearchSolution(data: data, vehicleTypeOfRoute: types)
            s.evaluator = CostEvaluator(
                loadPenalty: 2.5, timeWarpPenalty: 1.5, distancePenalty: 0.5,
                coldChainPenalty: 40)
            s.prunes = seed % 2 == 0
            var random = SeededGenerator(seed: seed &* 31)
            s.load(TestSupport.randomRoutes(data, routes: 5, random: &random))
            applied += checkMoves(op, on: s, data, types: types, random: &random)
        }
        #expect(applied > 20, "\(op.name) applied only \(applied) moves")
    }

    @Test func swapStarDeltaMatchesRecomputedCostOnRichData() throws {
        let types = [0, 0, 1, 1]
        var applied = 0
        for seed in UInt64(1)...6 {
            let data = try TestSupport.richData(clients: 20, seed: seed)
            let s = SearchSolution(data: data, vehicleTypeOfRoute: types)
            s.evaluator = CostEvaluator(loadPenalty: 1.5, timeWarpPenalty: 2, distancePenalty: 1, coldChainPenalty: 30)
            let op = SwapStar(numLocations: data.numLocations, numRoutes: 4)
            var random = SeededGenerator(seed: seed)
            s.load(TestSupport.randomRoutes(data, routes: 4, random: &random))
            for _ in 0..<60 {
                let a = random.next(below: 4), b = random.next(below: 4)
                guard a != b else { continue }
                let before = recomputed(s, data, types: types)
                let delta = op.evaluate(a, b, in: s)
                guard delta != 0 else { continue }
                #expect(delta < 0)
                op.apply(in: s)
                applied += 1
                #expect(abs(recomputed(s, data, types: types) - (before + delta)) < 1e-6)
                #expect(consistent(s, data))
            }
        }
        #expect(applied > 5)
    }

    /// A random client U and a random V (a client, or one time in `depotOneIn` a route's start depot when the
    /// operator takes one); nil when they coincide.
    private func randomPair(
        _ op: any NodeOperator, in s: SearchSolution, _ data: ProblemData, depotOneIn: Int,
        random: inout SeededGenerator
    ) -> (StopRef, StopRef)? {
        let u = s.position(of: data.numDepots + random.next(below: data.numClients))
        var v = s.position(of: data.numDepots + random.next(below: data.numClients))
        if op.acceptsDepotV && random.next(below: depotOneIn) == 0 {
            v = StopRef(route: random.next(below: s.numRoutes), index: 0)
        }
        return u == v ? nil : (u, v)
    }

    /// Tries 200 random pairs, applies every move `op` prices non-zero and checks the delta against the
    /// recomputed cost, the cached route costs and the positions; returns how many moves were applied.
    private func checkMoves(
        _ op: any NodeOperator, on s: SearchSolution, _ data: ProblemData, types: [Int]? = nil,
        random: inout SeededGenerator
    ) -> Int {
        var applied = 0
        for _ in 0..<200 {
            guard let (u, v) = randomPair(op, in: s, data, depotOneIn: 4, random: &random) else { continue }
            let before = recomputed(s, data, types: types)
            let delta = op.evaluate(u, v, in: s)
            guard delta != 0 else { continue }
            op.apply(u, v, in: s)
            applied += 1
            #expect(abs(recomputed(s, data, types: types) - (before + delta)) < 1e-6, "\(op.name)")
            #expect(abs(s.penalisedCost - recomputed(s, data, types: types)) < 1e-6, "\(op.name) cached route costs")
            #expect(consistent(s, data), "\(op.name) positions")
        }
        return applied
    }

    /// Every client exactly once, the position index consistent with the stops, every cache fresh.
    private func consistent(_ s: SearchSolution, _ data: ProblemData) -> Bool {
        s.invariantViolations().isEmpty
    }

    @Test(arguments: Array(AnyNodeOperator.all.indices), [false, true])
    func nodeOperatorDeltaMatchesRecomputedCost(operatorIndex: Int, asymmetric: Bool) throws {
        let op = AnyNodeOperator.all[operatorIndex]
        var applied = 0
        for seed in UInt64(1)...4 {
            let data = try TestSupport.randomData(clients: 14, capacity: 40, asymmetric: asymmetric, seed: seed)
            let s = SearchSolution(data: data, vehicleTypeOfRoute: [0, 0, 0, 0, 0])
            s.evaluator = CostEvaluator(loadPenalty: 2.5)
            s.prunes = false
            var random = SeededGenerator(seed: seed &* 31)
            s.load(TestSupport.randomRoutes(data, routes: 5, random: &random))
            applied += checkMoves(op, on: s, data, random: &random)
        }
        #expect(applied > 20, "\(op.name) applied only \(applied) moves")
    }

    @Test(arguments: [false, true])
    func swapStarDeltaMatchesRecomputedCost(asymmetric: Bool) throws {
        var applied = 0
        for seed in UInt64(1)...6 {
            let data = try TestSupport.randomData(clients: 20, capacity: 60, asymmetric: asymmetric, seed: seed)
            let s = SearchSolution(data: data, vehicleTypeOfRoute: [0, 0, 0, 0])
            s.evaluator = CostEvaluator(loadPenalty: 1.5)
            let op = SwapStar(numLocations: data.numLocations, numRoutes: 4)
            var random = SeededGenerator(seed: seed)
            s.load(TestSupport.randomRoutes(data, routes: 4, random: &random))
            for _ in 0..<60 {
                let a = random.next(below: 4), b = random.next(below: 4)
                guard a != b else { continue }
                let before = recomputed(s, data)
                let delta = op.evaluate(a, b, in: s)
                guard delta != 0 else { continue }
                #expect(delta < 0)
                op.apply(in: s)
                applied += 1
                #expect(abs(recomputed(s, data) - (before + delta)) < 1e-6)
                #expect(consistent(s, data))
            }
        }
        #expect(applied > 10)
    }

    @Test func localSearchNeverWorsensAndKeepsEveryClient() throws {
        let data = try TestSupport.randomData(clients: 40, capacity: 60, seed: 9)
        let neighbourhood = Neighbourhood(data: data, granularity: 8)
        let search = LocalSearch(
            data: data, vehicleTypeOfRoute: [Int](repeating: 0, count: 12),
            neighbourhood: neighbourhood, granularity: 8)
        var random = SeededGenerator(seed: 3)
        let evaluator = CostEvaluator(loadPenalty: 3)
        for _ in 0..<5 {
            let start = TestSupport.randomRoutes(data, routes: 12, random: &random)
            let before = evaluator.penalisedCost(SolutionStats(Solution(visits: start), data: data))
            let result = search.run(start, evaluator: evaluator, random: &random)
            let after = evaluator.penalisedCost(SolutionStats(Solution(visits: result), data: data))
            #expect(after <= before)
            #expect(result.flatMap { $0 }.sorted() == Array(1...40))
        }
    }

    /// With fixed vehicle costs the distance bound holds only net of the fixed cost a move saves by emptying a
    /// route: pruning must never report 0 for a move that improves (short routes, so moves empty them often).
    @Test(arguments: Array(AnyNodeOperator.all.indices))
    func pruningNeverHidesAnImprovingMoveUnderFixedCosts(operatorIndex: Int) throws {
        let op = AnyNodeOperator.all[operatorIndex]
        var hidden = 0, emptying = 0
        for seed in UInt64(1)...4 {
            let loose = try TestSupport.randomData(clients: 14, capacity: 60, seed: seed)
            let data = try loose.replacing(vehicleTypes: [VehicleType(capacity: 60, fixedCost: 400)])
            let s = SearchSolution(data: data, vehicleTypeOfRoute: [Int](repeating: 0, count: 7))
            s.evaluator = CostEvaluator(loadPenalty: 3)
            var random = SeededGenerator(seed: seed &* 17)
            s.load(TestSupport.randomRoutes(data, routes: 7, random: &random))
            let counts = comparePruning(op, on: s, data, pairs: 300, applyOneIn: 2, random: &random)
            hidden += counts.hidden
            emptying += counts.saving300
        }
        #expect(hidden == 0, "\(op.name) pruned \(hidden) improving moves")
        // Swaps and 2-opt within a route never empty one.
        switch op {
        case .swap, .twoOpt: break
        default: #expect(emptying > 0, "\(op.name) never saved a vehicle")
        }
    }

    /// With time windows the search prunes moves inside a route by their bound's change too, and when vans
    /// pay for their hours the bound counts travel and service time: pruning must never report 0 for an
    /// improving move, inside a route or between two, whatever the time warp, waiting and van type.
    @Test(arguments: Array(AnyNodeOperator.all.indices))
    func pruningNeverHidesAnImprovingMoveWithTimeWindows(operatorIndex: Int) throws {
        let op = AnyNodeOperator.all[operatorIndex]
        var hidden = 0, prunedWithin = 0
        for (k, name) in ["R101", "RC101", "R101", "RC101"].enumerated() {
            var data = try SolomonReader.read(path: TestSupport.resource("\(name).25.txt"), convention: .dimacs).data
            var types = [Int](repeating: 0, count: 6)
            if k >= 2 {
                // The county objective: a fixed cost a day, per-distance and per-time costs, two van types.
                var van = data.vehicleTypes[0], dear = data.vehicleTypes[0]
                (van.fixedCost, van.unitDistanceCost, van.unitDurationCost) = (300, 3, 2)
                (dear.fixedCost, dear.unitDistanceCost, dear.unitDurationCost) = (500, 4, 5)
                data = try data.replacing(vehicleTypes: [van, dear])
                types = [0, 0, 0, 1, 1, 1]
            }
            let s = SearchSolution(data: data, vehicleTypeOfRoute: types)
            #expect(s.data.boundsByDuration == (k >= 2))
            // Light and heavy time-warp weights: a light one leaves little slack, so pruning has work to do.
            s.evaluator = CostEvaluator(loadPenalty: 2, timeWarpPenalty: [0.02, 1, 0.05, 3][k])
            var random = SeededGenerator(seed: UInt64(k + 5))
            s.load(TestSupport.randomRoutes(data, routes: 6, random: &random))
            let counts = comparePruning(op, on: s, data, pairs: 400, applyOneIn: 3, random: &random)
            hidden += counts.hidden
            prunedWithin += counts.prunedWithin
        }
        #expect(hidden == 0, "\(op.name) pruned \(hidden) improving moves")
        // The moves that work inside a route are pruned there too (2-opt* never works inside one).
        if case .twoOptStar = op { return }
        #expect(prunedWithin > 0, "\(op.name) never pruned a move inside a route")
    }

    /// Prices `pairs` random pairs with and without pruning and applies one improving move in `applyOneIn`
    /// (checking the invariants after each); counts the improving moves pruning hid, the moves saving more
    /// than 300 (a route's fixed cost in the tests above) and the moves inside a route that pruning ruled out.
    private func comparePruning(
        _ op: AnyNodeOperator, on s: SearchSolution, _ data: ProblemData, pairs: Int, applyOneIn: Int,
        random: inout SeededGenerator
    ) -> (hidden: Int, saving300: Int, prunedWithin: Int) {
        var counts = (hidden: 0, saving300: 0, prunedWithin: 0)
        for _ in 0..<pairs {
            guard let (u, v) = randomPair(op, in: s, data, depotOneIn: 3, random: &random) else { continue }
            s.prunes = true
            let pruned = op.evaluate(u, v, in: s)
            s.prunes = false
            let exact = op.evaluate(u, v, in: s)
            if exact < -1e-9 && pruned == 0 { counts.hidden += 1 }
            if exact < -300 { counts.saving300 += 1 }
            if u.route == v.route && exact != 0 && pruned == 0 { counts.prunedWithin += 1 }
            if exact < 0 && random.next(below: applyOneIn) == 0 {
                op.apply(u, v, in: s)
                #expect(s.invariantViolations().isEmpty, "\(op.name)")
            }
        }
        return counts
    }
}

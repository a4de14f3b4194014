// The local search loop: tries every operator on granular neighbour pairs, then SWAP* on overlapping routes.
import SolverControl

/// Improves a solution to a local optimum of the node operators and SWAP* (the "education" of HGS).
///
/// The loop follows Vidal (2022): clients in random order; for each client U and each neighbour V, the node
/// operators in turn, first improvement; a pair is re-examined only if one of its routes changed since U was
/// last examined. Moves that put U right after a depot are tried when V follows a depot, and moves into an
/// empty route from the second pass on (so the fleet does not grow for nothing). Node passes repeat until one
/// (from the second on) changes nothing; then SWAP* runs on pairs of routes whose polar sectors overlap, and
/// the whole repeats while SWAP* finds a move.
final class LocalSearch {
    let solution: SearchSolution
    private let neighbourhood: Neighbourhood
    /// Whether the search tries the reversing 2-opt* (not with time windows).
    private let reversingTwoOptStar: Bool
    private let routeOperators: [any RouteOperator]
    @exclusivity(unchecked) private var clientOrder: [Int]
    @exclusivity(unchecked) private var routeOrder: [Int]
    @exclusivity(unchecked) private var neighbours: [Int32]
    /// Per location: the move count when it was last examined as U.
    @exclusivity(unchecked) private var lastTested: [Int]
    /// Per route: the move count when SWAP* last examined it.
    @exclusivity(unchecked) private var lastTestedRoute: [Int]
    private let granularity: Int
    /// The first route slot of each group of slots with the same vehicle type (and the end).
    private let groupStart: [Int]
    /// Per location: whether a restricted search (``runAround(_:evaluator:random:perturb:)``) examines it as U.
    @exclusivity(unchecked) private var promising: [Bool]
    /// Whether the node passes examine only promising clients (and mark the stops next to each move).
    private var restricted = false
    /// When ``run(_:evaluator:random:)`` runs SWAP*: once the node moves have settled (PyVRP's order; the
    /// iterated search's first descents), or after every node pass (HGS-CVRP's; the genetic search's default).
    var swapStar = SwapStarTiming.settled

    /// A local search over `routes` route slots, one vehicle type per slot.
    init(data: ProblemData, vehicleTypeOfRoute: [Int], neighbourhood: Neighbourhood, granularity: Int) {
        solution = SearchSolution(data: data, vehicleTypeOfRoute: vehicleTypeOfRoute)
        self.neighbourhood = neighbourhood
        self.granularity = max(1, granularity)
        // Reversing 2-opt* turns a route's head around: with time windows that almost never fits (PyVRP has no
        // such move), and its long reversed segments are the costliest to price (docs/profiles/).
        reversingTwoOptStar = !data.clients.contains { $0.hasTimeWindow }
        routeOperators = [SwapStar(numLocations: data.numLocations, numRoutes: vehicleTypeOfRoute.count)]
        clientOrder = Array(data.numDepots..<data.numLocations)
        routeOrder = Array(0..<vehicleTypeOfRoute.count)
        var starts = [0]
        for r in 1..<max(1, vehicleTypeOfRoute.count) where vehicleTypeOfRoute[r] != vehicleTypeOfRoute[r - 1] {
            starts.append(r)
        }
        starts.append(vehicleTypeOfRoute.count)
        groupStart = starts
        neighbours = neighbourhood.list
        lastTested = [Int](repeating: -1, count: data.numLocations)
        lastTestedRoute = [Int](repeating: -1, count: vehicleTypeOfRoute.count)
        promising = [Bool](repeating: false, count: data.numLocations)
    }

    /// Improves `routes` (client locations per route slot) under `evaluator`; returns the improved routes.
    func run(_ routes: [[Int]], evaluator: CostEvaluator, random: inout SeededGenerator) -> [[Int]] {
        solution.evaluator = evaluator
        solution.load(routes)
        shuffle(&random)
        for k in lastTested.indices { lastTested[k] = -1 }
        for k in lastTestedRoute.indices { lastTestedRoute[k] = -1 }
        // Node moves until they settle, then SWAP*, and again while SWAP* changes something (PyVRP's order):
        // SWAP* is quadratic in route lengths and, on the sprawling routes of a random start, nearly every
        // pair of sectors overlaps; run after the node moves, it sees compact routes and few overlaps.
        // With `.everyPass` (HGS's order) SWAP* runs inside the pass loop instead, and the loop ends only when
        // neither moved.
        let everyPass = swapStar == .everyPass
        var pass = 0, routePass = 0
        repeat {
            var moved = true
            while moved || pass < 2 {
                moved = nodePass(pass)
                if everyPass && routeOperatorPass(pass) { moved = true }
                pass += 1
            }
            routePass += 1
        } while !everyPass && routeOperatorPass(routePass - 1)
        #if DEBUG
            solution.checkInvariants()
        #endif
        return solution.exportRoutes()
    }

    /// Shuffles the client and route orders, and now and then a neighbour list (linear time on average).
    private func shuffle(_ random: inout SeededGenerator) {
        LocalSearch.shuffle(&clientOrder, &random)
        LocalSearch.shuffle(&routeOrder, &random)
        let start = neighbourhood.start
        for u in clientOrder where random.next(below: granularity) == 0 {
            var i = start[u + 1]
            while i > start[u] + 1 {
                let j = start[u] + random.next(below: i - start[u])
                i -= 1
                neighbours.swapAt(i, j)
            }
        }
    }

    /// `random.shuffle(array)`, the same draws and swaps, specialised: the generic one is not specialised
    /// across modules and shuffling every client per iteration was 4% of a county's iterated search.
    @inline(__always) private static func shuffle(_ array: inout [Int], _ random: inout SeededGenerator) {
        array.withUnsafeMutableBufferPointer { buffer in
            var i = buffer.count
            while i > 1 {
                let j = random.next(below: i)
                i -= 1
                buffer.swapAt(i, j)
            }
        }
    }

    /// One pass of the node operators over every client; whether any move was applied.
    private func nodePass(_ pass: Int) -> Bool {
        let s = solution
        let start = neighbourhood.start
        var moved = false
        for u in clientOrder where !restricted || promising[u] {
            let lastTestedU = lastTested[u]
            lastTested[u] = s.moveCount
            for k in start[u]..<start[u + 1] {
                let v = Int(neighbours[k])
                let uRef = s.position(of: u), vRef = s.position(of: v)
                if pass > 0 && max(s.lastModified[uRef.route], s.lastModified[vRef.route]) <= lastTestedU {
                    continue
                }
                if tryOperators(uRef, vRef, depotV: false) {
                    moved = true
                    continue
                }
                if vRef.index == 1 && tryOperators(uRef, StopRef(route: vRef.route, index: 0), depotV: true) {
                    moved = true
                }
            }
            if pass > 0 {
                // One empty route of each vehicle type: they differ in capacity, cost, depot and cold chain.
                for g in 0..<(groupStart.count - 1) {
                    guard let empty = s.firstEmptyRoute(in: groupStart[g]..<groupStart[g + 1]) else { continue }
                    if tryOperators(s.position(of: u), StopRef(route: empty, index: 0), depotV: true) {
                        moved = true
                        break
                    }
                }
            }
        }
        return moved
    }

    /// Tries the node operators on (U, V), those of ``AnyNodeOperator/all`` in its order, and applies the first
    /// improving one.
    ///
    /// Written out rather than a loop over ``AnyNodeOperator/all``: with each operator a constant and its screen
    /// inlined here, the compiler folds its lengths and shares the loads of U's and V's stops, where the loop
    /// called nine functions with run-time lengths that each loaded everything again. Every operator is screened
    /// before any is priced: the screens only read, and a price is a call after which the compiler would load
    /// everything again; the first that passes and improves is applied, as if each were evaluated in turn
    /// (with ``tryTwoOptStar(_:_:)``, 1,115 instructions a pair of clients where evaluating in turn took 1,164;
    /// HGS-CVRP 486; docs/profiles/genetic-long-routes.md). Internal, not private, for `LocalSearchOrderTests`.
    @inline(never) func tryOperators(_ u: StopRef, _ v: StopRef, depotV: Bool) -> Bool {
        let s = solution
        let relocate1 = Relocate(length: 1), relocate2 = Relocate(length: 2)
        let relocate2Reversed = Relocate(length: 2, reversed: true)
        let swap11 = Swap(lengthU: 1, lengthV: 1), swap21 = Swap(lengthU: 2, lengthV: 1)
        let swap22 = Swap(lengthU: 2, lengthV: 2), twoOpt = TwoOpt()
        let r1 = relocate1.screen(u, v, in: s), r2 = relocate2.screen(u, v, in: s)
        let r2r = relocate2Reversed.screen(u, v, in: s)
        let s11 = !depotV && swap11.screen(u, v, in: s), s21 = !depotV && swap21.screen(u, v, in: s)
        let s22 = !depotV && swap22.screen(u, v, in: s), o2 = !depotV && twoOpt.screen(u, v, in: s)
        if r1 && relocate1.price(u, v, in: s) < -1e-6 { return commit(relocate1, u, v) }
        if r2 && relocate2.price(u, v, in: s) < -1e-6 { return commit(relocate2, u, v) }
        if r2r && relocate2Reversed.price(u, v, in: s) < -1e-6 { return commit(relocate2Reversed, u, v) }
        if s11 && swap11.price(u, v, in: s) < -1e-6 { return commit(swap11, u, v) }
        if s21 && swap21.price(u, v, in: s) < -1e-6 { return commit(swap21, u, v) }
        if s22 && swap22.price(u, v, in: s) < -1e-6 { return commit(swap22, u, v) }
        if o2 && twoOpt.price(u, v, in: s) < -1e-6 { return commit(twoOpt, u, v) }
        return u.route != v.route && tryTwoOptStar(u, v)
    }

    /// The two 2-opt* of ``tryOperators(_:_:depotV:)`` (between routes only), screened and priced the same way,
    /// in a function of their own that calls each variant's screen by name: called twice as `screen`, in
    /// `tryOperators` or here, the compiler inlined one call and compiled the other as one out-of-line function
    /// taking the variant at run time.
    @inline(never) private func tryTwoOptStar(_ u: StopRef, _ v: StopRef) -> Bool {
        let s = solution
        let reversing = TwoOptStar(reversing: true), tails = TwoOptStar(reversing: false)
        let o2r = reversingTwoOptStar && reversing.screenReversing(u, v, in: s), o2t = tails.screenTails(u, v, in: s)
        if o2r && reversing.price(u, v, in: s) < -1e-6 { return commit(reversing, u, v) }
        if o2t && tails.price(u, v, in: s) < -1e-6 { return commit(tails, u, v) }
        return false
    }

    /// Applies `op`, which improves, to (U, V); true.
    @inline(never) private func commit<Op: NodeOperator>(_ op: Op, _ u: StopRef, _ v: StopRef) -> Bool {
        solution.moveCount += 1
        if restricted {
            markAround(u)
            markAround(v)
        }
        op.apply(u, v, in: solution)
        return true
    }

    /// One pass of the route operators over route pairs with overlapping sectors; whether any move was applied.
    private func routeOperatorPass(_ pass: Int) -> Bool {
        let s = solution
        var moved = false
        for op in routeOperators {
            for a in routeOrder {
                let lastTestedA = lastTestedRoute[a]
                lastTestedRoute[a] = s.moveCount
                guard s.clientCount[a] > 0 else { continue }
                for b in routeOrder where a < b && s.clientCount[b] > 0 {
                    if pass > 0 && max(s.lastModified[a], s.lastModified[b]) <= lastTestedA { continue }
                    if restricted && min(s.lastModified[a], s.lastModified[b]) < 0 { continue }
                    guard s.sector[a].overlaps(s.sector[b]) else { continue }
                    if op.evaluate(a, b, in: s) < -1e-6 {
                        s.moveCount += 1
                        op.apply(in: s)
                        moved = true
                    }
                }
            }
        }
        return moved
    }

    // MARK: Restricted search (iterated local search)

    /// Improves `routes` after `perturb` has changed them: only the clients it returns, their stops'
    /// neighbours, and the stops next to every move applied since are examined as U (PyVRP 0.14's search
    /// after a perturbation). With `swapStar`, SWAP* then runs on the pairs of routes that both changed in
    /// this call, and the node moves again after each SWAP* pass that moved something. Costs time in
    /// proportion to what changed, not to the instance.
    func runAround(
        _ routes: [[Int]], evaluator: CostEvaluator, swapStar: Bool = false, random: inout SeededGenerator,
        perturb: (SearchSolution, inout SeededGenerator) -> [Int]
    ) -> [[Int]] {
        solution.evaluator = evaluator
        solution.load(routes)
        shuffle(&random)
        for k in lastTested.indices { lastTested[k] = -1 }
        for k in lastTestedRoute.indices { lastTestedRoute[k] = -1 }
        for k in promising.indices { promising[k] = false }
        for location in perturb(solution, &random) { promising[location] = true }
        restricted = true
        defer { restricted = false }
        // After `load`, every route's `lastModified` is -1: the routes the perturbation or a move changed
        // are the ones stamped since, and SWAP* in restricted mode pairs only those.
        var pass = 0
        repeat {
            var moved = true
            while moved || pass < 2 {
                moved = nodePass(pass)
                pass += 1
            }
        } while swapStar && routeOperatorPass(1)
        #if DEBUG
            solution.checkInvariants()
        #endif
        return solution.exportRoutes()
    }

    /// Marks the stop at `ref` and its two neighbours on the route promising (depots are never examined).
    @inline(__always) private func markAround(_ ref: StopRef) {
        let s = solution
        if ref.index > 0 { promising[Int(s.location(ref.route, ref.index &- 1))] = true }
        promising[Int(s.location(ref.route, ref.index))] = true
        if ref.index <= s.clientCount[ref.route] { promising[Int(s.location(ref.route, ref.index &+ 1))] = true }
    }
}

// SWAP*: exchange a client of one route with a client of another, each reinserted at its best place.

/// The SWAP* neighbourhood of Vidal (2022): for routes A and B, swap a ∈ A with b ∈ B where a goes to its best
/// position in B (not necessarily b's) and b to its best position in A; relocations of a single client to its
/// best position in the other route come for free and are considered too.
///
/// Vidal's observation makes it cheap: the best place for b in A-without-a is either a's old place or one of
/// b's three best insertion places in A, so the three best places of every client in every route are
/// precomputed and cached until that route changes (its ``SearchSolution/version``).
final class SwapStar: RouteOperator {
    let name = "swap*"
    private let numLocations: Int
    private let numRoutes: Int
    /// Per (route, location): the three cheapest insertion places (cost, after-index) and the route version.
    private let cache: UnsafeMutablePointer<InsertionPlaces>
    /// Per location: the distance change of removing it from its route (scaled by the route's unit cost).
    private let removal: UnsafeMutablePointer<Int>
    /// Owns ``cache`` and ``removal``.
    private let buffers = RawBuffers()

    @exclusivity(unchecked) private var best = Candidate()

    private struct InsertionPlaces {
        var version = -1
        var cost0 = Int.max, cost1 = Int.max, cost2 = Int.max
        var after0: Int32 = -1, after1: Int32 = -1, after2: Int32 = -1

        mutating func offer(_ cost: Int, _ after: Int32) {
            if cost < cost0 {
                cost2 = cost1; after2 = after1
                cost1 = cost0; after1 = after0
                cost0 = cost; after0 = after
            } else if cost < cost1 {
                cost2 = cost1; after2 = after1
                cost1 = cost; after1 = after
            } else if cost < cost2 {
                cost2 = cost; after2 = after
            }
        }
    }

    /// A move found by ``evaluate``: client `a` of route A goes after index `afterA` of route B, and client `b`
    /// of B goes after index `afterB` of A (-1 location for a pure relocation).
    private struct Candidate {
        var delta = 0.0
        var routeA = 0, routeB = 0
        var indexA = -1, indexB = -1
        var afterInB = -1, afterInA = -1
    }

    init(numLocations: Int, numRoutes: Int) {
        self.numLocations = numLocations
        self.numRoutes = numRoutes
        cache = buffers.make(numLocations * numRoutes, InsertionPlaces())
        removal = buffers.make(numLocations, 0)
    }

    /// Fills the insertion cache of every client of `from` into route `into` (unless still current), and the
    /// removal gains of the clients of `from`.
    private func prepare(from: Int, into: Int, in s: SearchSolution) {
        let count = s.clientCount[from], countInto = s.clientCount[into]
        let unitFrom = s.data.unitCost[from], unitInto = s.data.unitCost[into]
        let currentVersion = s.version[into]
        for k in 1...count {
            let here = s.location(from, k)
            let previous = s.location(from, k &- 1), next = s.location(from, k &+ 1)
            removal[Int(here)] =
                (s.distance(previous, next) &- s.distance(previous, here)
                    &- s.distance(here, next)) &* unitFrom
            let slot = into &* numLocations &+ Int(here)
            if cache[slot].version == currentVersion { continue }
            var places = InsertionPlaces()
            places.version = currentVersion
            var a = s.location(into, 0)
            for p in 0...countInto {
                let b = s.location(into, p &+ 1)
                let extra = (s.distance(a, here) &+ s.distance(here, b) &- s.distance(a, b)) &* unitInto
                places.offer(extra, Int32(p))
                a = b
            }
            cache[slot] = places
        }
    }

    /// The cheapest way to put `location` into `route` while the client at `removed` leaves it: the cached
    /// places not next to `removed`, or `removed`'s own place. Returns (cost, after-index in the old route).
    @inline(__always) private func cheapestInsertion(
        _ location: Int32, into route: Int, replacing removed: Int,
        in s: SearchSolution
    ) -> (Int, Int) {
        let places = cache[route &* numLocations &+ Int(location)]
        let previous = s.location(route, removed &- 1), next = s.location(route, removed &+ 1)
        var bestCost =
            (s.distance(previous, location) &+ s.distance(location, next) &- s.distance(previous, next))
            &* s.data.unitCost[route]
        var bestAfter = removed &- 1
        if places.after0 >= 0 && Int(places.after0) != removed && Int(places.after0) != removed &- 1 {
            if places.cost0 < bestCost { bestCost = places.cost0; bestAfter = Int(places.after0) }
        } else if places.after1 >= 0 && Int(places.after1) != removed && Int(places.after1) != removed &- 1 {
            if places.cost1 < bestCost { bestCost = places.cost1; bestAfter = Int(places.after1) }
        } else if places.after2 >= 0 && Int(places.after2) != removed && Int(places.after2) != removed &- 1 {
            if places.cost2 < bestCost { bestCost = places.cost2; bestAfter = Int(places.after2) }
        }
        return (bestCost, bestAfter)
    }

    func evaluate(_ routeA: Int, _ routeB: Int, in s: SearchSolution) -> Double {
        best = Candidate()
        let countA = s.clientCount[routeA], countB = s.clientCount[routeB]
        guard countA > 0, countB > 0 else { return 0 }
        prepare(from: routeA, into: routeB, in: s)
        prepare(from: routeB, into: routeA, in: s)
        let loadA = s.routeLoad[routeA], loadB = s.routeLoad[routeB]
        let capacityA = s.data.capacity[routeA], capacityB = s.data.capacity[routeB]
        let evaluator = s.evaluator
        let penaltyA = evaluator.loadPenaltyCost(load: loadA, capacity: capacityA)
        let penaltyB = evaluator.loadPenaltyCost(load: loadB, capacity: capacityB)
        var bestDelta = 0.0
        for ia in 1...countA {
            let a = s.location(routeA, ia)
            let demandA = s.data.delivery[Int(a)]
            let removalA = removal[Int(a)]
            for ib in 1...countB {
                let b = s.location(routeB, ib)
                let demandB = s.data.delivery[Int(b)]
                let penaltyChange =
                    evaluator.loadPenaltyCost(load: loadA &- demandA &+ demandB, capacity: capacityA)
                    - penaltyA + evaluator.loadPenaltyCost(load: loadB &- demandB &+ demandA, capacity: capacityB)
                    - penaltyB
                let bound = penaltyChange + Double(removalA &+ removal[Int(b)])
                if bound >= bestDelta { continue }
                let (costBInA, afterInA) = cheapestInsertion(b, into: routeA, replacing: ia, in: s)
                let (costAInB, afterInB) = cheapestInsertion(a, into: routeB, replacing: ib, in: s)
                let delta = bound + Double(costBInA &+ costAInB)
                if delta < bestDelta {
                    bestDelta = delta
                    best = Candidate(
                        delta: delta, routeA: routeA, routeB: routeB, indexA: ia, indexB: ib,
                        afterInB: afterInB, afterInA: afterInA)
                }
            }
        }
        // Relocations of one client to its best place in the other route, priced from the same caches.
        considerRelocations(from: routeA, into: routeB, bestDelta: &bestDelta, in: s)
        considerRelocations(from: routeB, into: routeA, bestDelta: &bestDelta, in: s)
        guard best.delta < 0 else { return 0 }
        // The screening misses what only the exact price sees (time warp, peaks with pickups, fixed costs).
        let exact = exactDelta(in: s)
        return exact < 0 ? exact : 0
    }

    private func considerRelocations(from: Int, into: Int, bestDelta: inout Double, in s: SearchSolution) {
        let evaluator = s.evaluator
        let loadFrom = s.routeLoad[from], loadInto = s.routeLoad[into]
        let capacityFrom = s.data.capacity[from], capacityInto = s.data.capacity[into]
        let penaltyBefore =
            evaluator.loadPenaltyCost(load: loadFrom, capacity: capacityFrom)
            + evaluator.loadPenaltyCost(load: loadInto, capacity: capacityInto)
        for k in 1...s.clientCount[from] {
            let x = s.location(from, k)
            let places = cache[into &* numLocations &+ Int(x)]
            let demand = s.data.delivery[Int(x)]
            let delta =
                Double(removal[Int(x)] &+ places.cost0)
                + evaluator.loadPenaltyCost(load: loadFrom &- demand, capacity: capacityFrom)
                + evaluator.loadPenaltyCost(load: loadInto &+ demand, capacity: capacityInto)
                - penaltyBefore
            if delta < bestDelta {
                bestDelta = delta
                best = Candidate(
                    delta: delta, routeA: from, routeB: into, indexA: k, indexB: -1,
                    afterInB: Int(places.after0), afterInA: -1)
            }
        }
    }

    /// Builds the routes of the candidate in the scratch buffers; returns their client counts.
    private func build(in s: SearchSolution) -> (Int, Int) {
        (
            fill(
                s.scratch, route: best.routeA, removing: best.indexA, other: best.routeB, inserting: best.indexB,
                after: best.afterInA, in: s),
            fill(
                s.scratch2, route: best.routeB, removing: best.indexB, other: best.routeA, inserting: best.indexA,
                after: best.afterInB, in: s)
        )
    }

    /// Writes `route` without its client at `removing` (if ≥ 1), with the client at `inserting` of `other`
    /// placed after old index `after` (if ≥ 0).
    private func fill(
        _ buffer: UnsafeMutablePointer<Int32>, route: Int, removing: Int, other: Int,
        inserting: Int, after: Int, in s: SearchSolution
    ) -> Int {
        var count = 0
        if after == 0 && inserting >= 1 {
            buffer[count] = s.location(other, inserting)
            count &+= 1
        }
        for k in 1..<(s.clientCount[route] &+ 1) {
            if k != removing {
                buffer[count] = s.location(route, k)
                count &+= 1
            }
            if k == after && inserting >= 1 {
                buffer[count] = s.location(other, inserting)
                count &+= 1
            }
        }
        return count
    }

    /// Prices the candidate exactly by rebuilding both routes (the screening above sees only distances and
    /// delivered loads: not fixed costs, pickups or time warp).
    private func exactDelta(in s: SearchSolution) -> Double {
        let (countA, countB) = build(in: s)
        return s.cost(s.segment(of: s.scratch, count: countA, on: best.routeA), on: best.routeA)
            - s.routeCost[best.routeA]
            + s.cost(s.segment(of: s.scratch2, count: countB, on: best.routeB), on: best.routeB)
            - s.routeCost[best.routeB]
    }

    func apply(in s: SearchSolution) {
        let (countA, countB) = build(in: s)
        s.setRoute(best.routeA, from: s.scratch, count: countA)
        s.setRoute(best.routeB, from: s.scratch2, count: countB)
    }
}

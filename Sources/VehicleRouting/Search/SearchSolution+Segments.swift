// Reading the search solution: stops, O(1) segment summaries, joins, and route costs under the penalties.

extension SearchSolution {
    /// The distance from location `a` to location `b`.
    @inline(__always) func distance(_ a: Int32, _ b: Int32) -> Int { data.distance(a, b) }

    /// The travel time from location `a` to location `b` (only meaningful when the data is timed).
    @inline(__always) func travel(_ a: Int32, _ b: Int32) -> Int { data.travel(a, b) }

    /// The stop at `index` of route `route`.
    @inline(__always) func stop(_ route: Int, _ index: Int) -> SearchStop {
        stops[route &* stride &+ index]
    }

    /// The location at `index` of route `route`.
    @inline(__always) func location(_ route: Int, _ index: Int) -> Int32 {
        stops[route &* stride &+ index].location
    }

    /// Where client location `location` is.
    @inline(__always) func position(of location: Int) -> StopRef {
        StopRef(route: Int(routeOf[location]), index: Int(indexOf[location]))
    }

    /// Whether `ref` is the end depot of its route.
    @inline(__always) func isEndDepot(_ ref: StopRef) -> Bool { ref.index == clientCount[ref.route] &+ 1 }

    /// The first empty route slot in `slots`, or `nil`.
    @inline(__always) func firstEmptyRoute(in slots: Range<Int>) -> Int? {
        for r in slots where clientCount[r] == 0 { return r }
        return nil
    }

    // MARK: Segments

    /// The stops from the start depot up to and including `index`.
    @inline(__always) func before(_ route: Int, _ index: Int) -> RouteSegment {
        let at = route &* stride &+ index
        let s = stops[at]
        let load: LoadSegment, time: DurationSegment
        if data.rich {
            load = richStops[at].loadBefore
            time = richStops[at].timeBefore
        } else {
            load = LoadSegment(delivery: s.deliveryBefore, pickup: 0, peak: s.deliveryBefore)
            time = DurationSegment.zero
        }
        // The end depot (index clients + 1) adds no client.
        return RouteSegment(
            first: data.startDepot[route], last: s.location, distance: s.distanceBefore, load: load,
            clients: index &- (index > clientCount[route] ? 1 : 0), time: time, cold: Int(s.coldBefore))
    }

    /// The stops from `index` (at least 1) up to and including the end depot.
    @inline(__always) func after(_ route: Int, _ index: Int) -> RouteSegment {
        let base = route &* stride
        let s = stops[base &+ index]
        let count = clientCount[route]
        let previous = stops[base &+ index &- 1]
        let load: LoadSegment, time: DurationSegment
        if data.rich {
            load = richStops[base &+ index].loadAfter
            time = richStops[base &+ index].timeAfter
        } else {
            let delivered = routeLoad[route] &- previous.deliveryBefore
            load = LoadSegment(delivery: delivered, pickup: 0, peak: delivered)
            time = DurationSegment.zero
        }
        return RouteSegment(
            first: s.location, last: data.endDepot[route],
            distance: routeDistance[route] &- s.distanceBefore, load: load,
            clients: count &+ 1 &- index, time: time,
            cold: Int(stops[base &+ count].coldBefore &- previous.coldBefore))
    }

    /// The stops of route `from` from `index` (at least 1) to its last client, then the end depot of route
    /// `route`: a tail moved to another route, which may end at another depot or shift.
    @inline(__always) func tail(_ from: Int, _ index: Int, endingOn route: Int) -> RouteSegment {
        if data.sameEnd(from, route) { return after(from, index) }
        let end = after(route, clientCount[route] &+ 1)
        let last = clientCount[from]
        return index <= last ? join(between(from, index, last), end) : end
    }

    /// The clients from index `i` to `j` (1 ≤ i ≤ j ≤ clients), in route order.
    @inline(__always) func between(_ route: Int, _ i: Int, _ j: Int) -> RouteSegment {
        guard data.rich else { return plainBetween(route, i, j, reversed: false) }
        // One client (most moved segments): its own summary, without the out-of-line fold.
        return i == j ? data.single(location(route, i)) : richBetween(route, i, j, reversed: false)
    }

    /// The clients from index `i` to `j`, travelled backwards (from `j` to `i`).
    @inline(__always) func reversed(_ route: Int, _ i: Int, _ j: Int) -> RouteSegment {
        guard data.rich else { return plainBetween(route, i, j, reversed: true) }
        return i == j ? data.single(location(route, i)) : richBetween(route, i, j, reversed: true)
    }

    /// ``between(_:_:_:)`` or ``reversed(_:_:_:)`` of the plain CVRP: every field a difference of prefix sums.
    @inline(__always) private func plainBetween(_ route: Int, _ i: Int, _ j: Int, reversed: Bool) -> RouteSegment {
        let base = route &* stride
        let a = stops[base &+ i], b = stops[base &+ j]
        let previous = stops[base &+ i &- 1]
        let delivered = b.deliveryBefore &- previous.deliveryBefore
        let distance =
            reversed ? b.reverseDistanceBefore &- a.reverseDistanceBefore : b.distanceBefore &- a.distanceBefore
        return RouteSegment(
            first: reversed ? b.location : a.location, last: reversed ? a.location : b.location,
            distance: distance, load: LoadSegment(delivery: delivered, pickup: 0, peak: delivered),
            clients: j &- i &+ 1, time: DurationSegment.zero,
            cold: Int(b.coldBefore &- previous.coldBefore))
    }

    /// ``between(_:_:_:)`` or ``reversed(_:_:_:)`` with pickups or times: peaks and timings do not subtract,
    /// so the stops are folded one by one (moved segments are short; long ones only occur in intra-route
    /// moves). Kept out of line so that the plain CVRP's operators stay small.
    @inline(never) func richBetween(_ route: Int, _ i: Int, _ j: Int, reversed: Bool) -> RouteSegment {
        let base = route &* stride
        let a = stops[base &+ i], b = stops[base &+ j]
        let previous = stops[base &+ i &- 1]
        var here = reversed ? b.location : a.location
        var load = data.clientLoad(here)
        var time = data.timed ? data.clientTime(here) : DurationSegment.zero
        let step = reversed ? -1 : 1
        var k = reversed ? j &- 1 : i &+ 1
        while reversed ? k >= i : k <= j {
            let next = stops[base &+ k].location
            load = LoadSegment.merge(load, data.clientLoad(next))
            if data.timed { time = DurationSegment.merge(time, travel(here, next), data.clientTime(next)) }
            here = next
            k &+= step
        }
        let distance =
            reversed
            ? b.reverseDistanceBefore &- a.reverseDistanceBefore
            : b.distanceBefore &- a.distanceBefore
        return RouteSegment(
            first: reversed ? b.location : a.location, last: reversed ? a.location : b.location,
            distance: distance, load: load, clients: j &- i &+ 1, time: time,
            cold: Int(b.coldBefore &- previous.coldBefore))
    }

    /// `a` followed by `b`.
    @inline(__always) func join(_ a: RouteSegment, _ b: RouteSegment) -> RouteSegment {
        RouteSegment(
            first: a.first, last: b.last, distance: a.distance &+ distance(a.last, b.first) &+ b.distance,
            load: LoadSegment.merge(a.load, b.load), clients: a.clients &+ b.clients,
            time: data.timed ? joinTime(a, b) : a.time,
            cold: a.cold &+ b.cold)
    }

    /// The timing of `a` followed by `b`. Inline: out of line, the call cost 3% of a VRPTW run's instructions
    /// (docs/profiles/vrptw-large.md); the plain CVRP's operators carry the code behind a branch they never
    /// take (and ran 0.5% fewer instructions, not more).
    @inline(__always) func joinTime(_ a: RouteSegment, _ b: RouteSegment) -> DurationSegment {
        DurationSegment.merge(a.time, travel(a.last, b.first), b.time)
    }

    /// `a`, `b` and `c` in sequence.
    @inline(__always) func join(_ a: RouteSegment, _ b: RouteSegment, _ c: RouteSegment) -> RouteSegment {
        join(join(a, b), c)
    }

    // MARK: Costs

    /// The penalty part of running `route`'s vehicle along `segment` (a whole route, depot to depot).
    @inline(__always) func penalty(_ segment: RouteSegment, on route: Int) -> Double {
        guard segment.clients > 0 else { return 0 }
        let total = evaluator.loadPenaltyCost(load: segment.load.peak, capacity: data.capacity[route])
        return data.plain ? total : total + richPenalty(segment, on: route)
    }

    /// The penalties beyond capacity: time warp, excess distance, cold-chain misses (out of line).
    @inline(never) func richPenalty(_ segment: RouteSegment, on route: Int) -> Double {
        var total = 0.0
        if data.timed {
            let warp = segment.time.totalTimeWarp(maxDuration: data.maxDuration[route])
            total += Double(warp) * evaluator.timeWarpPenalty
        }
        if segment.distance > data.maxDistance[route] {
            total += Double(segment.distance &- data.maxDistance[route]) * evaluator.distancePenalty
        }
        if segment.cold > 0 && !data.coldChain[route] { total += Double(segment.cold) * evaluator.coldChainPenalty }
        return total
    }

    /// The penalised cost of running `route`'s vehicle along `segment` (a whole route, depot to depot); an
    /// empty route costs nothing (the vehicle stays home).
    @inline(__always) func cost(_ segment: RouteSegment, on route: Int) -> Double {
        guard segment.clients > 0 else { return 0 }
        return Double(unpenalisedCost(segment, on: route)) + penalty(segment, on: route)
    }

    /// The objective part of ``cost(_:on:)``: fixed, distance and duration costs.
    @inline(__always) func unpenalisedCost(_ segment: RouteSegment, on route: Int) -> Int {
        guard segment.clients > 0 else { return 0 }
        var objective = segment.distance &* data.unitCost[route] &+ data.fixedCost[route]
        if data.timed { objective &+= segment.time.duration &* data.unitDurationCost[route] }
        return objective
    }

    /// Whether a move changing the distances of routes `a` and `b` (distinct) by `changeA` and `changeB`
    /// certainly does not improve: distances bound costs and the change, less the fixed cost of a route the
    /// move empties (`emptiesA`, `emptiesB`), exceeds both routes' penalties. Operators ask this from a few
    /// matrix lookups before they build any segment, which is where the plain CVRP's search spends its time
    /// (most candidate moves end here).
    @inline(__always) func cannotImprove(
        _ changeA: Int, on a: Int, _ changeB: Int, on b: Int,
        emptiesA: Bool, emptiesB: Bool
    ) -> Bool {
        guard prunes && data.boundsPrune else { return false }
        let saved = (emptiesA ? data.fixedCost[a] : 0) &+ (emptiesB ? data.fixedCost[b] : 0)
        let change = changeA &* data.boundScale[a] &+ changeB &* data.boundScale[b] &- saved
        return Double(change) >= routeSlack[a] + routeSlack[b]
    }

    /// Whether a move within `route` that changes its bound by `change` certainly does not improve: the
    /// change exceeds the route's slack (``cannotImprove(_:on:_:on:emptiesA:emptiesB:)`` for one route; a
    /// move inside a route never empties it). With time windows most pairs of neighbours share a route, and
    /// without this their segments were folded stop by stop before any price was known (docs/profiles/).
    @inline(__always) func cannotImprove(_ change: Int, within route: Int) -> Bool {
        guard prunes && data.boundsPrune else { return false }
        return Double(change &* data.boundScale[route]) >= routeSlack[route]
    }

    /// The lower-bound cost of the arc from `a` to `b` (``SearchData/arcBound``: the distance unless the bound
    /// counts time), in the units operators rule moves out by.
    @inline(__always) func bound(_ a: Int32, _ b: Int32) -> Int { data.bound(a, b) }

    /// The ``bound(_:_:)`` sum from the start of `route` up to stop `index`.
    @inline(__always) func boundBefore(_ route: Int, _ index: Int) -> Int {
        let at = route &* stride &+ index
        return data.boundsByDuration ? richStops[at].boundBefore : stops[at].distanceBefore
    }

    /// The ``bound(_:_:)`` sum over the clients from index `i` to `j` of `route`, forwards or backwards.
    @inline(__always) func innerBound(_ route: Int, _ i: Int, _ j: Int, reversed: Bool = false) -> Int {
        guard data.boundsByDuration else { return innerDistance(route, i, j, reversed: reversed) }
        let base = route &* stride
        return reversed
            ? richStops[base &+ j].reverseBoundBefore &- richStops[base &+ i].reverseBoundBefore
            : richStops[base &+ j].boundBefore &- richStops[base &+ i].boundBefore
    }

    /// The distance of the clients from index `i` to `j` of `route`, forwards or backwards.
    @inline(__always) func innerDistance(_ route: Int, _ i: Int, _ j: Int, reversed: Bool = false) -> Int {
        let base = route &* stride
        return reversed
            ? stops[base &+ j].reverseDistanceBefore &- stops[base &+ i].reverseDistanceBefore
            : stops[base &+ j].distanceBefore &- stops[base &+ i].distanceBefore
    }

    /// The change in penalised cost when routes `a` and `b` (distinct) become `newA` and `newB`.
    ///
    /// Penalties are never negative, so when distances bound costs, a move whose distance change (less the
    /// fixed cost of a route it empties) exceeds the two routes' current penalties cannot improve: it is
    /// reported as 0 without pricing the penalties (HGS's early exit).
    @inline(__always) func delta(_ newA: RouteSegment, on a: Int, _ newB: RouteSegment, on b: Int) -> Double {
        if prunes && data.distanceBoundsCost {
            let saved = (newA.clients == 0 ? data.fixedCost[a] : 0) &+ (newB.clients == 0 ? data.fixedCost[b] : 0)
            let distanceChange =
                (newA.distance &- routeDistance[a]) &* data.unitCost[a]
                &+ (newB.distance &- routeDistance[b]) &* data.unitCost[b] &- saved
            if Double(distanceChange) >= routePenalty[a] + routePenalty[b] { return 0 }
        }
        return cost(newA, on: a) - routeCost[a] + cost(newB, on: b) - routeCost[b]
    }

    /// The change in penalised cost when route `r` becomes `newRoute`.
    @inline(__always) func delta(_ newRoute: RouteSegment, on r: Int) -> Double {
        if prunes && data.distanceBoundsCost
            && Double((newRoute.distance &- routeDistance[r]) &* data.unitCost[r]) >= routePenalty[r]
        {
            return 0
        }
        return cost(newRoute, on: r) - routeCost[r]
    }

    /// The segment of a whole route running `count` locations from `buffer` on `route`'s vehicle.
    func segment(of buffer: UnsafeMutablePointer<Int32>, count: Int, on route: Int) -> RouteSegment {
        var whole = before(route, 0)
        for k in 0..<count { whole = join(whole, data.single(buffer[k])) }
        return join(whole, after(route, clientCount[route] &+ 1))
    }
}

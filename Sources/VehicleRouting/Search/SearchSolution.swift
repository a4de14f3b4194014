// The local search's working solution: every route a flat run of stops with prefix data, nothing allocated.

/// One stop of a route in the search, with prefix data for O(1) segment summaries (32 bytes: the hot data).
struct SearchStop {
    /// The location visited (the depot at both ends).
    var location: Int32
    /// Cold-chain clients from the start up to and including this stop.
    var coldBefore: Int32
    /// Distance from the route's start to this stop.
    var distanceBefore: Int
    /// Distance of the reversed path from this stop back to the start (differs only for asymmetric data).
    var reverseDistanceBefore: Int
    /// Load delivered from the start up to and including this stop.
    var deliveryBefore: Int
}

/// The prefix and suffix data of a stop that only problems with pickups or times need, kept apart from
/// ``SearchStop`` so that the plain CVRP's hot loop reads no more memory than before.
struct RichStop {
    /// Load of the stops from the start up to and including this one.
    var loadBefore: LoadSegment
    /// Load of the stops from this one to the end.
    var loadAfter: LoadSegment
    /// Timing from the start depot up to and including this stop.
    var timeBefore: DurationSegment
    /// Timing from this stop to the end depot.
    var timeAfter: DurationSegment
    /// ``SearchData/arcBound`` summed from the start up to this stop, forwards and backwards (kept here only
    /// when the bound counts time; otherwise it is the distance of ``SearchStop``).
    var boundBefore: Int
    var reverseBoundBefore: Int
}

/// Where a stop is: a route slot and the index in it (0 is the start depot, `clients + 1` the end depot).
struct StopRef: Equatable {
    var route: Int
    var index: Int
}

/// The mutable solution a ``LocalSearch`` improves: a fixed number of route slots (the fleet), each a contiguous
/// run of ``SearchStop`` in one flat buffer, plus the position of every client.
///
/// The problem itself is the immutable ``data`` (``SearchData``); this type holds only route state and what
/// is derived from it (prefix data, route totals and costs, sectors, timestamps). All storage is allocated
/// once when the search is built (``RawBuffers`` owns it); loading a solution, pricing moves and applying
/// them never allocate. Operators read stops through ``stop(_:_:)`` and segment summaries (in
/// `SearchSolution+Segments.swift`), and change routes only through ``setRoute(_:from:count:)``;
/// ``checkInvariants()`` (in `SearchSolution+Invariants.swift`) recomputes everything derived from scratch.
final class SearchSolution {
    /// The problem, laid out for the search; never changes.
    let data: SearchData
    var numLocations: Int { data.numLocations }
    var numRoutes: Int { data.numRoutes }
    var stride: Int { data.stride }

    let stops: UnsafeMutablePointer<SearchStop>
    /// Per stop, parallel to ``stops`` (a single element unless ``SearchData/rich``).
    let richStops: UnsafeMutablePointer<RichStop>
    let clientCount: UnsafeMutablePointer<Int>
    let routeDistance: UnsafeMutablePointer<Int>
    /// Delivered load of each route (the screening value of SWAP*).
    let routeLoad: UnsafeMutablePointer<Int>
    let routeCost: UnsafeMutablePointer<Double>
    /// The penalty part of ``routeCost``.
    let routePenalty: UnsafeMutablePointer<Double>
    /// The route's ``SearchData/arcBound`` sum.
    let routeBound: UnsafeMutablePointer<Int>
    /// How much the route costs above its lower bound (fixed cost + scaled ``routeBound``): its penalties,
    /// plus waiting and the dearer vehicle's extra when the bound counts time. A move cannot improve when its
    /// bound grows by more than the slack of the routes it changes.
    let routeSlack: UnsafeMutablePointer<Double>
    /// Whether ``delta`` may skip pricing penalties for moves whose distance alone rules them out (tests turn
    /// this off to check every delta).
    @exclusivity(unchecked) var prunes = true
    let sector: UnsafeMutablePointer<CircleSector>
    /// The move counter value when each route last changed.
    let lastModified: UnsafeMutablePointer<Int>
    let routeOf: UnsafeMutablePointer<Int32>
    let indexOf: UnsafeMutablePointer<Int32>
    /// Bumped whenever a route changes, so caches keyed on a route know when they are stale.
    let version: UnsafeMutablePointer<Int>
    /// Scratch space for building two routes before writing them back.
    let scratch: UnsafeMutablePointer<Int32>
    let scratch2: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var versionCounter = 0
    /// Owns every buffer above.
    private let buffers: RawBuffers

    /// Penalty weights in force.
    @exclusivity(unchecked) var evaluator = CostEvaluator(loadPenalty: 1)
    /// Number of moves applied so far; stamps ``lastModified``.
    @exclusivity(unchecked) var moveCount = 0

    /// Allocates a search solution with one route slot per entry of `vehicleTypeOfRoute`.
    convenience init(data: ProblemData, vehicleTypeOfRoute: [Int]) {
        self.init(data: SearchData(data: data, vehicleTypeOfRoute: vehicleTypeOfRoute))
    }

    /// Allocates a search solution over `data`'s route slots, every route empty.
    init(data: SearchData) {
        self.data = data
        let buffers = RawBuffers()
        self.buffers = buffers
        let n = data.numLocations, routes = data.numRoutes
        let zeroStop = SearchStop(
            location: 0, coldBefore: 0, distanceBefore: 0, reverseDistanceBefore: 0,
            deliveryBefore: 0)
        stops = buffers.make(routes * data.stride, zeroStop)
        richStops = buffers.make(
            data.rich ? routes * data.stride : 1,
            RichStop(
                loadBefore: .empty, loadAfter: .empty, timeBefore: .zero, timeAfter: .zero, boundBefore: 0,
                reverseBoundBefore: 0))
        clientCount = buffers.make(routes, 0)
        routeDistance = buffers.make(routes, 0)
        routeLoad = buffers.make(routes, 0)
        routeCost = buffers.make(routes, 0.0)
        routePenalty = buffers.make(routes, 0.0)
        routeBound = buffers.make(routes, 0)
        routeSlack = buffers.make(routes, 0.0)
        sector = buffers.make(routes, CircleSector())
        lastModified = buffers.make(routes, 0)
        routeOf = buffers.make(n, Int32(-1))
        indexOf = buffers.make(n, Int32(-1))
        version = buffers.make(routes, 0)
        scratch = buffers.make(data.stride, Int32(0))
        scratch2 = buffers.make(data.stride, Int32(0))
        for r in 0..<routes { setRoute(r, from: scratch, count: 0) }
    }

    // MARK: Writing

    /// Replaces the clients of `route` by `count` locations from `locations`, and refreshes its data.
    func setRoute(_ route: Int, from locations: UnsafePointer<Int32>, count: Int) {
        let base = route &* stride
        stops[base].location = data.startDepot[route]
        for k in 0..<count { stops[base &+ k &+ 1].location = locations[k] }
        stops[base &+ count &+ 1].location = data.endDepot[route]
        clientCount[route] = count
        refresh(route)
    }

    /// Recomputes the prefix and suffix data, totals, cost and sector of `route` after its locations changed.
    func refresh(_ route: Int) {
        let base = route &* stride
        let count = clientCount[route]
        var distanceSoFar = 0, reverseSoFar = 0, deliverySoFar = 0, boundSoFar = 0, reverseBoundSoFar = 0
        var coldSoFar: Int32 = 0
        var load = LoadSegment.empty
        var time = data.depotTime(route)
        var previous = stops[base].location
        stops[base].distanceBefore = 0
        stops[base].reverseDistanceBefore = 0
        stops[base].deliveryBefore = 0
        stops[base].coldBefore = 0
        if data.rich {
            richStops[base].loadBefore = load
            richStops[base].timeBefore = time
            richStops[base].boundBefore = 0
            richStops[base].reverseBoundBefore = 0
        }
        var routeSector = CircleSector()
        for k in 1...(count &+ 1) {
            let here = stops[base &+ k].location
            distanceSoFar &+= distance(previous, here)
            reverseSoFar &+= distance(here, previous)
            if k <= count {
                deliverySoFar &+= data.delivery[Int(here)]
                coldSoFar &+= Int32(truncatingIfNeeded: data.cold[Int(here)])
            }
            stops[base &+ k].distanceBefore = distanceSoFar
            stops[base &+ k].reverseDistanceBefore = reverseSoFar
            stops[base &+ k].deliveryBefore = deliverySoFar
            stops[base &+ k].coldBefore = coldSoFar
            if data.rich {
                if k <= count { load = LoadSegment.merge(load, data.clientLoad(here)) }
                if data.timed {
                    time = DurationSegment.merge(
                        time, travel(previous, here),
                        k <= count ? data.clientTime(here) : data.depotTime(route))
                }
                richStops[base &+ k].loadBefore = load
                richStops[base &+ k].timeBefore = time
                if data.boundsByDuration {
                    boundSoFar &+= data.bound(previous, here)
                    reverseBoundSoFar &+= data.bound(here, previous)
                    richStops[base &+ k].boundBefore = boundSoFar
                    richStops[base &+ k].reverseBoundBefore = reverseBoundSoFar
                }
            }
            if k <= count {
                routeOf[Int(here)] = Int32(route)
                indexOf[Int(here)] = Int32(k)
                if k == 1 {
                    routeSector = CircleSector(angle: data.angle[Int(here)])
                } else {
                    routeSector.extend(data.angle[Int(here)])
                }
            }
            previous = here
        }
        if data.rich { refreshSuffixes(route) }
        routeDistance[route] = distanceSoFar
        routeLoad[route] = deliverySoFar
        sector[route] = routeSector
        routeBound[route] = data.boundsByDuration ? boundSoFar : distanceSoFar
        price(route)
        lastModified[route] = moveCount
        versionCounter &+= 1
        version[route] = versionCounter
    }

    /// Fills the suffix data (from each stop to the end depot) of a rich route.
    private func refreshSuffixes(_ route: Int) {
        let base = route &* stride
        let count = clientCount[route]
        var loadAfter = LoadSegment.empty
        var timeAfter = data.depotTime(route)
        richStops[base &+ count &+ 1].loadAfter = loadAfter
        richStops[base &+ count &+ 1].timeAfter = timeAfter
        var next = stops[base &+ count &+ 1].location
        var k = count
        while k >= 0 {
            let here = stops[base &+ k].location
            if k >= 1 { loadAfter = LoadSegment.merge(data.clientLoad(here), loadAfter) }
            if data.timed {
                timeAfter = DurationSegment.merge(
                    k >= 1 ? data.clientTime(here) : data.depotTime(route),
                    travel(here, next),
                    timeAfter)
            }
            richStops[base &+ k].loadAfter = loadAfter
            richStops[base &+ k].timeAfter = timeAfter
            next = here
            k &-= 1
        }
    }

    /// Appends the locations of stops `i...j` of `route` (backwards when `reversed`) to `buffer` at `count`.
    @inline(__always) func append(
        _ route: Int, _ i: Int, _ j: Int, reversed: Bool = false,
        to buffer: UnsafeMutablePointer<Int32>, count: inout Int
    ) {
        guard i <= j else { return }
        let base = route &* stride
        if reversed {
            var k = j
            while k >= i {
                buffer[count] = stops[base &+ k].location
                count &+= 1
                k &-= 1
            }
        } else {
            for k in i...j {
                buffer[count] = stops[base &+ k].location
                count &+= 1
            }
        }
    }

    /// Recomputes every route's cost, after the penalty weights changed.
    func repriceRoutes() {
        for r in 0..<numRoutes { price(r) }
    }

    /// Sets the cost, penalty and slack of `route` from its current stops.
    private func price(_ route: Int) {
        let whole = before(route, clientCount[route] &+ 1)
        let total = cost(whole, on: route), penalty = penalty(whole, on: route)
        routeCost[route] = total
        routePenalty[route] = penalty
        // The cost without penalties is an integer: the slack above the bound is exact (for the plain CVRP
        // it is the penalty itself, as before the bound counted time).
        let floor = whole.clients > 0 ? data.fixedCost[route] &+ routeBound[route] &* data.boundScale[route] : 0
        routeSlack[route] = penalty + Double(unpenalisedCost(whole, on: route) &- floor)
    }

    /// Loads `routes` (client locations per slot; missing slots are empty).
    ///
    /// A slot that already holds the same visits keeps its prefix data and its ``version`` (so SWAP*'s
    /// insertion cache stays valid) and is only repriced under the evaluator in force: the iterated search
    /// loads a solution that differs from the last one in a few routes, and rebuilding all of them was a
    /// tenth of its time on a 739-stop county (docs/profiles/county-ils-pingshan.md).
    func load(_ routes: [[Int]]) {
        precondition(routes.count <= numRoutes, "more routes than vehicles")
        for r in 0..<numRoutes {
            let visits = r < routes.count ? routes[r] : []
            if holds(r, visits) {
                price(r)
            } else {
                for (k, location) in visits.enumerated() { scratch[k] = Int32(location) }
                setRoute(r, from: scratch, count: visits.count)
            }
            lastModified[r] = -1
        }
        moveCount = 0
    }

    /// Whether `route` visits exactly `visits`, in that order.
    private func holds(_ route: Int, _ visits: [Int]) -> Bool {
        guard clientCount[route] == visits.count else { return false }
        let base = route &* stride
        for (k, location) in visits.enumerated() where Int(stops[base &+ k &+ 1].location) != location {
            return false
        }
        return true
    }

    /// The client locations of every route slot (empty slots included).
    func exportRoutes() -> [[Int]] {
        (0..<numRoutes).map { r in (0..<clientCount[r]).map { Int(location(r, $0 + 1)) } }
    }

    /// Total penalised cost of the current routes.
    var penalisedCost: Double {
        var total = 0.0
        for r in 0..<numRoutes { total += routeCost[r] }
        return total
    }
}

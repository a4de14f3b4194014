// The local search's working solution: every route a flat run of stops with prefix data, nothing allocated.

/// One stop of a route in the search, with prefix data for O(1) segment summaries.
struct SearchStop {
    /// The location visited (the depot at both ends).
    var location: Int32
    /// Distance from the route's start to this stop.
    var distanceBefore: Int
    /// Distance of the reversed path from this stop back to the start (differs only for asymmetric data).
    var reverseDistanceBefore: Int
    /// Load delivered at the stops from the start up to and including this one.
    var loadBefore: Int
}

/// Where a stop is: a route slot and the index in it (0 is the start depot, `clients + 1` the end depot).
struct StopRef: Equatable {
    var route: Int
    var index: Int
}

/// The mutable solution a ``LocalSearch`` improves: a fixed number of route slots (the fleet), each a contiguous
/// run of ``SearchStop`` in one flat buffer, plus the position of every client.
///
/// All storage is allocated once when the search is built; loading a solution, pricing moves and applying them
/// never allocate. Operators read stops through ``stop(_:_:)`` and segment summaries, and change routes only
/// through ``setRoute(_:from:count:)`` followed by ``refresh(_:)``.
final class SearchSolution {
    let numLocations: Int
    let numDepots: Int
    let numRoutes: Int
    /// Stops reserved per route: every client plus both depots.
    let stride: Int
    /// The distance matrix, row-major (a private copy so the hot loop reads one raw buffer).
    let matrix: UnsafeMutablePointer<Int>
    /// Delivery per location (0 at depots).
    let delivery: UnsafeMutablePointer<Int>
    let capacity: UnsafeMutablePointer<Int>
    let fixedCost: UnsafeMutablePointer<Int>
    let unitCost: UnsafeMutablePointer<Int>
    let startDepot: UnsafeMutablePointer<Int32>
    let endDepot: UnsafeMutablePointer<Int32>
    /// Polar angle of each location around the first depot, for SWAP*'s route sectors.
    let angle: UnsafeMutablePointer<Int32>

    let stops: UnsafeMutablePointer<SearchStop>
    let clientCount: UnsafeMutablePointer<Int>
    let routeDistance: UnsafeMutablePointer<Int>
    let routeLoad: UnsafeMutablePointer<Int>
    let routeCost: UnsafeMutablePointer<Double>
    /// The load penalty part of ``routeCost``.
    let routePenalty: UnsafeMutablePointer<Double>
    /// Whether any vehicle has a fixed cost (then the distance bound of ``delta`` does not apply).
    let hasFixedCosts: Bool
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

    /// Penalty weights in force.
    @exclusivity(unchecked) var evaluator = CostEvaluator(loadPenalty: 1)
    /// Number of moves applied so far; stamps ``lastModified``.
    @exclusivity(unchecked) var moveCount = 0

    /// Allocates a search solution with one route slot per entry of `vehicleTypeOfRoute`.
    init(data: ProblemData, vehicleTypeOfRoute: [Int]) {
        numLocations = data.numLocations
        numDepots = data.numDepots
        numRoutes = vehicleTypeOfRoute.count
        stride = data.numClients + 2
        let n = numLocations
        let matrixCopy = UnsafeMutablePointer<Int>.allocate(capacity: n * n)
        data.distances.values.withUnsafeBufferPointer { matrixCopy.initialize(from: $0.baseAddress!, count: n * n) }
        matrix = matrixCopy
        delivery = .allocate(capacity: n)
        angle = .allocate(capacity: n)
        let depot = data.depots[0]
        for location in 0..<n {
            if location < numDepots {
                delivery[location] = 0
                angle[location] = 0
            } else {
                let client = data.client(at: location)
                delivery[location] = client.delivery
                angle[location] = CircleSector.angle(dx: client.x - depot.x, dy: client.y - depot.y)
            }
        }
        capacity = .allocate(capacity: numRoutes)
        fixedCost = .allocate(capacity: numRoutes)
        unitCost = .allocate(capacity: numRoutes)
        startDepot = .allocate(capacity: numRoutes)
        endDepot = .allocate(capacity: numRoutes)
        for (r, t) in vehicleTypeOfRoute.enumerated() {
            let type = data.vehicleTypes[t]
            capacity[r] = type.capacity
            fixedCost[r] = type.fixedCost
            unitCost[r] = type.unitDistanceCost
            startDepot[r] = Int32(type.startDepot)
            endDepot[r] = Int32(type.endDepot)
        }
        stops = .allocate(capacity: numRoutes * stride)
        clientCount = .allocate(capacity: numRoutes)
        clientCount.initialize(repeating: 0, count: numRoutes)
        routeDistance = .allocate(capacity: numRoutes)
        routeLoad = .allocate(capacity: numRoutes)
        routeCost = .allocate(capacity: numRoutes)
        routePenalty = .allocate(capacity: numRoutes)
        hasFixedCosts = vehicleTypeOfRoute.contains { data.vehicleTypes[$0].fixedCost != 0 }
        sector = .allocate(capacity: numRoutes)
        lastModified = .allocate(capacity: numRoutes)
        lastModified.initialize(repeating: 0, count: numRoutes)
        routeOf = .allocate(capacity: n)
        routeOf.initialize(repeating: -1, count: n)
        indexOf = .allocate(capacity: n)
        indexOf.initialize(repeating: -1, count: n)
        version = .allocate(capacity: numRoutes)
        version.initialize(repeating: 0, count: numRoutes)
        scratch = .allocate(capacity: stride)
        scratch2 = .allocate(capacity: stride)
        for r in 0..<numRoutes { setRoute(r, from: scratch, count: 0) }
    }

    deinit {
        for pointer in [matrix, delivery, capacity, fixedCost, unitCost, routeDistance, routeLoad, clientCount,
                        lastModified, version] as [UnsafeMutablePointer<Int>] {
            pointer.deallocate()
        }
        for pointer in [startDepot, endDepot, angle, routeOf, indexOf, scratch, scratch2] { pointer.deallocate() }
        stops.deallocate()
        routeCost.deallocate()
        routePenalty.deallocate()
        sector.deallocate()
    }

    // MARK: Reading

    /// The distance from location `a` to location `b`.
    @inline(__always) func distance(_ a: Int32, _ b: Int32) -> Int {
        matrix[Int(a) &* numLocations &+ Int(b)]
    }

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

    /// The stops from the start depot up to and including `index`.
    @inline(__always) func before(_ route: Int, _ index: Int) -> RouteSegment {
        let s = stops[route &* stride &+ index]
        return RouteSegment(first: startDepot[route], last: s.location, distance: s.distanceBefore,
                            load: s.loadBefore, clients: index)
    }

    /// The stops from `index` (at least 1) up to and including the end depot.
    @inline(__always) func after(_ route: Int, _ index: Int) -> RouteSegment {
        let base = route &* stride
        let s = stops[base &+ index]
        return RouteSegment(first: s.location, last: endDepot[route],
                            distance: routeDistance[route] &- s.distanceBefore,
                            load: routeLoad[route] &- stops[base &+ index &- 1].loadBefore,
                            clients: clientCount[route] &+ 1 &- index)
    }

    /// The clients from index `i` to `j` (1 ≤ i ≤ j ≤ clients), in route order.
    @inline(__always) func between(_ route: Int, _ i: Int, _ j: Int) -> RouteSegment {
        let base = route &* stride
        let a = stops[base &+ i], b = stops[base &+ j]
        return RouteSegment(first: a.location, last: b.location, distance: b.distanceBefore &- a.distanceBefore,
                            load: b.loadBefore &- stops[base &+ i &- 1].loadBefore, clients: j &- i &+ 1)
    }

    /// The clients from index `i` to `j`, travelled backwards (from `j` to `i`).
    @inline(__always) func reversed(_ route: Int, _ i: Int, _ j: Int) -> RouteSegment {
        let base = route &* stride
        let a = stops[base &+ i], b = stops[base &+ j]
        return RouteSegment(first: b.location, last: a.location,
                            distance: b.reverseDistanceBefore &- a.reverseDistanceBefore,
                            load: b.loadBefore &- stops[base &+ i &- 1].loadBefore, clients: j &- i &+ 1)
    }

    /// `a` followed by `b`.
    @inline(__always) func join(_ a: RouteSegment, _ b: RouteSegment) -> RouteSegment {
        RouteSegment(first: a.first, last: b.last, distance: a.distance &+ distance(a.last, b.first) &+ b.distance,
                     load: a.load &+ b.load, clients: a.clients &+ b.clients)
    }

    /// `a`, `b` and `c` in sequence.
    @inline(__always) func join(_ a: RouteSegment, _ b: RouteSegment, _ c: RouteSegment) -> RouteSegment {
        join(join(a, b), c)
    }

    /// The penalised cost of running `route`'s vehicle along `segment` (a whole route, depot to depot).
    @inline(__always) func cost(_ segment: RouteSegment, on route: Int) -> Double {
        var objective = segment.distance &* unitCost[route]
        if segment.clients > 0 { objective &+= fixedCost[route] }
        return Double(objective) + evaluator.loadPenaltyCost(load: segment.load, capacity: capacity[route])
    }

    /// The change in penalised cost when routes `a` and `b` (distinct) become `newA` and `newB`.
    ///
    /// Penalties are never negative, so a move whose distance change alone exceeds the two routes' current
    /// penalties cannot improve: it is reported as 0 without pricing the penalties (HGS's early exit).
    @inline(__always) func delta(_ newA: RouteSegment, on a: Int, _ newB: RouteSegment, on b: Int) -> Double {
        if prunes && !hasFixedCosts {
            let distanceChange = (newA.distance &- routeDistance[a]) &* unitCost[a]
                &+ (newB.distance &- routeDistance[b]) &* unitCost[b]
            if Double(distanceChange) >= routePenalty[a] + routePenalty[b] { return 0 }
        }
        return cost(newA, on: a) - routeCost[a] + cost(newB, on: b) - routeCost[b]
    }

    /// The change in penalised cost when route `r` becomes `newRoute`.
    @inline(__always) func delta(_ newRoute: RouteSegment, on r: Int) -> Double {
        if prunes && !hasFixedCosts && newRoute.load == routeLoad[r]
            && newRoute.distance >= routeDistance[r] {
            return 0
        }
        return cost(newRoute, on: r) - routeCost[r]
    }

    // MARK: Writing

    /// Replaces the clients of `route` by `count` locations from `locations`, and refreshes its data.
    func setRoute(_ route: Int, from locations: UnsafePointer<Int32>, count: Int) {
        let base = route &* stride
        stops[base].location = startDepot[route]
        for k in 0..<count { stops[base &+ k &+ 1].location = locations[k] }
        stops[base &+ count &+ 1].location = endDepot[route]
        clientCount[route] = count
        refresh(route)
    }

    /// Recomputes the prefix data, totals, cost and sector of `route` after its locations changed.
    func refresh(_ route: Int) {
        let base = route &* stride
        let count = clientCount[route]
        var distanceSoFar = 0, reverseSoFar = 0, load = 0
        var previous = stops[base].location
        stops[base] = SearchStop(location: previous, distanceBefore: 0, reverseDistanceBefore: 0, loadBefore: 0)
        var routeSector = CircleSector()
        for k in 1...(count &+ 1) {
            let here = stops[base &+ k].location
            distanceSoFar &+= distance(previous, here)
            reverseSoFar &+= distance(here, previous)
            load &+= delivery[Int(here)]
            stops[base &+ k] = SearchStop(location: here, distanceBefore: distanceSoFar,
                                          reverseDistanceBefore: reverseSoFar, loadBefore: load)
            if k <= count {
                routeOf[Int(here)] = Int32(route)
                indexOf[Int(here)] = Int32(k)
                if k == 1 {
                    routeSector = CircleSector(angle: angle[Int(here)])
                } else {
                    routeSector.extend(angle[Int(here)])
                }
            }
            previous = here
        }
        routeDistance[route] = distanceSoFar
        routeLoad[route] = load
        sector[route] = routeSector
        routeCost[route] = cost(before(route, count &+ 1), on: route)
        routePenalty[route] = evaluator.loadPenaltyCost(load: load, capacity: capacity[route])
        lastModified[route] = moveCount
        versionCounter &+= 1
        version[route] = versionCounter
    }

    /// Appends the locations of stops `i...j` of `route` (backwards when `reversed`) to `buffer` at `count`.
    @inline(__always) func append(_ route: Int, _ i: Int, _ j: Int, reversed: Bool = false,
                                  to buffer: UnsafeMutablePointer<Int32>, count: inout Int) {
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
        for r in 0..<numRoutes {
            routeCost[r] = cost(before(r, clientCount[r] &+ 1), on: r)
            routePenalty[r] = evaluator.loadPenaltyCost(load: routeLoad[r], capacity: capacity[r])
        }
    }

    /// Loads `routes` (client locations per slot; missing slots are empty).
    func load(_ routes: [[Int]]) {
        precondition(routes.count <= numRoutes, "more routes than vehicles")
        for r in 0..<numRoutes {
            let visits = r < routes.count ? routes[r] : []
            for (k, location) in visits.enumerated() { scratch[k] = Int32(location) }
            setRoute(r, from: scratch, count: visits.count)
            lastModified[r] = -1
        }
        moveCount = 0
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

    /// The first empty route slot, or `nil`.
    func firstEmptyRoute() -> Int? {
        for r in 0..<numRoutes where clientCount[r] == 0 { return r }
        return nil
    }
}

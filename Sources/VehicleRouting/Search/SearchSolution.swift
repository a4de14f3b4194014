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
/// never allocate. Operators read stops through ``stop(_:_:)`` and segment summaries (in
/// `SearchSolution+Segments.swift`), and change routes only through ``setRoute(_:from:count:)``.
final class SearchSolution {
    let numLocations: Int
    let numDepots: Int
    let numRoutes: Int
    /// Stops reserved per route: every client plus both depots.
    let stride: Int
    /// The distance matrix, row-major (a private copy so the hot loop reads one raw buffer).
    let matrix: UnsafeMutablePointer<Int>
    /// The duration matrix, row-major (allocated only when ``timed``).
    let durationMatrix: UnsafeMutablePointer<Int>
    /// Per location: delivery, pickup, service time, time window, cold chain (0 or 1); zeros at depots.
    let delivery: UnsafeMutablePointer<Int>
    let pickup: UnsafeMutablePointer<Int>
    let service: UnsafeMutablePointer<Int>
    let earliest: UnsafeMutablePointer<Int>
    let latest: UnsafeMutablePointer<Int>
    let cold: UnsafeMutablePointer<Int>
    /// Per route slot: what its vehicle type allows and costs.
    let capacity: UnsafeMutablePointer<Int>
    let fixedCost: UnsafeMutablePointer<Int>
    let unitCost: UnsafeMutablePointer<Int>
    let unitDurationCost: UnsafeMutablePointer<Int>
    let maxDuration: UnsafeMutablePointer<Int>
    let maxDistance: UnsafeMutablePointer<Int>
    let shiftStart: UnsafeMutablePointer<Int>
    let shiftEnd: UnsafeMutablePointer<Int>
    let coldChain: UnsafeMutablePointer<Bool>
    let startDepot: UnsafeMutablePointer<Int32>
    let endDepot: UnsafeMutablePointer<Int32>
    /// Polar angle of each location around the first depot, for SWAP*'s route sectors.
    let angle: UnsafeMutablePointer<Int32>

    /// Whether the problem has time windows, service times, shifts or duration limits or costs: only then are
    /// timings computed.
    let timed: Bool
    /// Whether some client has a pickup: only then are loads of inner segments summed stop by stop.
    let hasPickups: Bool
    /// Whether ``richStops`` are kept: pickups or times.
    let rich: Bool
    /// Whether only capacity can be violated (no times, distance limits or cold chain): the fast cost path.
    let plain: Bool

    let stops: UnsafeMutablePointer<SearchStop>
    /// Per stop, parallel to ``stops`` (allocated only when ``rich``).
    let richStops: UnsafeMutablePointer<RichStop>
    let clientCount: UnsafeMutablePointer<Int>
    let routeDistance: UnsafeMutablePointer<Int>
    /// Delivered load of each route (the screening value of SWAP*).
    let routeLoad: UnsafeMutablePointer<Int>
    let routeCost: UnsafeMutablePointer<Double>
    /// The penalty part of ``routeCost``.
    let routePenalty: UnsafeMutablePointer<Double>
    /// Whether the distance change of a move, less the fixed costs of the routes it empties, bounds its
    /// objective change from below (no duration costs, every route back at its start depot): only then may
    /// ``delta`` skip pricing penalties.
    let distanceBoundsCost: Bool
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
        timed = data.isTimed
        hasPickups = data.clients.contains { $0.pickup != 0 }
        rich = timed || hasPickups
        let distanceCopy = UnsafeMutablePointer<Int>.allocate(capacity: n * n)
        data.distances.values.withUnsafeBufferPointer { distanceCopy.initialize(from: $0.baseAddress!, count: n * n) }
        matrix = distanceCopy
        let durationCopy = UnsafeMutablePointer<Int>.allocate(capacity: timed ? n * n : 1)
        if timed {
            data.durations.values.withUnsafeBufferPointer {
                durationCopy.initialize(from: $0.baseAddress!, count: n * n)
            }
        }
        durationMatrix = durationCopy
        delivery = .allocate(capacity: n)
        pickup = .allocate(capacity: n)
        service = .allocate(capacity: n)
        earliest = .allocate(capacity: n)
        latest = .allocate(capacity: n)
        cold = .allocate(capacity: n)
        angle = .allocate(capacity: n)
        let depot = data.depots[0]
        for location in 0..<n {
            if location < numDepots {
                delivery[location] = 0
                pickup[location] = 0
                service[location] = 0
                earliest[location] = 0
                latest[location] = DurationSegment.unbounded
                cold[location] = 0
                angle[location] = 0
            } else {
                let client = data.client(at: location)
                delivery[location] = client.delivery
                pickup[location] = client.pickup
                service[location] = client.serviceDuration
                earliest[location] = client.earliestStart
                latest[location] = min(client.latestStart, DurationSegment.unbounded)
                cold[location] = client.requiresColdChain ? 1 : 0
                angle[location] = CircleSector.angle(dx: client.x - depot.x, dy: client.y - depot.y)
            }
        }
        capacity = .allocate(capacity: numRoutes)
        fixedCost = .allocate(capacity: numRoutes)
        unitCost = .allocate(capacity: numRoutes)
        unitDurationCost = .allocate(capacity: numRoutes)
        maxDuration = .allocate(capacity: numRoutes)
        maxDistance = .allocate(capacity: numRoutes)
        shiftStart = .allocate(capacity: numRoutes)
        shiftEnd = .allocate(capacity: numRoutes)
        coldChain = .allocate(capacity: numRoutes)
        startDepot = .allocate(capacity: numRoutes)
        endDepot = .allocate(capacity: numRoutes)
        var distanceBoundsCost = true
        for (r, t) in vehicleTypeOfRoute.enumerated() {
            let type = data.vehicleTypes[t]
            capacity[r] = type.capacity
            fixedCost[r] = type.fixedCost
            unitCost[r] = type.unitDistanceCost
            unitDurationCost[r] = type.unitDurationCost
            maxDuration[r] = min(type.maxDuration, DurationSegment.unbounded)
            maxDistance[r] = type.maxDistance
            shiftStart[r] = type.shiftStart
            shiftEnd[r] = min(type.shiftEnd, DurationSegment.unbounded)
            coldChain[r] = type.coldChain
            startDepot[r] = Int32(type.startDepot)
            endDepot[r] = Int32(type.endDepot)
            if type.unitDurationCost != 0 || type.startDepot != type.endDepot {
                distanceBoundsCost = false
            }
        }
        self.distanceBoundsCost = distanceBoundsCost
        plain = !timed && !data.vehicleTypes.contains { $0.maxDistance != Int.max }
            && !data.clients.contains { $0.requiresColdChain }
        stops = .allocate(capacity: numRoutes * stride)
        richStops = .allocate(capacity: rich ? numRoutes * stride : 1)
        clientCount = .allocate(capacity: numRoutes)
        clientCount.initialize(repeating: 0, count: numRoutes)
        routeDistance = .allocate(capacity: numRoutes)
        routeLoad = .allocate(capacity: numRoutes)
        routeCost = .allocate(capacity: numRoutes)
        routePenalty = .allocate(capacity: numRoutes)
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
        for pointer in [matrix, durationMatrix, delivery, pickup, service, earliest, latest, cold, capacity,
                        fixedCost, unitCost, unitDurationCost, maxDuration, maxDistance, shiftStart, shiftEnd,
                        routeDistance, routeLoad, clientCount, lastModified, version] as [UnsafeMutablePointer<Int>] {
            pointer.deallocate()
        }
        for pointer in [startDepot, endDepot, angle, routeOf, indexOf, scratch, scratch2] { pointer.deallocate() }
        coldChain.deallocate()
        stops.deallocate()
        richStops.deallocate()
        routeCost.deallocate()
        routePenalty.deallocate()
        sector.deallocate()
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

    /// Recomputes the prefix and suffix data, totals, cost and sector of `route` after its locations changed.
    func refresh(_ route: Int) {
        let base = route &* stride
        let count = clientCount[route]
        var distanceSoFar = 0, reverseSoFar = 0, deliverySoFar = 0
        var coldSoFar: Int32 = 0
        var load = LoadSegment.empty
        var time = depotTime(route)
        var previous = stops[base].location
        stops[base].distanceBefore = 0
        stops[base].reverseDistanceBefore = 0
        stops[base].deliveryBefore = 0
        stops[base].coldBefore = 0
        if rich {
            richStops[base].loadBefore = load
            richStops[base].timeBefore = time
        }
        var routeSector = CircleSector()
        for k in 1...(count &+ 1) {
            let here = stops[base &+ k].location
            distanceSoFar &+= distance(previous, here)
            reverseSoFar &+= distance(here, previous)
            if k <= count {
                deliverySoFar &+= delivery[Int(here)]
                coldSoFar &+= Int32(truncatingIfNeeded: cold[Int(here)])
            }
            stops[base &+ k].distanceBefore = distanceSoFar
            stops[base &+ k].reverseDistanceBefore = reverseSoFar
            stops[base &+ k].deliveryBefore = deliverySoFar
            stops[base &+ k].coldBefore = coldSoFar
            if rich {
                if k <= count { load = LoadSegment.merge(load, clientLoad(here)) }
                if timed {
                    time = DurationSegment.merge(time, travel(previous, here),
                                                 k <= count ? clientTime(here) : depotTime(route))
                }
                richStops[base &+ k].loadBefore = load
                richStops[base &+ k].timeBefore = time
            }
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
        if rich { refreshSuffixes(route) }
        routeDistance[route] = distanceSoFar
        routeLoad[route] = deliverySoFar
        sector[route] = routeSector
        let whole = before(route, count &+ 1)
        routeCost[route] = cost(whole, on: route)
        routePenalty[route] = penalty(whole, on: route)
        lastModified[route] = moveCount
        versionCounter &+= 1
        version[route] = versionCounter
    }

    /// Fills the suffix data (from each stop to the end depot) of a rich route.
    private func refreshSuffixes(_ route: Int) {
        let base = route &* stride
        let count = clientCount[route]
        var loadAfter = LoadSegment.empty
        var timeAfter = depotTime(route)
        richStops[base &+ count &+ 1].loadAfter = loadAfter
        richStops[base &+ count &+ 1].timeAfter = timeAfter
        var next = stops[base &+ count &+ 1].location
        var k = count
        while k >= 0 {
            let here = stops[base &+ k].location
            if k >= 1 { loadAfter = LoadSegment.merge(clientLoad(here), loadAfter) }
            if timed {
                timeAfter = DurationSegment.merge(k >= 1 ? clientTime(here) : depotTime(route), travel(here, next),
                                                  timeAfter)
            }
            richStops[base &+ k].loadAfter = loadAfter
            richStops[base &+ k].timeAfter = timeAfter
            next = here
            k &-= 1
        }
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
            let whole = before(r, clientCount[r] &+ 1)
            routeCost[r] = cost(whole, on: r)
            routePenalty[r] = penalty(whole, on: r)
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
}

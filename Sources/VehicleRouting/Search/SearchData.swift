// The local search's immutable view of the problem: flat per-location and per-route-slot buffers, set once.

/// What the local search reads about the problem, laid out for its hot loop: the matrices and every
/// per-location and per-route-slot value in flat buffers, plus the flags that pick the fast paths.
///
/// Built once per solver from a ``ProblemData`` and the vehicle type of each route slot, and never changed
/// afterwards (the buffers are exposed as `UnsafePointer`). The mutable route state lives in
/// ``SearchSolution``. Being a struct of pointers stored inline in ``SearchSolution``, reading a value costs
/// the same one load as a stored pointer of the solution itself; ``RawBuffers`` owns the memory.
struct SearchData {
    let numLocations: Int
    let numDepots: Int
    let numRoutes: Int
    /// Stops reserved per route: every client plus both depots.
    let stride: Int
    /// The distance matrix, row-major, in 32 bits (``ProblemData`` admits no larger distance): a private copy so
    /// the hot loop reads one raw buffer, at half the bytes (every neighbour V costs a look into its row); on
    /// X-n701-k44 halving it saved 5.5% of the genetic search's time (docs/profiles/genetic-long-routes.md).
    let matrix: UnsafePointer<Int32>
    /// The duration matrix, row-major (a single element unless ``timed``).
    let durationMatrix: UnsafePointer<Int>
    /// Per location: delivery, pickup, service time, time window, cold chain (0 or 1); zeros at depots.
    let delivery: UnsafePointer<Int>
    let pickup: UnsafePointer<Int>
    let service: UnsafePointer<Int>
    let earliest: UnsafePointer<Int>
    let latest: UnsafePointer<Int>
    let cold: UnsafePointer<Int>
    /// Polar angle of each location around the first depot, for SWAP*'s route sectors.
    let angle: UnsafePointer<Int32>
    /// Per route slot: what its vehicle type allows and costs.
    let capacity: UnsafePointer<Int>
    let fixedCost: UnsafePointer<Int>
    let unitCost: UnsafePointer<Int>
    let unitDurationCost: UnsafePointer<Int>
    let maxDuration: UnsafePointer<Int>
    let maxDistance: UnsafePointer<Int>
    let shiftStart: UnsafePointer<Int>
    let shiftEnd: UnsafePointer<Int>
    let coldChain: UnsafePointer<Bool>
    let startDepot: UnsafePointer<Int32>
    let endDepot: UnsafePointer<Int32>

    /// Whether the problem has time windows, service times, shifts or duration limits or costs: only then are
    /// timings computed.
    let timed: Bool
    /// Whether some client has a pickup: only then are loads of inner segments summed stop by stop.
    let hasPickups: Bool
    /// Whether the search keeps ``RichStop`` data: pickups or times.
    let rich: Bool
    /// Whether only capacity can be violated (``ProblemData/onlyCapacityBindsRoutes``): the fast cost path.
    let plain: Bool
    /// Whether ``plain`` without pickups: a route's penalised cost follows from its distance, delivered load and
    /// client count, all differences of ``SearchStop``'s prefix sums, so an operator may price a move between
    /// two routes from those numbers alone, as HGS-CVRP does (``TwoOptStar``'s tail swap).
    let pricedFromPrefixes: Bool
    /// Whether the distance change of a move, less the fixed costs of the routes it empties, bounds its
    /// objective change from below (no duration costs, every route back at its start depot): only then may a
    /// move be ruled out from distances alone.
    let distanceBoundsCost: Bool
    /// Whether every route returns to its start depot: then a move's change in ``arcBound`` sums, less the
    /// fixed costs of the routes it empties, bounds its cost change from below (``SearchSolution``'s
    /// `cannotImprove`), and most candidate moves are ruled out from a few lookups.
    let boundsPrune: Bool
    /// Whether ``arcBound`` counts time: some vehicle pays for its hours (county routing, whose objective is
    /// the day's cost), so distance alone bounds nothing.
    let boundsByDuration: Bool
    /// The lower-bound cost of each arc, row-major: the distance matrix itself unless ``boundsByDuration``;
    /// then distance × the least per-distance cost plus (travel time + service at the arc's head) × the least
    /// per-time cost of any vehicle. A route costs at least its arcs' sum plus its fixed cost (its duration
    /// is travel, service and waiting), so a move whose arc sums grow by more than the routes' slack
    /// (``SearchSolution``'s `routeSlack`) cannot improve.
    /// In 32 bits as the distances; a bound above `Int32.max` is lowered to it, which keeps it a lower bound as
    /// long as every sum of bounds is taken from this table (``SearchSolution`` sums it for ``routeBound``).
    let arcBound: UnsafePointer<Int32>
    /// Per route slot: what an ``arcBound`` sum is multiplied by to give cost (the per-distance cost when the
    /// bound is the distance, 1 when it is already a cost).
    let boundScale: UnsafePointer<Int>
    /// Owns every buffer above.
    private let buffers: RawBuffers

    /// The search data of `data` with one route slot per entry of `vehicleTypeOfRoute`.
    init(data: ProblemData, vehicleTypeOfRoute: [Int]) {
        let buffers = RawBuffers()
        self.buffers = buffers
        let n = data.numLocations
        numLocations = n
        numDepots = data.numDepots
        numRoutes = vehicleTypeOfRoute.count
        stride = data.numClients + 2
        timed = data.isTimed
        hasPickups = data.hasPickups
        rich = timed || hasPickups
        plain = data.onlyCapacityBindsRoutes
        pricedFromPrefixes = plain && !hasPickups
        matrix = UnsafePointer(buffers.copy(data.distances.values.map { Int32($0) }))
        durationMatrix = UnsafePointer(timed ? buffers.copy(data.durations.values) : buffers.make(1, 0))
        let depot = data.depots[0]
        let isClient = { (location: Int) in location >= data.numDepots }
        func perLocation<T: BitwiseCopyable>(depot value: T, _ client: (Client) -> T) -> UnsafePointer<T> {
            UnsafePointer(buffers.copy((0..<n).map { isClient($0) ? client(data.client(at: $0)) : value }))
        }
        delivery = perLocation(depot: 0) { $0.delivery }
        pickup = perLocation(depot: 0) { $0.pickup }
        service = perLocation(depot: 0) { $0.serviceDuration }
        earliest = perLocation(depot: 0) { $0.earliestStart }
        latest = perLocation(depot: DurationSegment.unbounded) { min($0.latestStart, DurationSegment.unbounded) }
        cold = perLocation(depot: 0) { $0.requiresColdChain ? 1 : 0 }
        angle = perLocation(depot: Int32(0)) { CircleSector.angle(dx: $0.x - depot.x, dy: $0.y - depot.y) }
        let types = vehicleTypeOfRoute.map { data.vehicleTypes[$0] }
        func perRoute<T: BitwiseCopyable>(_ value: (VehicleType) -> T) -> UnsafePointer<T> {
            UnsafePointer(buffers.copy(types.map(value)))
        }
        capacity = perRoute { $0.capacity }
        fixedCost = perRoute { $0.fixedCost }
        unitCost = perRoute { $0.unitDistanceCost }
        unitDurationCost = perRoute { $0.unitDurationCost }
        maxDuration = perRoute { min($0.maxDuration, DurationSegment.unbounded) }
        maxDistance = perRoute { $0.maxDistance }
        shiftStart = perRoute { $0.shiftStart }
        shiftEnd = perRoute { min($0.shiftEnd, DurationSegment.unbounded) }
        coldChain = perRoute { $0.coldChain }
        startDepot = perRoute { Int32($0.startDepot) }
        endDepot = perRoute { Int32($0.endDepot) }
        distanceBoundsCost = !types.contains { $0.unitDurationCost != 0 || $0.startDepot != $0.endDepot }
        boundsPrune = !types.contains { $0.startDepot != $0.endDepot }
        boundsByDuration = timed && types.contains { $0.unitDurationCost != 0 }
        if boundsByDuration {
            let perDistance = types.map(\.unitDistanceCost).min() ?? 0
            let perTime = types.map(\.unitDurationCost).min() ?? 0
            let service = self.service, durations = durationMatrix
            arcBound = UnsafePointer(
                buffers.copy(
                    (0..<(n * n)).map { k in
                        let bound =
                            data.distances.values[k] &* perDistance &+ (durations[k] &+ service[k % n]) &* perTime
                        return Int32(clamping: bound)
                    }))
            boundScale = perRoute { _ in 1 }
        } else {
            arcBound = matrix
            boundScale = unitCost
        }
    }

    /// The distance from location `a` to location `b`.
    @inline(__always) func distance(_ a: Int32, _ b: Int32) -> Int {
        Int(matrix[Int(a) &* numLocations &+ Int(b)])
    }

    /// The lower-bound cost of the arc from location `a` to location `b` (``arcBound``).
    @inline(__always) func bound(_ a: Int32, _ b: Int32) -> Int {
        Int(arcBound[Int(a) &* numLocations &+ Int(b)])
    }

    /// The travel time from location `a` to location `b` (only meaningful when ``timed``).
    @inline(__always) func travel(_ a: Int32, _ b: Int32) -> Int {
        durationMatrix[Int(a) &* numLocations &+ Int(b)]
    }

    /// The load of client location `location` alone.
    @inline(__always) func clientLoad(_ location: Int32) -> LoadSegment {
        LoadSegment(delivery: delivery[Int(location)], pickup: pickup[Int(location)])
    }

    /// The timing of client location `location` alone.
    @inline(__always) func clientTime(_ location: Int32) -> DurationSegment {
        let l = Int(location)
        return DurationSegment(duration: service[l], timeWarp: 0, earliest: earliest[l], latest: latest[l])
    }

    /// The timing of route slot `route`'s depot: its shift.
    @inline(__always) func depotTime(_ route: Int) -> DurationSegment {
        DurationSegment(duration: 0, timeWarp: 0, earliest: shiftStart[route], latest: shiftEnd[route])
    }

    /// Client location `location` alone, as a segment.
    @inline(__always) func single(_ location: Int32) -> RouteSegment {
        RouteSegment(
            first: location, last: location, distance: 0, load: clientLoad(location), clients: 1,
            time: timed ? clientTime(location) : DurationSegment.zero, cold: cold[Int(location)])
    }

    /// Whether route slots `a` and `b` end alike (same end depot and shift), so that the tail of one can end
    /// the other as it is.
    @inline(__always) func sameEnd(_ a: Int, _ b: Int) -> Bool {
        endDepot[a] == endDepot[b] && shiftStart[a] == shiftStart[b] && shiftEnd[a] == shiftEnd[b]
    }
}

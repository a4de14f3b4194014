// A routing solution as plain data: which vehicle type runs each route and the clients it visits, in order.

/// One vehicle's route: the clients it visits in order, between its start and end depots.
public struct Route: Sendable, Hashable, Codable {
    /// Index into ``ProblemData/vehicleTypes``.
    public var vehicleType: Int
    /// Client locations (see ``ProblemData``'s location numbering), depots excluded.
    public var visits: [Int]

    /// Creates a route.
    public init(vehicleType: Int = 0, visits: [Int]) {
        self.vehicleType = vehicleType
        self.visits = visits
    }
}

/// A set of routes; empty routes are left out.
public struct Solution: Sendable, Hashable, Codable {
    /// The non-empty routes.
    public var routes: [Route]

    /// Creates a solution, dropping empty routes.
    public init(routes: [Route]) {
        self.routes = routes.filter { !$0.visits.isEmpty }
    }

    /// Creates a single-vehicle-type solution from lists of client locations.
    public init(visits: [[Int]]) {
        self.init(routes: visits.map { Route(vehicleType: 0, visits: $0) })
    }
}

/// What a solution costs and how far it is from feasible, under a problem's data.
public struct SolutionStats: Sendable, Equatable {
    /// Total travelled distance (scaled units).
    public var distance: Int
    /// Total route duration: travel, service and unavoidable waiting, each route leaving as late as it can.
    public var duration: Int
    /// The objective: distance and duration costs plus fixed vehicle costs (scaled units).
    public var cost: Int
    /// Sum over routes of the peak load above capacity.
    public var excessLoad: Int
    /// Sum over routes of the time warp (lateness) plus duration above the limit.
    public var timeWarp: Int
    /// Sum over routes of the distance above the limit.
    public var excessDistance: Int
    /// Cold-chain clients riding a vehicle without cold chain.
    public var coldChainMisses: Int
    /// Number of non-empty routes.
    public var routeCount: Int

    /// Evaluates `solution` against `data` (visits are assumed valid locations; see ``RouteVerifier``).
    public init(_ solution: Solution, data: ProblemData) {
        var distance = 0, duration = 0, cost = 0, excess = 0, warp = 0, long = 0, misses = 0
        for route in solution.routes {
            let type = data.vehicleTypes[route.vehicleType]
            let summary = RouteSummary(route.visits, type: type, data: data)
            distance += summary.distance
            duration += summary.time.duration
            cost +=
                summary.distance * type.unitDistanceCost + summary.time.duration * type.unitDurationCost
                + type.fixedCost
            excess += max(0, summary.load.peak - type.capacity)
            warp += summary.time.totalTimeWarp(maxDuration: min(type.maxDuration, DurationSegment.unbounded))
            long += max(0, summary.distance - type.maxDistance)
            if !type.coldChain { misses += summary.cold }
        }
        self.distance = distance
        self.duration = duration
        self.cost = cost
        excessLoad = excess
        timeWarp = warp
        excessDistance = long
        coldChainMisses = misses
        routeCount = solution.routes.count
    }

    /// Whether every route is within capacity.
    public var isLoadFeasible: Bool { excessLoad == 0 }

    /// Whether every constraint the search penalises holds.
    public var isFeasible: Bool { excessLoad == 0 && timeWarp == 0 && excessDistance == 0 && coldChainMisses == 0 }
}

/// One route summarised from scratch by concatenating segments (the search's model, not the verifier's).
struct RouteSummary {
    var distance = 0
    var load = LoadSegment.empty
    var time: DurationSegment
    var cold = 0

    init(_ visits: [Int], type: VehicleType, data: ProblemData) {
        let shift = DurationSegment(service: 0, earliest: type.shiftStart, latest: type.shiftEnd)
        time = shift
        var previous = type.startDepot
        for location in visits {
            let client = data.client(at: location)
            distance += data.distances[previous, location]
            load = LoadSegment.merge(load, LoadSegment(delivery: client.delivery, pickup: client.pickup))
            time = DurationSegment.merge(
                time, data.durations[previous, location],
                DurationSegment(
                    service: client.serviceDuration,
                    earliest: client.earliestStart,
                    latest: client.latestStart))
            if client.requiresColdChain { cold += 1 }
            previous = location
        }
        distance += data.distances[previous, type.endDepot]
        time = DurationSegment.merge(time, data.durations[previous, type.endDepot], shift)
    }
}

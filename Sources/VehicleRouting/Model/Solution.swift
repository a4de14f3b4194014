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
    /// The objective: unit distance costs plus fixed vehicle costs (scaled units).
    public var cost: Int
    /// Sum over routes of the load above capacity.
    public var excessLoad: Int
    /// Number of non-empty routes.
    public var routeCount: Int

    /// Evaluates `solution` against `data` (visits are assumed valid locations; see ``RouteVerifier``).
    public init(_ solution: Solution, data: ProblemData) {
        var distance = 0, cost = 0, excess = 0
        let matrix = data.distances
        for route in solution.routes {
            let type = data.vehicleTypes[route.vehicleType]
            var previous = type.startDepot, routeDistance = 0, load = 0
            for visit in route.visits {
                routeDistance += matrix[previous, visit]
                load += data.client(at: visit).delivery
                previous = visit
            }
            routeDistance += matrix[previous, type.endDepot]
            distance += routeDistance
            cost += routeDistance * type.unitDistanceCost + type.fixedCost
            excess += max(0, load - type.capacity)
        }
        self.distance = distance
        self.cost = cost
        self.excessLoad = excess
        self.routeCount = solution.routes.count
    }

    /// Whether every route is within capacity.
    public var isLoadFeasible: Bool { excessLoad == 0 }
}

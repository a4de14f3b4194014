// The routes of county routing, by node id: per route, per county and in total, with skipped stops and status.

/// A stop left out of the plan and why (unreachable in its window, cold chain without a cold van, too heavy).
public struct SkippedStop: Codable, Sendable, Equatable {
    /// Node id.
    public var node: String
    /// Node name.
    public var name: String
    /// County code.
    public var county: String
    /// Why no van of the fleet can serve it.
    public var reason: String

    /// Creates a skipped stop.
    public init(node: String, name: String, county: String, reason: String) {
        self.node = node; self.name = name; self.county = county; self.reason = reason
    }
}

/// One van's day: from its depot through its stops and back.
public struct PlannedRoute: Codable, Sendable {
    /// Depot node id.
    public var depot: String
    /// Van type name.
    public var van: String
    /// Stops in visiting order (node ids); a direct trip has one stop.
    public var stops: [String]
    /// Road km, depot to depot.
    public var km: Double
    /// Hours from leaving the depot to coming back (driving, waiting and service).
    public var hours: Double
    /// Departure and return, minutes after midnight.
    public var departMinute: Double
    public var returnMinute: Double
    /// Parcels delivered and produce collected.
    public var parcels: Double
    public var pickups: Double
    /// The most the van holds at any point (parcels).
    public var peakLoad: Double
    /// Yuan for the day: fixed + per km + per hour.
    public var cost: Double
    /// Tailpipe CO2, kg.
    public var kgCO2: Double
    /// Whether this is a full-vanload out-and-back trip to a stop heavier than any van.
    public var directTrip: Bool
    /// Constraints the route breaks, measured independently of the solver (empty unless the search stopped
    /// before it found a feasible plan, e.g. after Ctrl-C in its first moments).
    public var violations: [String]
}

/// Sums over routes: what a table row shows.
public struct RouteTotals: Codable, Sendable, Equatable {
    public var km = 0.0
    public var vehicles = 0
    /// Driver hours (route hours summed).
    public var driverHours = 0.0
    /// Yuan per day.
    public var cost = 0.0
    public var kgCO2 = 0.0
    public var parcels = 0.0
    public var pickups = 0.0
    /// Parcels delivered per vehicle used.
    public var parcelsPerVehicle: Double { vehicles == 0 ? 0 : parcels / Double(vehicles) }

    /// Zero totals.
    public init() {}

    /// Totals of `routes`.
    public init(routes: [PlannedRoute]) {
        for route in routes { add(route) }
    }

    /// Adds one route.
    public mutating func add(_ route: PlannedRoute) {
        km += route.km; vehicles += 1; driverHours += route.hours; cost += route.cost; kgCO2 += route.kgCO2
        parcels += route.parcels; pickups += route.pickups
    }

    /// Adds other totals.
    public mutating func add(_ other: RouteTotals) {
        km += other.km; vehicles += other.vehicles; driverHours += other.driverHours; cost += other.cost
        kgCO2 += other.kgCO2; parcels += other.parcels; pickups += other.pickups
    }

    private enum CodingKeys: String, CodingKey {
        case km, vehicles, driverHours, cost, kgCO2, parcels, pickups, parcelsPerVehicle
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(km, forKey: .km); try c.encode(vehicles, forKey: .vehicles)
        try c.encode(driverHours, forKey: .driverHours); try c.encode(cost, forKey: .cost)
        try c.encode(kgCO2, forKey: .kgCO2); try c.encode(parcels, forKey: .parcels)
        try c.encode(pickups, forKey: .pickups); try c.encode(parcelsPerVehicle, forKey: .parcelsPerVehicle)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        km = try c.decode(Double.self, forKey: .km); vehicles = try c.decode(Int.self, forKey: .vehicles)
        driverHours = try c.decode(Double.self, forKey: .driverHours); cost = try c.decode(Double.self, forKey: .cost)
        kgCO2 = try c.decode(Double.self, forKey: .kgCO2); parcels = try c.decode(Double.self, forKey: .parcels)
        pickups = try c.decode(Double.self, forKey: .pickups)
    }
}

/// The routes of one county.
public struct CountyRouteSet: Codable, Sendable {
    /// County code and name.
    public var county: String
    public var name: String
    /// Depot node ids used.
    public var depots: [String]
    /// Every route, depot by depot.
    public var routes: [PlannedRoute]
    public var totals: RouteTotals
    /// Whether every route keeps every constraint of the full model.
    public var feasible: Bool
    /// Whether the search ran its full time (false after Ctrl-C).
    public var complete: Bool
    /// Stops left out (with `skipInfeasible`).
    public var skipped: [SkippedStop]
    /// Search seconds.
    public var seconds: Double
}

/// The result of ``CountyRouter/solve(_:progress:)``.
public struct CountyRoutes: Codable, Sendable {
    /// The format tag of route files.
    public static let formatTag = "hubplan-routes/1"
    public var format = CountyRoutes.formatTag
    public var network: String
    public var seed: UInt64
    public var timeLimitPerCounty: Double
    public var fleet: FleetSpec
    public var counties: [CountyRouteSet]
    public var totals: RouteTotals
    /// Every county feasible.
    public var feasible: Bool
    /// Every county searched for its full time (false after Ctrl-C: the best routes so far).
    public var complete: Bool
    /// Every stop skipped, all counties.
    public var skipped: [SkippedStop]
    public var seconds: Double
}

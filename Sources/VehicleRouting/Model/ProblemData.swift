// The data of a routing problem: depots, clients, vehicle types and the distance and duration matrices.

/// Everything a routing solver reads, immutable once built (PyVRP's `ProblemData` shape).
///
/// Locations are numbered depots first, then clients: location `i < depots.count` is depot `i`, location
/// `depots.count + k` is client `k`. The matrices are indexed by location.
///
/// **Units.** All values are `Int` in a unit chosen at the boundary where data enters, and ``scale`` says how
/// many internal units make one external unit: 1 for CVRPLIB (already integer), 10 for the DIMACS Solomon
/// convention (one decimal), 1000 for road networks in km (metres inside). Integer arithmetic keeps the
/// search exact and deterministic; a report divides by ``scale``.
public struct ProblemData: Sendable {
    /// Depots; routes start and end at them.
    public let depots: [Depot]
    /// Clients; each is visited exactly once.
    public let clients: [Client]
    /// The fleet.
    public let vehicleTypes: [VehicleType]
    /// Travel distance between locations (scaled integers).
    public let distances: Matrix
    /// Travel time between locations (scaled integers); the distance matrix when none is given.
    public let durations: Matrix
    /// Internal units per external unit of distance and cost (1 for CVRPLIB).
    public let scale: Int

    /// Builds and validates problem data.
    ///
    /// - Throws: ``RoutingError`` (bad input) when the matrices do not match the locations, a value is negative,
    ///   a distance exceeds `Int32.max`, a time window or shift closes before it opens, or a vehicle type refers
    ///   to a missing depot. Whether every client can be served at all is a separate question (see
    ///   ``InfeasibilityDiagnosis``).
    public init(
        depots: [Depot], clients: [Client], vehicleTypes: [VehicleType], distances: Matrix,
        durations: Matrix? = nil, scale: Int = 1
    ) throws {
        self.depots = depots
        self.clients = clients
        self.vehicleTypes = vehicleTypes
        self.distances = distances
        self.durations = durations ?? distances
        self.scale = scale
        try validate()
    }

    /// The same problem with another fleet (to cap the number of vehicles, say).
    public func replacing(vehicleTypes: [VehicleType]) throws -> ProblemData {
        try ProblemData(
            depots: depots, clients: clients, vehicleTypes: vehicleTypes, distances: distances,
            durations: durations, scale: scale)
    }

    /// Number of depots.
    public var numDepots: Int { depots.count }
    /// Number of clients.
    public var numClients: Int { clients.count }
    /// Number of locations (depots and clients).
    public var numLocations: Int { depots.count + clients.count }

    /// The location index of client `k`.
    @inlinable public func location(ofClient k: Int) -> Int { depots.count + k }

    /// The client at a location (which must not be a depot).
    public func client(at location: Int) -> Client { clients[location - depots.count] }

    /// Total delivery demand of all clients.
    public var totalDelivery: Int { clients.reduce(0) { $0 + $1.delivery } }

    /// The fewest routes of vehicles of `capacity` that can carry ``totalDelivery``: ⌈delivery / capacity⌉, the
    /// bound the exact model and Split's route limit share (0 when `capacity` is not positive).
    public func loadBoundRoutes(capacity: Int) -> Int {
        capacity > 0 ? (totalDelivery + capacity - 1) / capacity : 0
    }

    /// The number of vehicles available in all, or `nil` when some type is unlimited.
    public var fleetLimit: Int? {
        var total = 0
        for type in vehicleTypes {
            guard let count = type.count else { return nil }
            total += count
        }
        return total
    }

    /// The label used in messages for client `k`: its name, or "client N" (1-based) when unnamed.
    public func clientLabel(_ k: Int) -> String {
        clients[k].name.isEmpty ? "client \(k + 1)" : "client \(clients[k].name)"
    }

    private func validate() throws {
        guard !depots.isEmpty else { throw RoutingError.badInput("the problem has no depot") }
        guard !vehicleTypes.isEmpty else { throw RoutingError.badInput("the problem has no vehicle type") }
        guard scale > 0 else { throw RoutingError.badInput("scale must be positive, not \(scale)") }
        for (name, matrix) in [("distance", distances), ("duration", durations)] {
            guard matrix.size == numLocations else {
                throw RoutingError.badInput(
                    "the \(name) matrix is \(matrix.size)x\(matrix.size) but there are \(numLocations) locations")
            }
            if let bad = matrix.values.firstIndex(where: { $0 < 0 }) {
                throw RoutingError.badInput(
                    "the \(name) from location \(bad / matrix.size) to "
                        + "\(bad % matrix.size) is negative (\(matrix.values[bad]))")
            }
        }
        // The local search keeps distances in 32 bits (SearchData): the matrix it reads most, at half the bytes.
        if let bad = distances.values.firstIndex(where: { $0 > Int(Int32.max) }) {
            throw RoutingError.badInput(
                "the distance from location \(bad / distances.size) to \(bad % distances.size) is "
                    + "\(distances.values[bad]), above the largest the search takes (\(Int32.max))")
        }
        for (t, type) in vehicleTypes.enumerated() {
            let label = type.label(index: t)
            for (field, value) in [
                ("capacity", type.capacity), ("fixedCost", type.fixedCost),
                ("unitDistanceCost", type.unitDistanceCost),
                ("unitDurationCost", type.unitDurationCost), ("maxDuration", type.maxDuration),
                ("maxDistance", type.maxDistance), ("shiftStart", type.shiftStart),
            ]
            where value < 0 {
                throw RoutingError.badInput("\(label): \(field) is negative (\(value))")
            }
            if let count = type.count, count < 0 {
                throw RoutingError.badInput("\(label): count is negative (\(count))")
            }
            guard type.maxTrips >= 1 else {
                throw RoutingError.badInput("\(label): maxTrips must be at least 1, not \(type.maxTrips)")
            }
            guard type.shiftStart <= type.shiftEnd else {
                throw RoutingError.badInput(
                    "\(label): shiftStart \(type.shiftStart) is after shiftEnd \(type.shiftEnd)")
            }
            guard depots.indices.contains(type.startDepot) else {
                throw RoutingError.badInput(
                    "\(label): startDepot \(type.startDepot) does not exist "
                        + "(\(depots.count) depots)")
            }
            guard depots.indices.contains(type.endDepot) else {
                throw RoutingError.badInput(
                    "\(label): endDepot \(type.endDepot) does not exist "
                        + "(\(depots.count) depots)")
            }
        }
        for (k, client) in clients.enumerated() {
            let label = clientLabel(k)
            for (field, value) in [
                ("delivery", client.delivery), ("pickup", client.pickup),
                ("serviceDuration", client.serviceDuration),
                ("earliestStart", client.earliestStart),
            ] where value < 0 {
                throw RoutingError.badInput("\(label): \(field) is negative (\(value))")
            }
            guard client.earliestStart <= client.latestStart else {
                throw RoutingError.badInput(
                    "\(label): time window opens (earliestStart \(client.earliestStart)) "
                        + "after it closes (latestStart \(client.latestStart))")
            }
        }
    }

    /// Whether times matter: service durations, time windows, shifts, or route duration limits or costs.
    public var isTimed: Bool {
        clients.contains { $0.serviceDuration != 0 || $0.hasTimeWindow }
            || vehicleTypes.contains {
                $0.shiftStart != 0 || $0.shiftEnd != Int.max || $0.maxDuration != Int.max || $0.unitDurationCost != 0
            }
    }

    /// Whether the data uses anything beyond the plain CVRP (one depot, one vehicle type, deliveries only, no
    /// times or route limits); the exact two-index model handles only the plain CVRP.
    public var richFeatures: [String] {
        var features: [String] = []
        if depots.count > 1 { features.append("several depots") }
        if vehicleTypes.count > 1 { features.append("several vehicle types") }
        if clients.contains(where: { $0.pickup != 0 }) { features.append("pickups") }
        if clients.contains(where: { $0.hasTimeWindow }) { features.append("time windows") }
        if clients.contains(where: { $0.serviceDuration != 0 }) { features.append("service durations") }
        if clients.contains(where: { $0.requiresColdChain }) { features.append("cold chain") }
        if vehicleTypes.contains(where: {
            $0.maxDuration != Int.max || $0.maxDistance != Int.max || $0.unitDurationCost != 0
                || $0.startDepot != $0.endDepot || $0.shiftStart != 0 || $0.shiftEnd != Int.max
                || $0.fixedCost != 0 || $0.maxTrips != 1
        }) {
            features.append("route duration or distance limits, shifts, fixed costs or several trips")
        }
        return features
    }

    /// The features set in this data that ``HybridGeneticSearch`` does not honour yet: none since every rich
    /// constraint landed (kept so that a future feature is refused rather than silently ignored).
    public var unsupportedFeatures: [String] { [] }
}

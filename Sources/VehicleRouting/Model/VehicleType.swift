// A vehicle type of a routing problem: capacity, how many, where they run from, when, and what they cost.

/// A kind of vehicle in the fleet (PyVRP's `VehicleType` shape).
///
/// The CVRP uses one type with a capacity and an optional count. The other fields are the mixed-fleet model
/// of the rich variants; their defaults give the plain CVRP. The shift (``shiftStart`` ... ``shiftEnd``) is
/// the depot's time window: a route leaves its start depot no earlier than ``shiftStart`` and is back at its
/// end depot no later than ``shiftEnd``.
public struct VehicleType: Sendable, Hashable {
    /// The most load a vehicle carries at any point of its route.
    public var capacity: Int
    /// How many vehicles of this type exist; `nil` means as many as needed.
    public var count: Int?
    /// The depot (index into ``ProblemData/depots``) where routes start.
    public var startDepot: Int
    /// The depot where routes end.
    public var endDepot: Int
    /// Cost of using one vehicle for the day.
    public var fixedCost: Int
    /// Cost per unit of distance (1 for the CVRP's distance objective).
    public var unitDistanceCost: Int
    /// Cost per unit of route duration (travel, service and waiting).
    public var unitDurationCost: Int
    /// Longest allowed route duration.
    public var maxDuration: Int
    /// Longest allowed route distance.
    public var maxDistance: Int
    /// Earliest time a route may leave its start depot.
    public var shiftStart: Int
    /// Latest time a route may be back at its end depot.
    public var shiftEnd: Int
    /// Whether the vehicle keeps produce cold: only such types may carry a client with
    /// ``Client/requiresColdChain``.
    public var coldChain: Bool
    /// How many trips one vehicle may run in a day (1: one route per vehicle). With more, routes of this type
    /// are chained into vehicle-days within the shift after solving (see ``TripChaining``), so ``count``
    /// bounds vehicles, not routes.
    public var maxTrips: Int
    /// A label for messages.
    public var name: String

    /// Creates a vehicle type; the CVRP needs only a capacity and possibly a count.
    public init(
        capacity: Int, count: Int? = nil, startDepot: Int = 0, endDepot: Int = 0, fixedCost: Int = 0,
        unitDistanceCost: Int = 1, unitDurationCost: Int = 0, maxDuration: Int = Int.max,
        maxDistance: Int = Int.max, shiftStart: Int = 0, shiftEnd: Int = Int.max, coldChain: Bool = false,
        maxTrips: Int = 1, name: String = ""
    ) {
        self.capacity = capacity
        self.count = count
        self.startDepot = startDepot
        self.endDepot = endDepot
        self.fixedCost = fixedCost
        self.unitDistanceCost = unitDistanceCost
        self.unitDurationCost = unitDurationCost
        self.maxDuration = maxDuration
        self.maxDistance = maxDistance
        self.shiftStart = shiftStart
        self.shiftEnd = shiftEnd
        self.coldChain = coldChain
        self.maxTrips = maxTrips
        self.name = name
    }

    /// The label used in messages: the name, or "vehicle type N" (1-based) when unnamed.
    public func label(index: Int) -> String { name.isEmpty ? "vehicle type \(index + 1)" : "vehicle type \(name)" }
}

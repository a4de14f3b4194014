// A vehicle type of a routing problem: capacity, how many, where they run from, and what they cost.

/// A kind of vehicle in the fleet.
///
/// The CVRP uses one type with a capacity and an optional count. The other fields (fixed and unit costs,
/// shift limits, depots) are the mixed-fleet model of the rich variants; the core solver requires their
/// defaults (see ``ProblemData/unsupportedFeatures``).
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
    /// Cost per unit of duration.
    public var unitDurationCost: Int
    /// Longest allowed route duration.
    public var maxDuration: Int
    /// Longest allowed route distance.
    public var maxDistance: Int
    /// A label for messages.
    public var name: String

    /// Creates a vehicle type; the CVRP needs only a capacity and possibly a count.
    public init(capacity: Int, count: Int? = nil, startDepot: Int = 0, endDepot: Int = 0, fixedCost: Int = 0,
                unitDistanceCost: Int = 1, unitDurationCost: Int = 0, maxDuration: Int = Int.max,
                maxDistance: Int = Int.max, name: String = "") {
        self.capacity = capacity
        self.count = count
        self.startDepot = startDepot
        self.endDepot = endDepot
        self.fixedCost = fixedCost
        self.unitDistanceCost = unitDistanceCost
        self.unitDurationCost = unitDurationCost
        self.maxDuration = maxDuration
        self.maxDistance = maxDistance
        self.name = name
    }
}

// A client of a routing problem: a village station to visit once, with what it receives and sends.

/// A stop that must be visited exactly once.
///
/// All quantities are integers in the units chosen at the problem-data boundary (see ``ProblemData``): loads in
/// parcels or kilograms, durations in the same scaled unit as the duration matrix. The fields beyond
/// ``delivery`` describe the rich variants (pickups, service times, time windows, cold chain); their defaults
/// give the plain CVRP.
public struct Client: Sendable, Hashable {
    /// Planar coordinates, used for polar sectors (SWAP*) and nothing else; distances come from the matrix.
    public var x: Double
    /// Planar y coordinate.
    public var y: Double
    /// Load delivered to the client (carried from the depot).
    public var delivery: Int
    /// Load picked up at the client (carried back to the depot).
    public var pickup: Int
    /// Time spent at the client.
    public var serviceDuration: Int
    /// Earliest start of service.
    public var earliestStart: Int
    /// Latest start of service.
    public var latestStart: Int
    /// Whether the client's pickup needs a cold-chain vehicle (fresh produce): it may only ride a vehicle type
    /// whose ``VehicleType/coldChain`` is true.
    public var requiresColdChain: Bool
    /// A label for messages (the file's node id, a village name).
    public var name: String

    /// Creates a client; only the delivery is needed for the CVRP.
    public init(
        x: Double = 0, y: Double = 0, delivery: Int, pickup: Int = 0, serviceDuration: Int = 0,
        earliestStart: Int = 0, latestStart: Int = Int.max, requiresColdChain: Bool = false,
        name: String = ""
    ) {
        self.x = x
        self.y = y
        self.delivery = delivery
        self.pickup = pickup
        self.serviceDuration = serviceDuration
        self.earliestStart = earliestStart
        self.latestStart = latestStart
        self.requiresColdChain = requiresColdChain
        self.name = name
    }

    /// Whether the client carries a time window narrower than "always".
    public var hasTimeWindow: Bool { earliestStart > 0 || latestStart != Int.max }
}

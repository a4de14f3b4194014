// A gateway city's province and its per-carrier parcel flows with the planned network (inbound, outbound, transit).

/// What a `gateway` node exchanges with the network each day, by carrier id.
///
/// - `inbound`: parcels from the gateway city delivered in the network (gateway -> hub -> county centers);
///   across all gateways a carrier's inbound should equal its deliveries in the network.
/// - `outbound`: parcels from the network to the city (county centers and cloud/front warehouses -> hub ->
///   gateway).
/// - `transit`: parcels that arrive from this city and leave for another gateway through the network's hubs, and
///   as many the other way (gateway -> hub -> gateway): each transit parcel is counted once, at its origin.
public struct GatewayFlows: Sendable, Hashable {
    /// The city's province: the first two digits of its adcode (`"11"` Beijing, `"14"` Shanxi).
    public var province: String
    /// Parcels a day by carrier id.
    public var inbound: [String: Double]
    public var outbound: [String: Double]
    public var transit: [String: Double]

    /// Creates the flows of one gateway.
    public init(
        province: String, inbound: [String: Double] = [:], outbound: [String: Double] = [:],
        transit: [String: Double] = [:]
    ) {
        self.province = province; self.inbound = inbound; self.outbound = outbound; self.transit = transit
    }

    /// Every carrier id named in any of the three flows, sorted.
    public var carriers: [String] { Set(inbound.keys).union(outbound.keys).union(transit.keys).sorted() }

    /// Multiplies every flow by `factor` (demand growth).
    public mutating func scale(by factor: Double) {
        for key in inbound.keys { inbound[key]! *= factor }
        for key in outbound.keys { outbound[key]! *= factor }
        for key in transit.keys { transit[key]! *= factor }
    }

    /// Parcels a day of one flow summed over carriers, in sorted key order (deterministic sums).
    public static func total(_ flow: [String: Double]) -> Double {
        flow.keys.sorted().reduce(0) { $0 + flow[$1]! }
    }
}

extension Node {
    /// The province (two-digit adcode prefix) of a node: a gateway's own, otherwise its county's first two digits.
    public var province: String? {
        if let gateway { return gateway.province }
        return county.map { String($0.prefix(2)) }
    }
}

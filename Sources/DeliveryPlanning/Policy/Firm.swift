// A firm (carrier) and its daily flows: deliveries and produce at each county center, and each gateway's flows.
import FacilityLocation
import RoadNetwork

/// One express firm's parcels a day, per county center and per gateway, as the hub stage routes them.
///
/// - `down[c]`: parcels delivered through center `c` (the firm's parcels at the villages it serves);
/// - `up[c]`: farm produce collected through center `c`, shared by the firms in proportion to their deliveries
///   there (an assumption: produce is not tagged by carrier);
/// - `inbound[g]`: the firm's deliveries split over the gateways in proportion to the gateways' inbound flows,
///   so that everything delivered arrived from some gateway;
/// - `outbound[g]`, `transit[g]`: the gateway's flows of the firm (each transit parcel arrives from `g` and as
///   many leave toward `g`);
/// - `warehouse`: outbound that starts at the hub (cloud and front warehouses, 一进一出): gateway outbound less
///   the produce from the centers.
public struct Firm: Sendable, Equatable {
    public var id: String
    public var name: String
    public var down: [Double]
    public var up: [Double]
    public var inbound: [Double]
    public var outbound: [Double]
    public var transit: [Double]

    /// The flows as the firm-hub model and the routing rule over several hubs see them.
    public var flows: FirmFlows {
        FirmFlows(down: down, up: up, inbound: inbound, outbound: outbound, transit: transit)
    }
    /// Outbound starting at the hub.
    public var warehouse: Double { outbound.reduce(0, +) - up.reduce(0, +) }
    /// Parcels a day the firm's hub handles: deliveries, outbound and transit, each parcel once.
    public var load: Double { down.reduce(0, +) + outbound.reduce(0, +) + transit.reduce(0, +) }

    /// The firms of `network` (its carriers, in order) with flows through `centers`, from `assignments` of demand
    /// points (node index, center position, fraction). Firms with no parcels at all are left out.
    /// - Throws: ``PlanError/badInput(_:)`` when a firm delivers but no gateway sends it parcels, or its
    ///   produce exceeds its gateway outbound.
    public static func all(
        network: Network, centers: Int, assignments: [(node: Int, center: Int, fraction: Double)],
        gateways: [Gateway]
    ) throws(PlanError) -> [Firm] {
        var firms: [Firm] = []
        for carrier in network.carriers {
            var down = [Double](repeating: 0, count: centers)
            for a in assignments { down[a.center] += a.fraction * (network.nodes[a.node].parcels[carrier.id] ?? 0) }
            let delivered = down.reduce(0, +)
            let weights = gateways.map { $0.flows.inbound[carrier.id] ?? 0 }
            let weightSum = weights.reduce(0, +)
            if delivered > 0 && weightSum <= 0 {
                throw .badInput(
                    "firm \(carrier.id): delivers \(Int(delivered)) parcels a day but no gateway has inbound flows for it"
                )
            }
            let inbound = weights.map { weightSum > 0 ? delivered * $0 / weightSum : 0 }
            let outbound = gateways.map { $0.flows.outbound[carrier.id] ?? 0 }
            let transit = gateways.map { $0.flows.transit[carrier.id] ?? 0 }
            firms.append(
                Firm(
                    id: carrier.id, name: carrier.name, down: down, up: [Double](repeating: 0, count: centers),
                    inbound: inbound, outbound: outbound, transit: transit))
        }
        // Produce: each center's pickups shared by the firms' deliveries there.
        var pickups = [Double](repeating: 0, count: centers)
        for a in assignments { pickups[a.center] += a.fraction * (network.nodes[a.node].pickups?.perDay ?? 0) }
        for c in 0..<centers where pickups[c] > 0 {
            let total = firms.reduce(0) { $0 + $1.down[c] }
            for f in firms.indices {
                firms[f].up[c] = total > 0 ? pickups[c] * firms[f].down[c] / total : pickups[c] / Double(firms.count)
            }
        }
        for firm in firms where firm.warehouse < -1e-9 {
            throw .badInput(
                "firm \(firm.id): collects \(Int(firm.up.reduce(0, +))) produce parcels a day, more than its gateway outbound \(Int(firm.outbound.reduce(0, +)))"
            )
        }
        return firms.filter { $0.load > 0 }
    }
}

// One firm's daily flows and the rule that routes them over the hubs it uses (shared by the model and verifiers).

/// One firm's parcels a day at each county center and each gateway, and how they split over several hubs.
///
/// The routing rule (docs/plan.md, "Firms and direct lines"): each county center where the firm has parcels
/// sends them on one feeder line to one hub the firm uses (`centerHub[c]`); the firm's **main hub** also takes
/// its cloud-warehouse outbound (``warehouse``) and all its transit. A hub's gateway lines then carry:
/// - back (gateway -> hub): the firm's inbound from the gateway in proportion to the deliveries routed through
///   the hub (`inbound[g] * delivered_h / delivered`), plus the gateway's transit at the main hub;
/// - forward (hub -> gateway): the firm's outbound to the gateway in proportion to what starts at the hub, the
///   produce of its centers plus the warehouse outbound at the main hub (`outbound[g] * start_h / outbound`),
///   plus the transit at the main hub.
///
/// So at every hub what arrives equals what leaves plus what is delivered, and summed over the firm's hubs every
/// gateway line carries the gateway's whole flows of the firm. A firm with one hub routes everything through it.
public struct FirmFlows: Sendable, Equatable {
    /// Parcels delivered through each center, and produce collected there.
    public var down: [Double]
    public var up: [Double]
    /// Each gateway's inbound, outbound and transit parcels of the firm.
    public var inbound: [Double]
    public var outbound: [Double]
    public var transit: [Double]

    /// Creates the flows (centers and gateways in the caller's order).
    public init(down: [Double], up: [Double], inbound: [Double], outbound: [Double], transit: [Double]) {
        self.down = down; self.up = up; self.inbound = inbound; self.outbound = outbound; self.transit = transit
    }

    public var delivered: Double { down.reduce(0, +) }
    public var outboundTotal: Double { outbound.reduce(0, +) }
    public var transitTotal: Double { transit.reduce(0, +) }
    /// Outbound that starts at the hub itself (cloud and front warehouses): outbound less the centers' produce.
    public var warehouse: Double { outboundTotal - up.reduce(0, +) }
    /// Parcels a day the firm's hubs handle together: deliveries, outbound and transit, each parcel once.
    public var load: Double { delivered + outboundTotal + transitTotal }

    /// Whether center `c` has parcels of the firm (and so needs a feeder line).
    public func usesCenter(_ c: Int) -> Bool { down[c] + up[c] > 0 }
    /// Whether gateway `g` exchanges parcels with the firm.
    public func usesGateway(_ g: Int) -> Bool { inbound[g] + outbound[g] + transit[g] > 0 }

    /// Deliveries and produce routed through `hub`, and whether it is the main hub, as the rule's two shares.
    private func shares(hub: Int, centerHub: [Int], main: Int) -> (delivered: Double, starting: Double) {
        var delivered = 0.0, starting = hub == main ? warehouse : 0
        for c in down.indices where centerHub[c] == hub {
            delivered += down[c]
            starting += up[c]
        }
        let all = self.delivered, out = outboundTotal
        return (all > 0 ? delivered / all : 0, out > 0 ? starting / out : 0)
    }

    /// Parcels a day on the firm's line from `hub` to gateway `g` (forward) and back, under the routing rule.
    public func gatewayLine(hub: Int, gateway g: Int, centerHub: [Int], main: Int) -> (forward: Double, back: Double) {
        let s = shares(hub: hub, centerHub: centerHub, main: main)
        let through = hub == main ? transit[g] : 0
        return (outbound[g] * s.starting + through, inbound[g] * s.delivered + through)
    }

    /// Parcels a day of the firm that `hub` handles (deliveries, outbound and transit routed through it).
    public func load(hub: Int, centerHub: [Int], main: Int) -> Double {
        var load = hub == main ? warehouse + transitTotal : 0
        for c in down.indices where centerHub[c] == hub { load += down[c] + up[c] }
        return load
    }
}

// The parcels a network handles a day: what `demand.target_parcels_per_year` is calibrated against.
import RoadNetwork

extension ScenarioNetwork {
    /// Parcels a day the network handles. Without gateways: its demand points' deliveries and pickups. With
    /// gateways: deliveries, plus the gateways' outbound (which includes the produce picked up) and transit, each
    /// parcel counted once: Datong's 600 million a year counts what passes through and what leaves (一进一出).
    public static func handledPerDay(_ network: Network) -> Double {
        let points = network.nodes.filter(\.kind.isDemandPoint)
        let gateways = network.nodes.compactMap(\.gateway)
        guard !gateways.isEmpty else { return points.reduce(0.0) { $0 + demand(of: $1) } }
        let delivered = points.reduce(0.0) { $0 + GatewayFlows.total($1.parcels) }
        return gateways.reduce(delivered) { $0 + GatewayFlows.total($1.outbound) + GatewayFlows.total($1.transit) }
    }

    /// After a county selection: each gateway's outbound and transit of a carrier shrink to the selected counties'
    /// share of that carrier's deliveries, so a few counties do not carry the whole region's external flows.
    /// (Inbound needs no change: the plan splits the carrier's deliveries over the gateways by it.)
    static func keepGatewayShare(_ net: inout Network, of original: Network) {
        func delivered(_ n: Network, _ carrier: String) -> Double {
            n.nodes.reduce(0.0) { $0 + ($1.kind.isDemandPoint ? $1.parcels[carrier] ?? 0 : 0) }
        }
        for carrier in original.carriers.map(\.id) {
            let all = delivered(original, carrier)
            let share = all > 0 ? delivered(net, carrier) / all : 0
            for i in net.nodes.indices where net.nodes[i].gateway != nil {
                net.nodes[i].gateway!.outbound[carrier]? *= share
                net.nodes[i].gateway!.transit[carrier]? *= share
            }
        }
    }
}

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
}

// Gateway nodes of a region: each gateway city's per-carrier inbound, outbound and transit parcels a day.
import RoadNetwork

/// Builds the `gateway` nodes of a region from `gateways.csv` and `gateway-flows.csv` (Networks/README.md).
///
/// A carrier's deliveries in the region (its parcels at every demand point) arrive from the gateways in
/// proportion to their weights (inbound); outbound and transit are the region's ratios per delivered parcel,
/// shared the same way. Flows are in tenths of a parcel (``Apportionment``), so each carrier's inbound over the
/// gateways equals its deliveries exactly.
public enum GatewayModel {
    /// The gateway nodes for `region` (none when the tables name no gateway or no flows for it).
    public static func nodes(region: String, data: SourceData, carriers: [Carrier], demandNodes: [Node]) -> [Node] {
        let rows = data.gateways.filter { $0.region == region }
        guard !rows.isEmpty, let ratios = data.gatewayFlows.first(where: { $0.region == region }) else { return [] }
        let weights = rows.map(\.weight)
        var inbound = [[String: Double]](repeating: [:], count: rows.count)
        var outbound = inbound, transit = inbound
        for carrier in carriers {
            let delivered = demandNodes.reduce(0.0) { $0 + ($1.parcels[carrier.id] ?? 0) }
            guard delivered > 0 else { continue }
            let parts = [
                Apportionment.split(delivered, weights: weights, unit: 0.1),
                Apportionment.split(delivered * ratios.outboundPerDelivery, weights: weights, unit: 0.1),
                Apportionment.split(delivered * ratios.transitPerDelivery, weights: weights, unit: 0.1),
            ]
            for g in rows.indices {
                inbound[g][carrier.id] = parts[0][g]
                outbound[g][carrier.id] = parts[1][g]
                transit[g][carrier.id] = parts[2][g]
            }
        }
        return rows.indices.map { g in
            let row = rows[g], point = row.point.rounded
            var node = Node(
                id: row.id, name: row.name, kind: .gateway, lon: point.lon, lat: point.lat,
                tags: ["gateway", "position:approximate"], positionSource: .sourceData)
            node.gateway = GatewayFlows(
                province: row.province, inbound: inbound[g], outbound: outbound[g], transit: transit[g])
            return node
        }
    }
}

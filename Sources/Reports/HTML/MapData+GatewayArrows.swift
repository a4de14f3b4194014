// The interactive map's line-haul arrows: each hub-gateway pair of the firms' direct lines, for map.js.
import DeliveryPlanning

extension MapData {
    /// Writes `gatewayLines`: one `[hub, gateway, outOfProvince]` triple (indices into `hubs` and `gateways`,
    /// 1 or 0) per hub-gateway pair the plan's gateway lines use, whatever the number of firms on it. The map
    /// draws each as an arrow from the hub toward the gateway, stopped at the map's edge when the gateway lies
    /// off it, labelled with the gateway's name (layer `gatewayArrows`).
    static func writeGatewayLines(_ w: inout JSONWriter, _ plan: NetworkPlan, hubIndex: [String: Int]) {
        let gatewayIndex = Dictionary(plan.gateways.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen: Set<String> = []
        let pairs = plan.lines.compactMap { l -> (Int, Int, Bool)? in
            guard l.kind == .gateway, let h = hubIndex[l.from], let g = gatewayIndex[l.to],
                seen.insert(l.from + ">" + l.to).inserted
            else { return nil }
            return (h, g, l.outOfProvince)
        }
        w.key("gatewayLines")
        w.array(pairs) { w, p in
            w.raw("["); w.int(p.0); w.raw(","); w.int(p.1); w.raw(","); w.int(p.2 ? 1 : 0); w.raw("]")
        }
    }
}

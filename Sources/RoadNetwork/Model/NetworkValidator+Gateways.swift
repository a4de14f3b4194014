// The validator's checks of gateway nodes: flows only on gateways, a two-digit province, known carriers, >= 0.

extension ValidationPass {
    mutating func checkGateway(_ i: Int, _ node: Node) {
        let owner = "node \"\(node.id)\""
        guard let g = node.gateway else {
            if node.kind == .gateway {
                error(
                    .missingField, source.node(i, "gateway"),
                    "\(owner): a gateway needs its province and flows (\"gateway\")")
            }
            return
        }
        if node.kind != .gateway {
            warning(
                .inconsistent, source.node(i, "gateway"),
                "\(owner): gateway flows are ignored on a \(node.kind.rawValue)")
        }
        if g.province.count != 2 || !g.province.allSatisfy(\.isASCII) || !g.province.allSatisfy(\.isNumber) {
            error(
                .badID, source.node(i, "gateway.province"),
                "\(owner): province \"\(g.province)\" is not a two-digit adcode prefix")
        }
        for (name, flow) in [("inbound", g.inbound), ("outbound", g.outbound), ("transit", g.transit)] {
            for carrier in flow.keys.sorted() {
                let field = "gateway.\(name).\(carrier)"
                quantity(flow[carrier], source.node(i, field), owner, field)
                if !carrierIDs.contains(carrier) {
                    error(
                        .unknownCarrier, source.node(i, field),
                        "\(owner): gateway flow for unknown carrier \"\(carrier)\"")
                }
            }
        }
    }
}

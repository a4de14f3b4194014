// A gateway's flows as a JSON object, both ways: {"province", "inbound", "outbound", "transit"}.

extension GatewayFlows {
    func json(carrierRank: [String: Int]) -> JSONValue {
        func flow(_ f: [String: Double]) -> JSONValue {
            .object(Node.orderedCarriers(f.keys, rank: carrierRank).map { JSONMember($0, .number(f[$0]!)) })
        }
        var o = JSONObjectBuilder()
        o.add("province", .string(province))
        o.add("inbound", flow(inbound))
        o.add("outbound", flow(outbound))
        o.add("transit", flow(transit))
        return o.value
    }

    static func read(_ value: JSONValue, at path: String, reader r: inout JSONFieldReader) -> GatewayFlows? {
        guard let members = r.object(value, at: path) else { return nil }
        var province: String?, result = GatewayFlows(province: "")
        func flow(_ v: JSONValue, _ p: String, _ r: inout JSONFieldReader) -> [String: Double] {
            var out: [String: Double] = [:]
            for entry in r.object(v, at: p) ?? [] {
                if let x = r.number(entry.value, at: jsonPath(p, entry.key)) { out[entry.key] = x }
            }
            return out
        }
        for m in members {
            let p = jsonPath(path, m.key)
            switch m.key {
            case "province": province = r.string(m.value, at: p)
            case "inbound": result.inbound = flow(m.value, p, &r)
            case "outbound": result.outbound = flow(m.value, p, &r)
            case "transit": result.transit = flow(m.value, p, &r)
            default: r.unknown(m.key, at: p)
            }
        }
        result.province = r.required(province, jsonPath(path, "province"), placeholder: "")
        return result
    }
}

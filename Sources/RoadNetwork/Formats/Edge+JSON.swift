// A road as a canonical JSON object, both ways; also the road's Codable conformance.

extension Edge {
    /// The road as a JSON object in canonical member order, leaving out absent and default fields.
    func json() -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("from", .string(from))
        o.add("to", .string(to))
        o.add("km", .number(km))
        o.add("minutes", minutes)
        o.add("speedKmh", speedKmh)
        o.addFlag("oneWay", oneWay)
        o.add("name", name)
        return o.value
    }

    /// Reads a road from a JSON object at `path`, recording every problem in `reader`.
    static func read(_ value: JSONValue, at path: String, reader r: inout JSONFieldReader) -> Edge {
        var edge = Edge(from: "", to: "", km: 0)
        var from: String?, to: String?, km: Double?
        for m in r.object(value, at: path) ?? [] {
            let p = jsonPath(path, m.key)
            switch m.key {
            case "from": from = r.string(m.value, at: p)
            case "to": to = r.string(m.value, at: p)
            case "km": km = r.number(m.value, at: p)
            case "minutes": edge.minutes = r.number(m.value, at: p)
            case "speedKmh": edge.speedKmh = r.number(m.value, at: p)
            case "oneWay": edge.oneWay = r.bool(m.value, at: p) ?? false
            case "name": edge.name = r.optionalString(m.value, at: p)
            default: r.unknown(m.key, at: p)
            }
        }
        edge.from = r.required(from, jsonPath(path, "from"), placeholder: "")
        edge.to = r.required(to, jsonPath(path, "to"), placeholder: "")
        edge.km = r.required(km, jsonPath(path, "km"), placeholder: 0)
        return edge
    }
}

extension Edge: Codable {
    /// Decodes the canonical JSON object; absent optional fields take their defaults.
    public init(from decoder: Decoder) throws {
        self = try JSONFieldReader.decode(decoder) { Edge.read($0, at: "", reader: &$1) }
    }

    /// Encodes the canonical JSON object, leaving out absent and default fields.
    public func encode(to encoder: Encoder) throws {
        try json().encode(to: encoder)
    }
}

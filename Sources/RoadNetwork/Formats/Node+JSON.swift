// A node as a canonical JSON object, both ways; also the node's Codable conformance.

extension Node {
    /// Where a reader finds a node's coordinates.
    enum CoordinateSource {
        /// `lon` and `lat` members of the object (canonical JSON).
        case members
        /// Given by the caller (a GeoJSON Point); `lon`/`lat` members are then unknown fields.
        case given(lon: Double, lat: Double)
    }

    /// The node as a JSON object in canonical member order, leaving out absent and default fields.
    ///
    /// `carrierRank` orders the parcel members by the network's carrier order (others follow, sorted), so
    /// output does not depend on dictionary order.
    func json(carrierRank: [String: Int] = [:], coordinates: Bool = true) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("id", .string(id))
        o.add("name", .string(name))
        o.add("kind", .string(kind.rawValue))
        o.add("county", county)
        o.add("township", township)
        if coordinates {
            o.add("lon", .number(lon))
            o.add("lat", .number(lat))
        }
        o.add("positionSource", positionSource?.rawValue)
        o.add("population", population)
        if !parcels.isEmpty {
            let keys = Node.orderedCarriers(parcels.keys, rank: carrierRank)
            o.add("parcels", .object(keys.map { JSONMember($0, .number(parcels[$0]!)) }))
        }
        if let pickups { o.add("pickups", pickups.json()) }
        o.add("serviceMinutes", serviceMinutes)
        if let timeWindow { o.add("timeWindow", timeWindow.json()) }
        if let site { o.add("site", site.json()) }
        o.add("carrier", carrier)
        if !tags.isEmpty { o.add("tags", .array(tags.map { .string($0) })) }
        if let gateway { o.add("gateway", gateway.json(carrierRank: carrierRank)) }
        return o.value
    }

    /// Carrier ids in network order, unknown ones after them in sorted order.
    static func orderedCarriers(_ keys: some Sequence<String>, rank: [String: Int]) -> [String] {
        keys.sorted { a, b in
            let ra = rank[a] ?? Int.max, rb = rank[b] ?? Int.max
            return ra != rb ? ra < rb : a < b
        }
    }

    /// Reads a node from a JSON object at `path`, recording every problem in `reader`.
    static func read(
        _ value: JSONValue, at path: String, coordinates: CoordinateSource = .members,
        reader r: inout JSONFieldReader
    ) -> Node {
        var node = Node(id: "", name: "", kind: .candidateSite, lon: 0, lat: 0)
        var id: String?, name: String?, kind: NodeKind?, lon: Double?, lat: Double?
        if case .given(let givenLon, let givenLat) = coordinates { lon = givenLon; lat = givenLat }
        for m in r.object(value, at: path) ?? [] {
            let p = jsonPath(path, m.key)
            switch m.key {
            case "id": id = r.string(m.value, at: p)
            case "name": name = r.string(m.value, at: p)
            case "kind":
                if let text = r.string(m.value, at: p) {
                    kind = NodeKind(rawValue: text)
                    if kind == nil {
                        r.error(
                            .unknownValue, p,
                            "unknown node kind \"\(text)\"; expected one of "
                                + NodeKind.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                }
            case "county": node.county = r.optionalString(m.value, at: p)
            case "township": node.township = r.optionalString(m.value, at: p)
            case "lon" where isMembers(coordinates): lon = r.number(m.value, at: p)
            case "lat" where isMembers(coordinates): lat = r.number(m.value, at: p)
            case "positionSource":
                if let text = r.string(m.value, at: p) {
                    node.positionSource = PositionSource(rawValue: text)
                    if node.positionSource == nil {
                        r.error(
                            .unknownValue, p,
                            "unknown position source \"\(text)\"; expected one of \(PositionSource.expected)")
                    }
                }
            case "population": node.population = r.number(m.value, at: p)
            case "parcels":
                for entry in r.object(m.value, at: p) ?? [] {
                    if let x = r.number(entry.value, at: jsonPath(p, entry.key)) { node.parcels[entry.key] = x }
                }
            case "pickups": node.pickups = Pickups.read(m.value, at: p, reader: &r)
            case "serviceMinutes": node.serviceMinutes = r.number(m.value, at: p)
            case "timeWindow": node.timeWindow = TimeWindow.read(m.value, at: p, reader: &r)
            case "site": node.site = SiteInfo.read(m.value, at: p, reader: &r)
            case "carrier": node.carrier = r.optionalString(m.value, at: p)
            case "tags":
                for (i, tag) in (r.array(m.value, at: p) ?? []).enumerated() {
                    if let t = r.string(tag, at: p + "[\(i)]") { node.tags.append(t) }
                }
            case "gateway": node.gateway = GatewayFlows.read(m.value, at: p, reader: &r)
            default: r.unknown(m.key, at: p)
            }
        }
        node.id = r.required(id, jsonPath(path, "id"), placeholder: "")
        node.name = r.required(name, jsonPath(path, "name"), placeholder: "")
        node.kind = r.required(kind, jsonPath(path, "kind"), placeholder: .candidateSite)
        node.lon = r.required(lon, jsonPath(path, "lon"), placeholder: 0)
        node.lat = r.required(lat, jsonPath(path, "lat"), placeholder: 0)
        return node
    }

    private static func isMembers(_ source: CoordinateSource) -> Bool {
        if case .members = source { return true }
        return false
    }
}

extension Node: Codable {
    /// Decodes the canonical JSON object; absent optional fields take their defaults.
    public init(from decoder: Decoder) throws {
        self = try JSONFieldReader.decode(decoder) { Node.read($0, at: "", reader: &$1) }
    }

    /// Encodes the canonical JSON object, leaving out absent and default fields.
    public func encode(to encoder: Encoder) throws {
        try json().encode(to: encoder)
    }
}

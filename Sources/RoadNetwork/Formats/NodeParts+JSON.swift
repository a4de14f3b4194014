// A node's nested parts (pickups, time window, site) as JSON objects, both ways, and their Codable conformances.

extension Pickups {
    func json() -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("perDay", .number(perDay))
        o.addFlag("coldChain", coldChain)
        o.add("product", product)
        return o.value
    }

    static func read(_ value: JSONValue, at path: String, reader r: inout JSONFieldReader) -> Pickups? {
        guard let members = r.object(value, at: path) else { return nil }
        var perDay: Double?, result = Pickups(perDay: 0)
        for m in members {
            let p = jsonPath(path, m.key)
            switch m.key {
            case "perDay": perDay = r.number(m.value, at: p)
            case "coldChain": result.coldChain = r.bool(m.value, at: p) ?? false
            case "product": result.product = r.optionalString(m.value, at: p)
            default: r.unknown(m.key, at: p)
            }
        }
        result.perDay = r.required(perDay, jsonPath(path, "perDay"), placeholder: 0)
        return result
    }
}

extension TimeWindow {
    func json() -> JSONValue {
        .object([JSONMember("open", .number(open)), JSONMember("close", .number(close))])
    }

    static func read(_ value: JSONValue, at path: String, reader r: inout JSONFieldReader) -> TimeWindow? {
        guard let members = r.object(value, at: path) else { return nil }
        var open: Double?, close: Double?
        for m in members {
            let p = jsonPath(path, m.key)
            switch m.key {
            case "open": open = r.number(m.value, at: p)
            case "close": close = r.number(m.value, at: p)
            default: r.unknown(m.key, at: p)
            }
        }
        return TimeWindow(
            open: r.required(open, jsonPath(path, "open"), placeholder: 0),
            close: r.required(close, jsonPath(path, "close"), placeholder: 0))
    }
}

extension SiteInfo {
    func json() -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("fixedCost", fixedCost)
        o.add("capacity", capacity)
        o.addFlag("existing", existing)
        return o.value
    }

    static func read(_ value: JSONValue, at path: String, reader r: inout JSONFieldReader) -> SiteInfo? {
        guard let members = r.object(value, at: path) else { return nil }
        var site = SiteInfo()
        for m in members {
            let p = jsonPath(path, m.key)
            switch m.key {
            case "fixedCost": site.fixedCost = r.number(m.value, at: p)
            case "capacity": site.capacity = r.number(m.value, at: p)
            case "existing": site.existing = r.bool(m.value, at: p) ?? false
            default: r.unknown(m.key, at: p)
            }
        }
        return site
    }
}

extension Pickups: Codable {
    /// Decodes `{"perDay", "coldChain"?, "product"?}`.
    public init(from decoder: Decoder) throws {
        self = try JSONFieldReader.decode(decoder) { Pickups.read($0, at: "", reader: &$1) ?? Pickups(perDay: 0) }
    }

    /// Encodes the canonical object (`coldChain` only when true).
    public func encode(to encoder: Encoder) throws { try json().encode(to: encoder) }
}

extension TimeWindow: Codable {
    /// Decodes `{"open", "close"}` (minutes after midnight).
    public init(from decoder: Decoder) throws {
        self = try JSONFieldReader.decode(decoder) {
            TimeWindow.read($0, at: "", reader: &$1) ?? TimeWindow(open: 0, close: 0)
        }
    }

    /// Encodes `{"open", "close"}`.
    public func encode(to encoder: Encoder) throws { try json().encode(to: encoder) }
}

extension SiteInfo: Codable {
    /// Decodes `{"fixedCost"?, "capacity"?, "existing"?}`.
    public init(from decoder: Decoder) throws {
        self = try JSONFieldReader.decode(decoder) { SiteInfo.read($0, at: "", reader: &$1) ?? SiteInfo() }
    }

    /// Encodes the canonical object (`existing` only when true).
    public func encode(to encoder: Encoder) throws { try json().encode(to: encoder) }
}

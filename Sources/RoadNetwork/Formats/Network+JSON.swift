// The network's header parts (carriers, counties, distance settings) as JSON, and the Codable conformances.

extension Carrier {
    func json() -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("id", .string(id))
        o.add("name", .string(name))
        o.addFlag("postal", postal)
        return o.value
    }

    static func read(_ value: JSONValue, at path: String, reader r: inout JSONFieldReader) -> Carrier {
        var id: String?, name: String?, postal = false
        for m in r.object(value, at: path) ?? [] {
            let p = jsonPath(path, m.key)
            switch m.key {
            case "id": id = r.string(m.value, at: p)
            case "name": name = r.string(m.value, at: p)
            case "postal": postal = r.bool(m.value, at: p) ?? false
            default: r.unknown(m.key, at: p)
            }
        }
        return Carrier(
            id: r.required(id, jsonPath(path, "id"), placeholder: ""),
            name: r.required(name, jsonPath(path, "name"), placeholder: ""), postal: postal)
    }
}

extension County {
    func json() -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("code", .string(code))
        o.add("name", .string(name))
        o.add("population", population)
        return o.value
    }

    static func read(_ value: JSONValue, at path: String, reader r: inout JSONFieldReader) -> County {
        var code: String?, name: String?, population: Double?
        for m in r.object(value, at: path) ?? [] {
            let p = jsonPath(path, m.key)
            switch m.key {
            case "code": code = r.string(m.value, at: p)
            case "name": name = r.string(m.value, at: p)
            case "population": population = r.number(m.value, at: p)
            default: r.unknown(m.key, at: p)
            }
        }
        return County(
            code: r.required(code, jsonPath(path, "code"), placeholder: ""),
            name: r.required(name, jsonPath(path, "name"), placeholder: ""), population: population)
    }
}

extension DistanceSettings {
    /// Always written in full: how distances are measured is worth seeing in every file. The source and its
    /// file are written only when not `great-circle`, so older files read back byte for byte.
    func json() -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("roads", .string(roads.rawValue))
        o.add("circuity", .number(circuity))
        o.add("speedKmh", .number(speedKmh))
        if source != .greatCircle { o.add("source", .string(source.rawValue)) }
        o.add("file", file)
        o.add("extractSHA256", extractSHA256)
        o.add("profile", profile)
        if !closedWays.isEmpty { o.add("closedWays", .array(closedWays.sorted().map { .number(Double($0)) })) }
        return o.value
    }

    static func read(_ value: JSONValue, at path: String, reader r: inout JSONFieldReader) -> DistanceSettings {
        var settings = DistanceSettings()
        for m in r.object(value, at: path) ?? [] {
            let p = jsonPath(path, m.key)
            switch m.key {
            case "roads":
                if let text = r.string(m.value, at: p) {
                    if let coverage = RoadCoverage(rawValue: text) {
                        settings.roads = coverage
                    } else {
                        r.error(
                            .unknownValue, p, "unknown road coverage \"\(text)\"; expected none, partial or complete")
                    }
                }
            case "circuity": settings.circuity = r.number(m.value, at: p) ?? settings.circuity
            case "speedKmh": settings.speedKmh = r.number(m.value, at: p) ?? settings.speedKmh
            case "source":
                if let text = r.string(m.value, at: p) {
                    if let source = DistanceSource(rawValue: text) {
                        settings.source = source
                    } else {
                        r.error(
                            .unknownValue, p, "unknown distance source \"\(text)\"; expected \(DistanceSource.expected)"
                        )
                    }
                }
            case "file": settings.file = r.optionalString(m.value, at: p)
            case "extractSHA256": settings.extractSHA256 = r.optionalString(m.value, at: p)
            case "profile": settings.profile = r.optionalString(m.value, at: p)
            case "closedWays":
                for (k, item) in (r.array(m.value, at: p) ?? []).enumerated() {
                    guard let way = r.number(item, at: "\(p)[\(k)]") else { continue }
                    if way >= 1, way == way.rounded(), way < 9e15 {
                        settings.closedWays.append(Int64(way))
                    } else {
                        r.error(.unknownValue, "\(p)[\(k)]", "an OpenStreetMap way id is a whole number >= 1")
                    }
                }
                settings.closedWays = Array(Set(settings.closedWays)).sorted()
            default: r.unknown(m.key, at: p)
            }
        }
        return settings
    }
}

extension Carrier: Codable {
    /// Decodes `{"id", "name", "postal"?}`.
    public init(from decoder: Decoder) throws {
        self = try JSONFieldReader.decode(decoder) { Carrier.read($0, at: "", reader: &$1) }
    }

    /// Encodes the canonical object (`postal` only when true).
    public func encode(to encoder: Encoder) throws { try json().encode(to: encoder) }
}

extension County: Codable {
    /// Decodes `{"code", "name", "population"?}`.
    public init(from decoder: Decoder) throws {
        self = try JSONFieldReader.decode(decoder) { County.read($0, at: "", reader: &$1) }
    }

    /// Encodes the canonical object.
    public func encode(to encoder: Encoder) throws { try json().encode(to: encoder) }
}

extension DistanceSettings: Codable {
    /// Decodes `{"roads"?, "circuity"?, "speedKmh"?}`; absent members take the defaults.
    public init(from decoder: Decoder) throws {
        self = try JSONFieldReader.decode(decoder) { DistanceSettings.read($0, at: "", reader: &$1) }
    }

    /// Encodes all three members.
    public func encode(to encoder: Encoder) throws { try json().encode(to: encoder) }
}

extension Network: Codable {
    /// Decodes the canonical document (see ``CanonicalJSON``); the first error is thrown.
    ///
    /// Prefer ``CanonicalJSON/decode(_:file:)``, which reports every problem with its path.
    public init(from decoder: Decoder) throws {
        self = try JSONFieldReader.decode(decoder) { CanonicalJSON.read($0, reader: &$1) }
    }

    /// Encodes the canonical document, format tag included.
    public func encode(to encoder: Encoder) throws { try CanonicalJSON.json(self).encode(to: encoder) }
}

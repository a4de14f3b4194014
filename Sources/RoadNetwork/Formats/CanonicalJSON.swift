// HubPlan's own network file: `"format": "hubplan-network/1"`, stable member order, one node per line.
import Foundation

/// The canonical JSON format, specified in `docs/network-format.md` and `docs/network.schema.json`.
///
/// Written output is deterministic: members in a fixed order, absent and default fields left out, numbers
/// spelled the shortest way that reads back exactly, one node and one road per line so diffs stay small.
public enum CanonicalJSON {
    /// The network as canonical JSON text (UTF-8).
    public static func encode(_ network: Network) -> Data {
        Data(JSONText.render(json(network)).utf8)
    }

    /// Reads and validates a canonical document; throws a ``NetworkError`` listing every error.
    public static func decode(_ data: Data, file: String) throws -> Network {
        try inspect(data, file: file).get()
    }

    /// Reads and validates a canonical document, returning every problem instead of throwing.
    public static func inspect(_ data: Data, file: String) -> NetworkInspection {
        let source = SourceMap(layout: .canonical, file: file)
        let value: JSONValue
        do {
            value = try JSONValue.parse(data, file: file)
        } catch {
            return .unreadable(error, source: source)
        }
        var reader = JSONFieldReader(file: file)
        if case .object(let members) = value,
            let type = members.first(where: { $0.key == "type" }), type.value == .string("FeatureCollection")
        {
            reader.error(.unreadable, "type", "this is GeoJSON, not canonical JSON; name the file .geojson")
            return NetworkInspection(network: nil, source: source, issues: reader.issues)
        }
        let network = read(value, reader: &reader)
        if reader.issues.contains(where: { $0.kind == .unreadable }) {
            return NetworkInspection(network: nil, source: source, issues: reader.issues)
        }
        return .validated(network, source: source, readingIssues: reader.issues)
    }

    /// The canonical tree of a network.
    static func json(_ network: Network) -> JSONValue {
        let rank = Dictionary(network.carriers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var o = JSONObjectBuilder()
        o.add("format", .string(Network.formatTag))
        o.add("name", .string(network.name))
        o.add("description", network.description)
        o.add("distance", network.distance.json())
        if !network.carriers.isEmpty { o.add("carriers", .array(network.carriers.map { $0.json() })) }
        if !network.counties.isEmpty { o.add("counties", .array(network.counties.map { $0.json() })) }
        o.add("nodes", .array(network.nodes.map { $0.json(carrierRank: rank) }))
        if !network.edges.isEmpty { o.add("edges", .array(network.edges.map { $0.json() })) }
        return o.value
    }

    /// Builds a network from a canonical tree; a missing or wrong format tag is an `unreadable` issue.
    static func read(_ value: JSONValue, reader r: inout JSONFieldReader) -> Network {
        var network = Network(name: "")
        var format: String?, name: String?, sawNodes = false
        for m in r.object(value, at: "") ?? [] {
            let p = m.key
            switch m.key {
            case "format": format = r.string(m.value, at: p)
            case "name": name = r.string(m.value, at: p)
            case "description": network.description = r.optionalString(m.value, at: p)
            case "distance": network.distance = DistanceSettings.read(m.value, at: p, reader: &r)
            case "carriers":
                network.carriers = list(m.value, at: p, &r) { Carrier.read($0, at: $1, reader: &$2) }
            case "counties":
                network.counties = list(m.value, at: p, &r) { County.read($0, at: $1, reader: &$2) }
            case "nodes":
                sawNodes = true
                network.nodes = list(m.value, at: p, &r) { Node.read($0, at: $1, reader: &$2) }
            case "edges":
                network.edges = list(m.value, at: p, &r) { Edge.read($0, at: $1, reader: &$2) }
            default: r.unknown(m.key, at: p)
            }
        }
        if format != Network.formatTag {
            let found = format.map { "\"\($0)\"" } ?? "no format tag"
            r.error(.unreadable, "format", "expected \"format\": \"\(Network.formatTag)\", found \(found)")
        }
        network.name = r.required(name, "name", placeholder: "")
        if !sawNodes { r.error(.missingField, "nodes", "required field is missing") }
        return network
    }

    private static func list<T>(
        _ value: JSONValue, at path: String, _ r: inout JSONFieldReader,
        _ read: (JSONValue, String, inout JSONFieldReader) -> T
    ) -> [T] {
        guard let elements = r.array(value, at: path) else { return [] }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for (i, element) in elements.enumerated() {
            result.append(read(element, "\(path)[\(i)]", &r))
        }
        return result
    }
}

// Networks as GeoJSON (RFC 7946): nodes as Point features, roads as LineStrings, the rest in a `hubplan` member.
import Foundation

/// GeoJSON both ways, so a planner can look at a network in QGIS or geojson.io, edit it and read it back.
///
/// A FeatureCollection holds one Point feature per node (in node order; properties are the canonical node
/// members without `lon`/`lat`, which are the Point's `[lon, lat]`), then one LineString per road (from the
/// `from` node to the `to` node; properties are the canonical road members; the line's coordinates are
/// drawn for people and ignored on reading). What is neither a place nor a road (name, description,
/// distance settings, carriers, counties) is the collection's foreign member `"hubplan"`, which RFC 7946
/// allows and GIS tools carry along.
public enum GeoJSONFormat {
    /// The network as GeoJSON text (UTF-8), one feature per line.
    public static func encode(_ network: Network) -> Data {
        let rank = Dictionary(network.carriers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let index = network.nodeIndexByID()
        var features: [JSONValue] = []
        features.reserveCapacity(network.nodes.count + network.edges.count)
        for node in network.nodes {
            features.append(
                feature(
                    geometry: .object([JSONMember("type", .string("Point")), JSONMember("coordinates", point(node))]),
                    properties: node.json(carrierRank: rank, coordinates: false)))
        }
        for edge in network.edges {
            var geometry = JSONValue.null
            if let a = index[edge.from], let b = index[edge.to] {
                geometry = .object([
                    JSONMember("type", .string("LineString")),
                    JSONMember("coordinates", .array([point(network.nodes[a]), point(network.nodes[b])])),
                ])
            }
            features.append(feature(geometry: geometry, properties: edge.json()))
        }
        let document = JSONValue.object([
            JSONMember("type", .string("FeatureCollection")),
            JSONMember("hubplan", header(network)),
            JSONMember("features", .array(features)),
        ])
        return Data(JSONText.render(document).utf8)
    }

    /// Reads and validates GeoJSON; throws a ``NetworkError`` listing every error.
    public static func decode(_ data: Data, file: String) throws -> Network {
        try inspect(data, file: file).get()
    }

    /// Reads and validates GeoJSON, returning every problem instead of throwing.
    public static func inspect(_ data: Data, file: String) -> NetworkInspection {
        var source = SourceMap(layout: .geoJSON, file: file)
        let value: JSONValue
        do {
            value = try JSONValue.parse(data, file: file)
        } catch {
            return .unreadable(error, source: source)
        }
        var r = JSONFieldReader(file: file)
        var network = Network(name: defaultName(file))
        var sawHeader = false, isCollection = false
        for m in r.object(value, at: "") ?? [] {
            switch m.key {
            case "type": isCollection = m.value == .string("FeatureCollection")
            case "hubplan":
                sawHeader = true
                readHeader(m.value, into: &network, &r)
            case "features":
                for (k, feature) in (r.array(m.value, at: "features") ?? []).enumerated() {
                    readFeature(feature, at: k, into: &network, source: &source, &r)
                }
            default: break  // bbox, crs, name and other members GIS tools write
            }
        }
        if !isCollection {
            r.error(.unreadable, "type", "expected a GeoJSON FeatureCollection")
            return NetworkInspection(network: nil, source: source, issues: r.issues)
        }
        if !sawHeader {
            network.carriers = CarrierInference.carriers(parcelKeysOf: network.nodes, declared: network.carriers)
        }
        return .validated(network, source: source, readingIssues: r.issues)
    }

    private static func feature(geometry: JSONValue, properties: JSONValue) -> JSONValue {
        .object([
            JSONMember("type", .string("Feature")),
            JSONMember("geometry", geometry),
            JSONMember("properties", properties),
        ])
    }

    private static func point(_ node: Node) -> JSONValue { .array([.number(node.lon), .number(node.lat)]) }

    /// Everything of the canonical document but the nodes and roads.
    private static func header(_ network: Network) -> JSONValue {
        guard case .object(let members) = CanonicalJSON.json(network) else { return .null }
        return .object(members.filter { $0.key != "nodes" && $0.key != "edges" })
    }

    private static func readHeader(_ value: JSONValue, into network: inout Network, _ r: inout JSONFieldReader) {
        guard let members = r.object(value, at: "hubplan") else { return }
        var document = members.filter { $0.key != "nodes" && $0.key != "edges" }
        if !document.contains(where: { $0.key == "name" }) {
            document.append(JSONMember("name", .string(network.name)))
        }
        document.append(JSONMember("nodes", .array([])))
        var header = JSONFieldReader(file: r.file)
        let parsed = CanonicalJSON.read(.object(document), reader: &header)
        // The header's paths are relative to the `hubplan` member.
        r.issues += header.issues.map { issue in
            var issue = issue
            issue.location.path = jsonPath("hubplan", issue.location.path ?? "")
            return issue
        }
        network.name = parsed.name
        network.description = parsed.description
        network.distance = parsed.distance
        network.carriers = parsed.carriers
        network.counties = parsed.counties
    }

    private static func readFeature(
        _ value: JSONValue, at k: Int, into network: inout Network,
        source: inout SourceMap, _ r: inout JSONFieldReader
    ) {
        let path = "features[\(k)]"
        guard let members = r.object(value, at: path) else { return }
        let geometry = members.first { $0.key == "geometry" }?.value ?? .null
        let properties = members.first { $0.key == "properties" }?.value ?? .object([])
        var geometryType: String?
        if case .object(let g) = geometry, case .string(let type)? = g.first(where: { $0.key == "type" })?.value {
            geometryType = type
        }
        if geometryType == "Point" {
            let (lon, lat) = coordinates(geometry, at: path + ".geometry", &r)
            network.nodes.append(
                Node.read(properties, at: path + ".properties", coordinates: .given(lon: lon, lat: lat), reader: &r))
            source.nodeRecords.append(k)
        } else if case .object(let p) = properties, p.contains(where: { $0.key == "from" }) {
            network.edges.append(Edge.read(properties, at: path + ".properties", reader: &r))
            source.edgeRecords.append(k)
        } else {
            r.error(
                .wrongType, path, "a feature must be a Point (a node) or have \"from\" and \"to\" properties (a road)")
        }
    }

    private static func coordinates(
        _ geometry: JSONValue, at path: String, _ r: inout JSONFieldReader
    ) -> (Double, Double) {
        if case .object(let g) = geometry, let c = g.first(where: { $0.key == "coordinates" })?.value,
            case .array(let xy) = c, xy.count >= 2
        {
            let lon = r.number(xy[0], at: path + ".coordinates[0]")
            let lat = r.number(xy[1], at: path + ".coordinates[1]")
            return (
                r.required(lon, path + ".coordinates[0]", placeholder: 0),
                r.required(lat, path + ".coordinates[1]", placeholder: 0)
            )
        }
        r.error(.wrongType, path + ".coordinates", "a Point needs [lon, lat] coordinates")
        return (0, 0)
    }

    /// A file's name without folder and extension, for networks whose file does not name them.
    static func defaultName(_ file: String) -> String {
        URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    }
}

// County outlines (simplified polygons keyed by adcode) for maps and for keeping modelled points inside a county.
import Foundation

/// One county's outline: one or more polygons, each an outer ring followed by its holes, as (lon, lat) pairs.
public struct CountyBoundary: Sendable, Hashable {
    /// The county's six-digit administrative code.
    public var adcode: String
    /// The county's name as the source spells it.
    public var name: String
    /// Polygons; in each, ring 0 is the outer boundary and the others are holes. Rings are closed or not.
    public var polygons: [[[Point]]]

    /// A (longitude, latitude) pair in WGS84 degrees.
    public struct Point: Sendable, Hashable {
        public var lon: Double
        public var lat: Double
        public init(lon: Double, lat: Double) { self.lon = lon; self.lat = lat }
    }

    public init(adcode: String, name: String, polygons: [[[Point]]]) {
        self.adcode = adcode
        self.name = name
        self.polygons = polygons
    }

    /// The smallest lon/lat box around every outer ring.
    public var bounds: (minLon: Double, minLat: Double, maxLon: Double, maxLat: Double) {
        var box = (minLon: Double.infinity, minLat: Double.infinity, maxLon: -Double.infinity, maxLat: -Double.infinity)
        for polygon in polygons {
            for p in polygon.first ?? [] {
                box = (min(box.minLon, p.lon), min(box.minLat, p.lat), max(box.maxLon, p.lon), max(box.maxLat, p.lat))
            }
        }
        return box
    }

    /// Whether the point lies inside the county (inside an outer ring and in none of its holes).
    ///
    /// - Complexity: O(vertices).
    public func contains(lon: Double, lat: Double) -> Bool {
        for polygon in polygons {
            guard let outer = polygon.first, Self.ring(outer, contains: lon, lat) else { continue }
            if !polygon.dropFirst().contains(where: { Self.ring($0, contains: lon, lat) }) { return true }
        }
        return false
    }

    /// Even-odd crossing test; a ring need not repeat its first point.
    static func ring(_ ring: [Point], contains lon: Double, _ lat: Double) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.lat > lat) != (b.lat > lat),
                lon < (b.lon - a.lon) * (lat - a.lat) / (b.lat - a.lat) + a.lon
            {
                inside.toggle()
            }
            j = i
        }
        return inside
    }
}

/// County outlines read from a GeoJSON FeatureCollection of Polygon/MultiPolygon features with `adcode` and
/// `name` properties (the layout of `Networks/sources/boundaries/NN.geojson`, one file per province).
public enum CountyBoundaries {
    /// Reads every county of one file, in file order. A feature without an adcode or with a geometry that is not
    /// a (Multi)Polygon is an error naming the file and the feature's position. A `.gz` file (or `path.gz` when
    /// only that exists: the other provinces are vendored gzipped) is decompressed first.
    public static func read(_ path: String) throws(NetworkError) -> [CountyBoundary] {
        let data: Data
        let path = Gzip.existing(path) ?? path
        do { data = try Gzip.contents(ofFile: path) } catch {
            throw NetworkError(file: path, message: "cannot read the county boundaries: \(error)")
        }
        return try parse(data, file: path)
    }

    /// Parses a FeatureCollection held in memory; `file` names it in messages.
    public static func parse(_ data: Data, file: String) throws(NetworkError) -> [CountyBoundary] {
        let root = try JSONValue.parse(data, file: file)
        guard case .object(let top) = root,
            case .array(let features)? = top.first(where: { $0.key == "features" })?.value
        else { throw NetworkError(file: file, message: "not a GeoJSON FeatureCollection (no \"features\" array)") }
        var result: [CountyBoundary] = []
        result.reserveCapacity(features.count)
        for (index, feature) in features.enumerated() {
            let place = "feature \(index + 1)"
            guard case .object(let members) = feature,
                case .object(let props)? = members.first(where: { $0.key == "properties" })?.value,
                case .string(let adcode)? = props.first(where: { $0.key == "adcode" })?.value
            else { throw NetworkError(file: file, message: "\(place): no properties.adcode") }
            var name = ""
            if case .string(let n)? = props.first(where: { $0.key == "name" })?.value { name = n }
            guard case .object(let geometry)? = members.first(where: { $0.key == "geometry" })?.value,
                case .string(let type)? = geometry.first(where: { $0.key == "type" })?.value,
                let coordinates = geometry.first(where: { $0.key == "coordinates" })?.value
            else { throw NetworkError(file: file, message: "\(place) (\(adcode)): no geometry") }
            let polygons: [[[CountyBoundary.Point]]]
            switch type {
            case "Polygon": polygons = [try polygon(coordinates, file: file, place: place)]
            case "MultiPolygon":
                guard case .array(let parts) = coordinates else {
                    throw NetworkError(file: file, message: "\(place) (\(adcode)): coordinates are not an array")
                }
                polygons = try parts.map { (part) throws(NetworkError) in try polygon(part, file: file, place: place) }
            default:
                throw NetworkError(
                    file: file, message: "\(place) (\(adcode)): geometry \(type) is not a (Multi)Polygon")
            }
            result.append(CountyBoundary(adcode: adcode, name: name, polygons: polygons))
        }
        return result
    }

    private static func polygon(
        _ value: JSONValue, file: String, place: String
    ) throws(NetworkError) -> [[CountyBoundary.Point]] {
        guard case .array(let rings) = value else {
            throw NetworkError(file: file, message: "\(place): a polygon is not an array of rings")
        }
        return try rings.map { (ring) throws(NetworkError) -> [CountyBoundary.Point] in
            guard case .array(let points) = ring, points.count >= 3 else {
                throw NetworkError(file: file, message: "\(place): a ring has fewer than 3 points")
            }
            return try points.map { (point) throws(NetworkError) -> CountyBoundary.Point in
                guard case .array(let xy) = point, xy.count >= 2, case .number(let lon) = xy[0],
                    case .number(let lat) = xy[1],
                    (-180...180).contains(lon), (-90...90).contains(lat)
                else { throw NetworkError(file: file, message: "\(place): a position is not [lon, lat] in degrees") }
                return CountyBoundary.Point(lon: lon, lat: lat)
            }
        }
    }
}

// OSRM's Table service: km and minutes between sources and destinations, and how far each point was snapped.
import Foundation

/// A client of one OSRM server's Table service (`/table/v1/driving/...`).
///
/// Each request is one tile of at most `batch` sources x `batch` destinations, which stays within
/// osrm-routed's default `--max-table-size` of 100, so the same code serves a planner's own server.
public struct OSRMTable: Sendable {
    /// The server, e.g. `http://127.0.0.1:5000` (no trailing slash).
    public var url: String
    /// Most sources (and destinations) in one request.
    public var batch: Int

    /// A client of the server at `url`.
    public init(url: String, batch: Int = 100) {
        self.url = url.hasSuffix("/") ? String(url.dropLast()) : url
        self.batch = max(1, batch)
    }

    /// One Table answer: metres and seconds (nil where OSRM found no route), and the snapped points.
    public struct Answer: Sendable {
        /// Metres, `[source][destination]`.
        public var metres: [[Double?]]
        /// Seconds, `[source][destination]`.
        public var seconds: [[Double?]]
        /// Where each source was snapped and how far from its coordinate (metres).
        public var sourceSnaps: [Snap]
        /// Where each destination was snapped.
        public var destinationSnaps: [Snap]
    }

    /// A point moved onto the nearest road OSRM can route on.
    public struct Snap: Sendable, Hashable {
        /// Snapped position, WGS84.
        public var lon: Double
        public var lat: Double
        /// Distance from the given position to the road, metres.
        public var metres: Double
    }

    private struct Response: Decodable {
        struct Waypoint: Decodable { var location: [Double]; var distance: Double? }
        var code: String
        var message: String?
        var durations: [[Double?]]?
        var distances: [[Double?]]?
        var sources: [Waypoint]?
        var destinations: [Waypoint]?
    }

    /// Queries the table from `sources` to `destinations` (lon, lat pairs); at most `batch` of each.
    public func query(
        sources: [(lon: Double, lat: Double)], destinations: [(lon: Double, lat: Double)]
    ) throws(OSRMError) -> Answer {
        let points = sources + destinations
        let coordinates = points.map { String(format: "%.6f,%.6f", $0.lon, $0.lat) }.joined(separator: ";")
        let sourceList = sources.indices.map(String.init).joined(separator: ";")
        let destinationList = destinations.indices.map { String(sources.count + $0) }.joined(separator: ";")
        let request =
            "\(url)/table/v1/driving/\(coordinates)?sources=\(sourceList)&destinations=\(destinationList)"
            + "&annotations=duration,distance"
        let (status, body) = try OSRMHTTP.get(request).get()
        let response: Response
        do {
            response = try JSONDecoder().decode(Response.self, from: body)
        } catch {
            throw .server(
                "\(url): HTTP \(status), not an OSRM answer: \(String(decoding: body.prefix(200), as: UTF8.self))")
        }
        guard response.code == "Ok", let durations = response.durations, let distances = response.distances,
            let from = response.sources, let to = response.destinations,
            durations.count == sources.count, distances.count == sources.count
        else {
            throw .server("\(url): \(response.code) \(response.message ?? "") (HTTP \(status))")
        }
        func snaps(_ w: [Response.Waypoint]) -> [Snap] {
            w.map { Snap(lon: $0.location.first ?? .nan, lat: $0.location.last ?? .nan, metres: $0.distance ?? 0) }
        }
        return Answer(metres: distances, seconds: durations, sourceSnaps: snaps(from), destinationSnaps: snaps(to))
    }
}

// WGS84 points, great-circle distances and small offsets in kilometres.
import Foundation
import RoadNetwork

/// A WGS84 position in degrees.
public struct GeoPoint: Sendable, Hashable {
    /// Longitude in degrees.
    public var lon: Double
    /// Latitude in degrees.
    public var lat: Double

    /// Creates a point.
    public init(lon: Double, lat: Double) { self.lon = lon; self.lat = lat }

    /// Great-circle distance in km, the same function the planners' fallback distance uses.
    public func kilometres(to other: GeoPoint) -> Double {
        greatCircleKm(lon1: lon, lat1: lat, lon2: other.lon, lat2: other.lat)
    }

    /// The point `east` km east and `north` km north of this one.
    ///
    /// A local equirectangular step: over the few tens of km a village is ever moved, its error is metres.
    public func offset(eastKm east: Double, northKm north: Double) -> GeoPoint {
        let kmPerDegree = earthMeanRadiusKm * .pi / 180
        return GeoPoint(
            lon: lon + east / (kmPerDegree * cos(lat * .pi / 180)),
            lat: lat + north / kmPerDegree)
    }

    /// The point rounded to 6 decimals (about 0.1 m), so files stay small and bytes stay stable.
    public var rounded: GeoPoint {
        GeoPoint(lon: (lon * 1e6).rounded() / 1e6, lat: (lat * 1e6).rounded() / 1e6)
    }
}

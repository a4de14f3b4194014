// WGS84 points, great-circle distances and small offsets in kilometres.
import Foundation

/// A WGS84 position in degrees.
public struct GeoPoint: Sendable, Hashable {
    /// Longitude in degrees.
    public var lon: Double
    /// Latitude in degrees.
    public var lat: Double

    /// Creates a point.
    public init(lon: Double, lat: Double) { self.lon = lon; self.lat = lat }

    /// Mean Earth radius in km (IUGG), the radius every great-circle distance here uses.
    public static let earthRadiusKm = 6371.0088

    /// Great-circle (haversine) distance in km.
    public func kilometres(to other: GeoPoint) -> Double {
        let p1 = lat * .pi / 180, p2 = other.lat * .pi / 180
        let dp = p2 - p1, dl = (other.lon - lon) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * Self.earthRadiusKm * asin(min(1, h.squareRoot()))
    }

    /// The point `east` km east and `north` km north of this one.
    ///
    /// A local equirectangular step: over the few tens of km a village is ever moved, its error is metres.
    public func offset(eastKm east: Double, northKm north: Double) -> GeoPoint {
        let kmPerDegree = Self.earthRadiusKm * .pi / 180
        return GeoPoint(
            lon: lon + east / (kmPerDegree * cos(lat * .pi / 180)),
            lat: lat + north / kmPerDegree)
    }

    /// The point rounded to 6 decimals (about 0.1 m), so files stay small and bytes stay stable.
    public var rounded: GeoPoint {
        GeoPoint(lon: (lon * 1e6).rounded() / 1e6, lat: (lat * 1e6).rounded() / 1e6)
    }
}

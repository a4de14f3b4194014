// Great-circle distance on the WGS84 mean sphere: the fallback where a network has no road between two places.
import Foundation

/// The IUGG mean Earth radius R1 = (2a + b) / 3 of WGS84, in km.
public let earthMeanRadiusKm = 6371.0088

/// Great-circle distance in km between two WGS84 points given in degrees (haversine formula, which stays
/// accurate for the short distances between neighbouring villages).
public func greatCircleKm(lon1: Double, lat1: Double, lon2: Double, lat2: Double) -> Double {
    let radians = Double.pi / 180
    let dLat = (lat2 - lat1) * radians, dLon = (lon2 - lon1) * radians
    let s = sin(dLat / 2), t = sin(dLon / 2)
    let h = s * s + cos(lat1 * radians) * cos(lat2 * radians) * t * t
    return 2 * earthMeanRadiusKm * asin(min(1, h.squareRoot()))
}

// Chinese map datums to WGS84: GCJ-02 (Amap, Tencent, Google China) and BD-09 (Baidu), both ways.
import Foundation

/// The datum of a point file; HubPlan stores WGS84 only.
///
/// GCJ-02 is WGS84 shifted by the published obfuscation polynomial on the Krasovsky ellipsoid
/// (a = 6,378,245 m, e^2 = 0.00669342162296594323); BD-09 is GCJ-02 rotated and shifted once more. GCJ-02 ->
/// WGS84 has no closed form: ``toWGS84(lon:lat:)`` inverts the forward transform by fixed-point iteration
/// until the forward image is within 1e-10 degrees (about 0.01 mm) of the input, which takes 3-5 steps.
/// Outside China (the usual bounding box 72.004-137.8347 E, 0.8293-55.8271 N) GCJ-02 equals WGS84.
public enum Datum: String, Sendable, CaseIterable, Codable {
    case wgs84
    case gcj02
    case bd09

    static let a = 6_378_245.0
    static let ee = 0.00669342162296594323
    static let xPi = Double.pi * 3000.0 / 180.0

    /// The point in WGS84.
    public func toWGS84(lon: Double, lat: Double) -> (lon: Double, lat: Double) {
        switch self {
        case .wgs84: (lon, lat)
        case .gcj02: Self.gcjToWGS(lon: lon, lat: lat)
        case .bd09: Self.gcjToWGS(lon: Self.bdToGCJ(lon: lon, lat: lat).lon, lat: Self.bdToGCJ(lon: lon, lat: lat).lat)
        }
    }

    /// The WGS84 point in this datum.
    public func fromWGS84(lon: Double, lat: Double) -> (lon: Double, lat: Double) {
        switch self {
        case .wgs84: (lon, lat)
        case .gcj02: Self.wgsToGCJ(lon: lon, lat: lat)
        case .bd09:
            {
                let g = Self.wgsToGCJ(lon: lon, lat: lat); return Self.gcjToBD(lon: g.lon, lat: g.lat)
            }()
        }
    }

    /// Whether GCJ-02 shifts this point (inside China's bounding box).
    static func shifted(lon: Double, lat: Double) -> Bool {
        lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271
    }

    /// WGS84 -> GCJ-02 (the forward transform).
    public static func wgsToGCJ(lon: Double, lat: Double) -> (lon: Double, lat: Double) {
        guard shifted(lon: lon, lat: lat) else { return (lon, lat) }
        let x = lon - 105.0, y = lat - 35.0
        var dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * abs(x).squareRoot()
        var dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * abs(x).squareRoot()
        let common = (20.0 * sin(6.0 * x * .pi) + 20.0 * sin(2.0 * x * .pi)) * 2.0 / 3.0
        dLat +=
            common + (20.0 * sin(y * .pi) + 40.0 * sin(y / 3.0 * .pi)) * 2.0 / 3.0
            + (160.0 * sin(y / 12.0 * .pi) + 320.0 * sin(y * .pi / 30.0)) * 2.0 / 3.0
        dLon +=
            common + (20.0 * sin(x * .pi) + 40.0 * sin(x / 3.0 * .pi)) * 2.0 / 3.0
            + (150.0 * sin(x / 12.0 * .pi) + 300.0 * sin(x / 30.0 * .pi)) * 2.0 / 3.0
        let radLat = lat / 180.0 * .pi
        let magic = 1 - ee * sin(radLat) * sin(radLat), sqrtMagic = magic.squareRoot()
        dLat = dLat * 180.0 / ((a * (1 - ee)) / (magic * sqrtMagic) * .pi)
        dLon = dLon * 180.0 / (a / sqrtMagic * cos(radLat) * .pi)
        return (lon + dLon, lat + dLat)
    }

    /// GCJ-02 -> WGS84 by iterating the forward transform (see the type's comment).
    public static func gcjToWGS(lon: Double, lat: Double) -> (lon: Double, lat: Double) {
        var w = (lon: lon, lat: lat)
        for _ in 0..<30 {
            let g = wgsToGCJ(lon: w.lon, lat: w.lat)
            let eLon = g.lon - lon, eLat = g.lat - lat
            if abs(eLon) < 1e-10 && abs(eLat) < 1e-10 { break }
            w = (w.lon - eLon, w.lat - eLat)
        }
        return w
    }

    /// BD-09 -> GCJ-02.
    public static func bdToGCJ(lon: Double, lat: Double) -> (lon: Double, lat: Double) {
        let x = lon - 0.0065, y = lat - 0.006
        let z = (x * x + y * y).squareRoot() - 0.00002 * sin(y * xPi)
        let theta = atan2(y, x) - 0.000003 * cos(x * xPi)
        return (z * cos(theta), z * sin(theta))
    }

    /// GCJ-02 -> BD-09.
    public static func gcjToBD(lon: Double, lat: Double) -> (lon: Double, lat: Double) {
        let z = (lon * lon + lat * lat).squareRoot() + 0.00002 * sin(lat * xPi)
        let theta = atan2(lat, lon) + 0.000003 * cos(lon * xPi)
        return (z * cos(theta) + 0.0065, z * sin(theta) + 0.006)
    }
}

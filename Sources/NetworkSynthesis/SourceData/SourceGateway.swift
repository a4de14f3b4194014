// Gateway cities (gateways.csv) and each region's outbound and transit volumes (gateway-flows.csv).

/// A city outside the region that direct lines run to, from `gateways.csv`.
public struct SourceGateway: Sendable, Hashable {
    /// The adcode prefix of the region it serves (`1402` Datong, `13` Hebei): only that region's network gets it.
    public var region: String
    public var id: String
    public var name: String
    /// The city's province, two digits.
    public var province: String
    public var point: GeoPoint
    public var uncertaintyKm: Double
    /// Its share of the region's external parcels (the region's weights sum to 1).
    public var weight: Double
    public var basis: String
}

/// A region's outbound and transit parcels per delivered parcel, from `gateway-flows.csv`.
public struct SourceGatewayFlows: Sendable, Hashable {
    public var region: String
    public var outboundPerDelivery: Double
    public var transitPerDelivery: Double
    public var basis: String
}

extension SourceData {
    static func readGateways(_ path: String) throws -> [SourceGateway] {
        let t = try SourceTable(
            path: path,
            required: [
                "region", "id", "name", "province", "lon_wgs84", "lat_wgs84", "uncertainty_km", "weight", "basis",
            ])
        let gateways = try t.rows.indices.map { i in
            guard let point = try t.point(i, lon: "lon_wgs84", lat: "lat_wgs84") else {
                throw SynthesisError("\(path): line \(t.line(i)): a gateway needs a position")
            }
            let province = t.text(i, "province"), weight = try t.number(i, "weight")
            guard province.count == 2, province.allSatisfy(\.isNumber) else {
                throw SynthesisError("\(path): line \(t.line(i)): column 'province': '\(province)' is not two digits")
            }
            guard weight > 0 else {
                throw SynthesisError("\(path): line \(t.line(i)): column 'weight' must be positive")
            }
            return SourceGateway(
                region: t.text(i, "region"), id: t.text(i, "id"), name: t.text(i, "name"), province: province,
                point: point, uncertaintyKm: try t.number(i, "uncertainty_km"), weight: weight,
                basis: t.text(i, "basis"))
        }
        for region in Set(gateways.map(\.region)) {
            let sum = gateways.filter { $0.region == region }.reduce(0) { $0 + $1.weight }
            guard abs(sum - 1) < 1e-9 else {
                throw SynthesisError("\(path): region \(region): weights sum to \(sum), not 1")
            }
        }
        return gateways
    }

    static func readGatewayFlows(_ path: String) throws -> [SourceGatewayFlows] {
        let t = try SourceTable(
            path: path, required: ["region", "outbound_per_delivery", "transit_per_delivery", "basis"])
        return try t.rows.indices.map { i in
            let outbound = try t.number(i, "outbound_per_delivery"), transit = try t.number(i, "transit_per_delivery")
            guard outbound >= 0, transit >= 0 else {
                throw SynthesisError("\(path): line \(t.line(i)): outbound and transit per delivery must be >= 0")
            }
            return SourceGatewayFlows(
                region: t.text(i, "region"), outboundPerDelivery: outbound,
                transitPerDelivery: transit, basis: t.text(i, "basis"))
        }
    }
}

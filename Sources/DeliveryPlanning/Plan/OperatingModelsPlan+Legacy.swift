// Reads plan.json files written before post offices and bus stations carried `positionSource` (their own flags).
import RoadNetwork

/// The position flags of plans before `positionSource`: `"modelled"` (placed at a township seat or the county
/// center) or `"network"` (a `post-office` / `bus-station` node, whose own source those plans did not record:
/// read as the format's default, `source-data`).
enum LegacyPositionFlag {
    static func positionSource(_ flag: String) -> PositionSource {
        flag == "modelled" ? .modelled : .defaultWhenAbsent
    }
}

extension PostalBackstopPlan.PostOffice {
    private enum LegacyKeys: String, CodingKey { case position }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        county = try c.decode(String.self, forKey: .county)
        lon = try c.decode(Double.self, forKey: .lon)
        lat = try c.decode(Double.self, forKey: .lat)
        if let source = try c.decodeIfPresent(PositionSource.self, forKey: .positionSource) {
            positionSource = source
        } else {
            let old = try decoder.container(keyedBy: LegacyKeys.self)
            positionSource = LegacyPositionFlag.positionSource(try old.decode(String.self, forKey: .position))
        }
        villages = try c.decode(Int.self, forKey: .villages)
        parcelsPerDay = try c.decode(Double.self, forKey: .parcelsPerDay)
    }
}

extension BusLinesPlan.Line {
    private enum LegacyKeys: String, CodingKey { case stationPosition }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        station = try c.decode(String.self, forKey: .station)
        if let source = try c.decodeIfPresent(PositionSource.self, forKey: .stationPositionSource) {
            stationPositionSource = source
        } else {
            let old = try decoder.container(keyedBy: LegacyKeys.self)
            stationPositionSource = LegacyPositionFlag.positionSource(
                try old.decode(String.self, forKey: .stationPosition))
        }
        seat = try c.decode(String.self, forKey: .seat)
        county = try c.decode(String.self, forKey: .county)
        km = try c.decode(Double.self, forKey: .km)
        used = try c.decode(Bool.self, forKey: .used)
        stops = try c.decode([String].self, forKey: .stops)
        parcelsPerDay = try c.decode(Double.self, forKey: .parcelsPerDay)
        pickupsPerDay = try c.decode(Double.self, forKey: .pickupsPerDay)
        trips = try c.decode(Int.self, forKey: .trips)
        feePerDay = try c.decode(Double.self, forKey: .feePerDay)
        departuresPerDay = try c.decodeIfPresent(Int.self, forKey: .departuresPerDay)
        parcelsPerTrip = try c.decodeIfPresent(Double.self, forKey: .parcelsPerTrip)
        feePerParcel = try c.decodeIfPresent(Double.self, forKey: .feePerParcel)
    }
}

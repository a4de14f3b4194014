// Reads the operating models' scenario sections (postal_backstop: ...) with file, line and key on errors.
import Foundation
import Yams

/// The scenario keys of the operating models, read by ``ScenarioFile``:
/// ```yaml
/// postal_backstop: {km: 30, max_parcels: 5, fee_per_parcel: 1.0}   # 邮快合作; {} for the defaults
/// village_stations: {station_km: 3, min_parcels_daily: 20, min_parcels_every_other_day: 5}   # 多站合一
/// bus_lines: {departures_per_day: 4, parcels_per_trip: 30, fee_per_parcel: 0.5, min_km: 15}   # 客货邮融合
/// bus_lines: {file: lines.json}   # the county's own lines (BusTimetableFile) instead of generated ones
/// origin_warehouses: {per_county: 1, cold_chain_minutes: 240}   # 电商+产地仓, cold storage
/// ```
enum OperatingModelLevers {
    static func read(_ top: inout ScenarioFields, into scenario: inout Scenario) throws(PlanError) {
        if top.mapping[Node("postal_backstop")] != nil {  // present, even empty (null): on with the defaults
            var lever = Scenario.PostalBackstop()
            if var f = try top.section("postal_backstop") {
                lever.km = try f.number("km", in: 0...10_000)
                lever.maxParcels = try f.number("max_parcels", in: 0...1e9)
                lever.feePerParcel = try f.number("fee_per_parcel", in: 0...1000) ?? lever.feePerParcel
                try f.rejectUnknownKeys()
            }
            scenario.postalBackstop = lever
        }

        if top.mapping[Node("village_stations")] != nil {
            var lever = Scenario.VillageStations()
            if var f = try top.section("village_stations") {
                lever.stationKm = try f.number("station_km", in: 0...1000) ?? lever.stationKm
                lever.minParcelsDaily = try f.number("min_parcels_daily", in: 0...1e9) ?? lever.minParcelsDaily
                lever.minParcelsEveryOtherDay = try f.number("min_parcels_every_other_day", in: 0...1e9)
                try f.rejectUnknownKeys()
            }
            scenario.villageStations = lever
        }

        if top.mapping[Node("bus_lines")] != nil {
            var lever = Scenario.BusLines()
            if var f = try top.section("bus_lines") {
                lever.departuresPerDay = try f.integer("departures_per_day", in: 1...1000) ?? lever.departuresPerDay
                lever.parcelsPerTrip = try f.number("parcels_per_trip", in: 1...1e6) ?? lever.parcelsPerTrip
                lever.feePerParcel = try f.number("fee_per_parcel", in: 0...1000) ?? lever.feePerParcel
                lever.minKm = try f.number("min_km", in: 0...10_000) ?? lever.minKm
                if let path = try f.string("file") {  // the county's own lines, the terms above their defaults
                    let folder = URL(fileURLWithPath: f.file).deletingLastPathComponent()
                    let resolved = path.hasPrefix("/") ? path : folder.appendingPathComponent(path).path
                    lever.timetable = try BusTimetableFile.read(resolved, defaults: lever)
                }
                try f.rejectUnknownKeys()
            }
            scenario.busLines = lever
        }

        if top.mapping[Node("origin_warehouses")] != nil {
            var lever = Scenario.OriginWarehouses()
            if var f = try top.section("origin_warehouses") {
                lever.perCounty = try f.integer("per_county", in: 1...100) ?? lever.perCounty
                lever.coldChainMinutes = try f.number("cold_chain_minutes", in: 1...10_080) ?? lever.coldChainMinutes
                try f.rejectUnknownKeys()
            }
            scenario.originWarehouses = lever
        }
    }
}

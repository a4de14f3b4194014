// Loads the source tables of one region from a data directory (the shared data set or Networks/sources).
import Foundation
import RoadNetwork

/// Everything the generator reads: every county and township of the tables, and the villages of one region.
public struct SourceData: Sendable {
    /// Every county in `counties.csv`, in adcode order; neighbours outside the region keep villages out of them.
    public var counties: [SourceCounty]
    /// Every township in `townships.csv`, in adcode order.
    public var townships: [SourceTownship]
    /// The region's village-level units, in code order.
    public var villages: [SourceVillage]
    /// Named sites (`sites.csv`, optional).
    public var sites: [SourceSite]
    /// Farm produce by county (`produce.csv`, optional).
    public var produce: [SourceProduce]
    /// County polygons by adcode (`boundaries/PP.geojson`), where vendored; the position model keeps modelled
    /// points inside them.
    public var outlines: [String: CountyBoundary] = [:]
    /// Gateway cities and each region's outbound and transit volumes (`gateways.csv`, `gateway-flows.csv`, optional).
    public var gateways: [SourceGateway] = []
    public var gatewayFlows: [SourceGatewayFlows] = []

    /// Creates source data from rows (tests build small ones by hand).
    public init(
        counties: [SourceCounty], townships: [SourceTownship], villages: [SourceVillage],
        sites: [SourceSite] = [], produce: [SourceProduce] = []
    ) {
        self.counties = counties.sorted { $0.code < $1.code }
        self.townships = townships.sorted { $0.code < $1.code }
        self.villages = villages.sorted { $0.code < $1.code }
        self.sites = sites; self.produce = produce
    }

    /// Reads the tables in `directory` for the region whose codes start with `prefix`.
    ///
    /// Villages come from `villages.csv` when it exists (the shared data set), else from the
    /// `villages-<prefix>.csv` files whose prefix matches the region's (the trimmed copies: one file per
    /// province, or per prefecture). Each table may be stored gzipped (`name.csv.gz`).
    public static func load(directory: String, prefix: String) throws -> SourceData {
        let dir = URL(fileURLWithPath: directory)
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        let manager = FileManager.default
        guard let countiesFile = Gzip.existing(path("counties.csv")) else {
            throw SynthesisError(
                "\(path("counties.csv")): no such file (is --data the directory of the source tables?)")
        }
        let (counties, leftOut) = try readCounties(countiesFile)
        let townships = try readTownships(Gzip.existing(path("townships.csv")) ?? path("townships.csv"))
        var villageFiles: [String] = []
        if let all = Gzip.existing(path("villages.csv")) {
            villageFiles = [all]
        } else {
            let names = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
            villageFiles = names.filter { name in
                let suffix = name.hasSuffix(".csv.gz") ? ".csv.gz" : ".csv"
                guard name.hasPrefix("villages-"), name.hasSuffix(suffix) else { return false }
                let key = String(name.dropFirst("villages-".count).dropLast(suffix.count))
                return key.hasPrefix(prefix) || prefix.hasPrefix(key)
            }.sorted().map(path)
        }
        var villages: [SourceVillage] = []
        for file in villageFiles {
            villages += try readVillages(file, prefix: prefix).filter { !leftOut.contains($0.county ?? $0.nbsCounty) }
        }
        let sites = manager.fileExists(atPath: path("sites.csv")) ? try readSites(path("sites.csv")) : []
        let produce = manager.fileExists(atPath: path("produce.csv")) ? try readProduce(path("produce.csv")) : []
        var data = SourceData(
            counties: counties, townships: townships, villages: villages, sites: sites, produce: produce)
        data.outlines = try CountyOutlines.load(directory: directory, prefix: prefix)
        if manager.fileExists(atPath: path("gateways.csv")) { data.gateways = try readGateways(path("gateways.csv")) }
        if manager.fileExists(atPath: path("gateway-flows.csv")) {
            data.gatewayFlows = try readGatewayFlows(path("gateway-flows.csv"))
        }
        try data.checkReferences(directory: directory)
        return data
    }

    /// Reads the county table. National gaps (a few new or odd units without a census figure, a seat or a
    /// polygon) are filled or the unit left out by ``CountyGaps``; the list of left-out codes comes back too.
    private static func readCounties(_ path: String) throws -> (counties: [SourceCounty], leftOut: Set<String>) {
        let t = try SourceTable(
            path: path,
            required: [
                "adcode", "name", "prefecture", "seat_lon_wgs84", "seat_lat_wgs84", "centroid_lon_wgs84",
                "centroid_lat_wgs84", "area_km2", "pop_2020", "pop_2020_urban", "pop_2020_rural",
            ])
        let rows = try t.rows.indices.map { i in
            let seat = try t.point(i, lon: "seat_lon_wgs84", lat: "seat_lat_wgs84")
            let centroid = try t.point(i, lon: "centroid_lon_wgs84", lat: "centroid_lat_wgs84")
            let area = t.text(i, "area_km2").isEmpty ? nil : try t.number(i, "area_km2")
            if let area, !(area > 0) {
                throw SynthesisError("\(path): line \(t.line(i)): column 'area_km2' must be positive")
            }
            var census: (Int, Int, Int)?
            if !t.text(i, "pop_2020").isEmpty {
                let pop = try t.number(i, "pop_2020"), urban = try t.number(i, "pop_2020_urban")
                let rural = try t.number(i, "pop_2020_rural")
                guard urban >= 0, rural >= 0, urban + rural == pop else {
                    throw SynthesisError(
                        "\(path): line \(t.line(i)): pop_2020_urban + pop_2020_rural must equal pop_2020")
                }
                census = (Int(pop), Int(urban), Int(rural))
            }
            let villages = t.text(i, "n_villages_nbs2021")
            return CountyGaps.Row(
                line: t.line(i), code: t.text(i, "adcode"), name: t.text(i, "name"),
                prefecture: t.text(i, "prefecture"),
                seat: seat, centroid: centroid, centroidInside: t.text(i, "centroid_in_polygon") != "N", areaKm2: area,
                census: census, villages: villages.isEmpty ? nil : try t.number(i, "n_villages_nbs2021"))
        }
        return try CountyGaps.fill(rows, file: path)
    }

    private static func readTownships(_ path: String) throws -> [SourceTownship] {
        let t = try SourceTable(
            path: path, required: ["adcode", "name", "type", "county_adcode", "lon_wgs84", "lat_wgs84"])
        return try t.rows.indices.map { i in
            SourceTownship(
                code: t.text(i, "adcode"), name: t.text(i, "name"), type: t.text(i, "type"),
                county: t.text(i, "county_adcode"), point: try t.point(i, lon: "lon_wgs84", lat: "lat_wgs84"))
        }
    }

    private static func readVillages(_ path: String, prefix: String) throws -> [SourceVillage] {
        let t = try SourceTable(
            path: path,
            required: [
                "code12_nbs2021", "short_name", "kind", "township_code_nbs2021", "township_nbs2021",
                "county_code_nbs2021", "township_adcode", "county_adcode", "lon_wgs84", "lat_wgs84",
            ])
        var villages: [SourceVillage] = []
        for i in t.rows.indices {
            let county = t.text(i, "county_adcode"), nbsCounty = t.text(i, "county_code_nbs2021")
            guard (county.isEmpty ? nbsCounty : county).hasPrefix(prefix) else { continue }
            let kind = t.text(i, "kind")
            guard ["村委会", "居委会", "其他"].contains(kind) else {
                throw SynthesisError("\(path): line \(t.line(i)): column 'kind': '\(kind)' is not 村委会, 居委会 or 其他")
            }
            let township = t.text(i, "township_adcode")
            villages.append(
                SourceVillage(
                    code: t.text(i, "code12_nbs2021"), name: t.text(i, "short_name"), kind: kind,
                    nbsTownship: t.text(i, "township_code_nbs2021"), nbsTownshipName: t.text(i, "township_nbs2021"),
                    nbsCounty: nbsCounty, township: township.isEmpty ? nil : township,
                    county: county.isEmpty ? nil : county, point: try t.point(i, lon: "lon_wgs84", lat: "lat_wgs84")))
        }
        return villages
    }

    private static func readSites(_ path: String) throws -> [SourceSite] {
        let t = try SourceTable(
            path: path,
            required: [
                "id", "name", "kind", "county", "lon_wgs84", "lat_wgs84", "uncertainty_km", "tags", "basis",
            ])
        return try t.rows.indices.map { i in
            let kind = t.text(i, "kind")
            guard kind == "regional-hub" || kind == "candidate-site" else {
                throw SynthesisError(
                    "\(path): line \(t.line(i)): column 'kind': '\(kind)' is not regional-hub or candidate-site")
            }
            guard let point = try t.point(i, lon: "lon_wgs84", lat: "lat_wgs84") else {
                throw SynthesisError("\(path): line \(t.line(i)): a site needs a position")
            }
            let tags = t.text(i, "tags").split(separator: ";").map { String($0) }
            var site = SourceSite(
                id: t.text(i, "id"), name: t.text(i, "name"), kind: kind, county: t.text(i, "county"), point: point,
                uncertaintyKm: try t.number(i, "uncertainty_km"), tags: tags, basis: t.text(i, "basis"))
            site.fixedCost = try t.optionalNumber(i, "fixed_cost")
            site.capacity = try t.optionalNumber(i, "capacity")
            return site
        }
    }

    private static func readProduce(_ path: String) throws -> [SourceProduce] {
        let t = try SourceTable(
            path: path,
            required: [
                "county", "product", "cold_chain", "parcels_per_year", "season_days", "village_share", "basis",
            ])
        return try t.rows.indices.map { i in
            let cold = t.text(i, "cold_chain")
            guard cold == "true" || cold == "false" else {
                throw SynthesisError("\(path): line \(t.line(i)): column 'cold_chain': '\(cold)' is not true or false")
            }
            let days = try t.number(i, "season_days"), share = try t.number(i, "village_share")
            guard days > 0, days <= 366 else {
                throw SynthesisError("\(path): line \(t.line(i)): column 'season_days' must be in 1...366")
            }
            guard share > 0, share <= 1 else {
                throw SynthesisError("\(path): line \(t.line(i)): column 'village_share' must be in (0, 1]")
            }
            return SourceProduce(
                county: t.text(i, "county"), product: t.text(i, "product"), coldChain: cold == "true",
                parcelsPerYear: try t.number(i, "parcels_per_year"), seasonDays: days, villageShare: share,
                basis: t.text(i, "basis"))
        }
    }

    /// Sites and produce must name counties of the county table.
    private func checkReferences(directory: String) throws {
        let known = Set(counties.map(\.code))
        for site in sites where !known.contains(site.county) {
            throw SynthesisError(
                "\(directory)/sites.csv: site '\(site.id)': column 'county': unknown county '\(site.county)'")
        }
        for item in produce where !known.contains(item.county) {
            throw SynthesisError(
                "\(directory)/produce.csv: product '\(item.product)': column 'county': unknown county '\(item.county)'")
        }
    }
}

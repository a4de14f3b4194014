// The description every synthesized network carries: what is real, what is modelled, and how to rebuild it.
import Foundation
import RoadNetwork

/// Writes a network's `description`, so a file read without its README still says what it holds.
enum NetworkDescription {
    /// The description of a network built with `options` holding `counties` and `nodes`.
    static func text(options: SynthesisOptions, counties: [SourceCounty], nodes: [Node]) -> String {
        let demand = nodes.filter { $0.kind.isDemandPoint }
        let parcels = demand.reduce(0) { $0 + $1.totalParcels }
        let datong = counties.allSatisfy { $0.code.hasPrefix(DemandCalibration.datongPrefix) }
        var parts: [String] = []
        parts.append(
            "\(options.name ?? options.region.name): \(counties.count) county-level divisions, "
                + "\(demand.count) village-level units, \(Int(parcels.rounded())) parcels a day.")
        parts.append(
            "Real: divisions (MCA 2025), village list (NBS 2021), 2020 census population by county, county seats "
                + "(DataV.GeoAtlas/Amap, for learning and exchange), township and 3.5% of village points "
                + "(Vonng/adcode, CC BY 4.0), all converted from GCJ-02 to WGS84.")
        parts.append(
            "Modelled with seed \(options.seed) (Networks/README.md): village positions without a point "
                + "(around their township seat), township seats the data lacks, village populations (county census "
                + "shared by log-normal weights), parcels per day ("
                + (datong
                    ? "Datong's 600 million a year goal for 2027, half of it delivered in the city"
                    : "national 2022 per-capita rates, urban and rural")
                + "), carrier split (2023 market shares, +-30% noise), farm-produce pickups (per day of their "
                + "season), service minutes, village time windows 08:00-18:00, site costs (yuan per year) and "
                + "capacities (parcels per day).")
        if options.syntheticRoads {
            parts.append(
                "Roads: SYNTHETIC stand-ins for tests (village to township seat to county seat, great-circle x "
                    + "circuity), not real roads; other pairs use the great-circle fallback.")
        } else {
            parts.append("Roads: none; no real road data is included, so every distance is great-circle x circuity.")
        }
        if options.townships != nil || options.villagesPerTownship != nil {
            parts.append("A cut-down sample: its nodes carry the same values as in the full region's network.")
        }
        parts.append(
            "Rebuild: hubplan network synthesize \(options.rebuildArguments) --data Networks/sources --out DIR")
        return parts.joined(separator: " ")
    }
}

// The few gaps of the national county table: units without a census figure, a seat or a polygon.
/// Fills the national county table's gaps by stated rules, or leaves a unit out, so every province builds.
///
/// Of 2,845 county-level units (national README): 26 have no 2020 census figure (created or renamed after the
/// census, or not covered: 金门县, 西沙区, 南沙区); 2 have a polygon but no seat (659011, 659012); 3 have
/// neither a seat nor a polygon (500157 两江新区, 653228, 653229).
/// - **No census figure**: population = the unit's NBS 2021 village-level units x its province's mean
///   residents per village-level unit (over the units that have both), split urban/rural by the province's
///   shares; a unit with no village-level unit (金门县, 西沙区, 南沙区) gets none. Needs `n_villages_nbs2021`.
/// - **No seat**: the polygon's centroid stands in.
/// - **No seat and no polygon**: nothing places the unit; it is left out with its villages (486 of 两江新区,
///   none elsewhere), and a region made of it alone has nothing to build.
enum CountyGaps {
    /// One row of the table as read, with its gaps.
    struct Row {
        var line: Int
        var code: String, name: String, prefecture: String
        var seat: GeoPoint?, centroid: GeoPoint?
        var centroidInside: Bool
        var areaKm2: Double?
        /// Population, urban, rural.
        var census: (Int, Int, Int)?
        var villages: Double?
    }

    /// The counties with gaps filled, and the codes left out.
    static func fill(_ rows: [Row], file: String) throws -> (counties: [SourceCounty], leftOut: Set<String>) {
        // Province means over the units with a census figure and a village count.
        var people: [String: (pop: Double, urban: Double, villages: Double)] = [:]
        for r in rows {
            guard let (pop, urban, _) = r.census, let v = r.villages, v > 0 else { continue }
            let p = people[String(r.code.prefix(2)), default: (0, 0, 0)]
            people[String(r.code.prefix(2))] = (p.pop + Double(pop), p.urban + Double(urban), p.villages + v)
        }
        var counties: [SourceCounty] = []
        var leftOut: Set<String> = []
        for r in rows {
            guard let centroid = r.centroid ?? r.seat, let area = r.areaKm2 else {
                leftOut.insert(r.code)
                continue
            }
            let census: (Int, Int, Int)
            if let c = r.census {
                census = c
            } else {
                guard let v = r.villages else {
                    throw SynthesisError(
                        "\(file): line \(r.line): county \(r.code) has no pop_2020 and no n_villages_nbs2021 to estimate it"
                    )
                }
                let p = people[String(r.code.prefix(2)), default: (0, 0, 0)]
                let pop = p.villages > 0 ? (v * p.pop / p.villages).rounded() : 0
                let urban = p.pop > 0 ? (pop * p.urban / p.pop).rounded() : 0
                census = (Int(pop), Int(urban), Int(pop - urban))
            }
            counties.append(
                SourceCounty(
                    code: r.code, name: r.name, prefecture: r.prefecture, seat: r.seat ?? centroid, centroid: centroid,
                    centroidInside: r.centroidInside, areaKm2: area, population: census.0, urban: census.1,
                    rural: census.2))
        }
        return (counties, leftOut)
    }
}

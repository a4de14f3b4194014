// Parcels delivered per village per day: the county's calibrated total shared by population.

/// The parcel model (documented in Networks/README.md).
///
/// A county receives `(urban rate x urban residents + rural rate x rural residents) / 365` parcels a day
/// (``DemandRates``). Where its units split into pools (``PopulationModel``), its communities share the urban
/// part and its villages the rural part, each in proportion to population; otherwise all units share the whole.
/// Amounts are in tenths of a parcel and add up to the county's total.
public enum ParcelModel {
    /// Parcels per day for each village of `county`, in input order.
    public static func parcelsPerDay(
        county: SourceCounty, villages: [SourceVillage], populations: [Double], rates: DemandRates
    ) -> [Double] {
        guard PopulationModel.splitsPools(county: county, villages: villages) else {
            return Apportionment.split(rates.parcelsPerDay(county), weights: populations, unit: 0.1)
        }
        var result = [Double](repeating: 0, count: villages.count)
        for urban in [true, false] {
            let members = villages.indices.filter { villages[$0].isCommunity == urban }
            let total =
                urban
                ? rates.urbanPerYear * Double(county.urban) / 365
                : rates.ruralPerYear * Double(county.rural) / 365
            let parts = Apportionment.split(total, weights: members.map { populations[$0] }, unit: 0.1)
            for (k, i) in members.enumerated() { result[i] = parts[k] }
        }
        return result
    }
}

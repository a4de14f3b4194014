// Farm-produce pickups (农产品上行): which villages ship which product, how many parcels a season day.
import Foundation
import RoadNetwork
import SolverControl

/// The seeded produce model (documented in Networks/README.md, inputs in `Networks/sources/produce.csv`).
///
/// For each product of a county, `village_share` of its villages (村委会, not communities) are drawn as
/// producers; together they ship `parcels_per_year / season_days` parcels a day in season, shared with
/// log-normal weights (``PopulationModel/sizeSpread``). A village ships at most one product: the first listed.
public enum ProduceModel {
    /// Pickups for each village of `county` (`nil` where it ships nothing), in input order.
    public static func pickups(
        county: SourceCounty, villages: [SourceVillage], produce: [SourceProduce], seed: UInt64
    ) -> [Pickups?] {
        var result = [Pickups?](repeating: nil, count: villages.count)
        var random = SeedStreams.generator(seed: seed, county: county.code, purpose: .produce)
        for item in produce where item.county == county.code {
            var candidates = villages.indices.filter { !villages[$0].isCommunity && result[$0] == nil }
            guard !candidates.isEmpty else { continue }
            random.shuffle(&candidates)
            let count = min(candidates.count, max(1, Int((item.villageShare * Double(candidates.count)).rounded())))
            let producers = candidates.prefix(count).sorted()
            let weights = producers.map { _ in exp(PopulationModel.sizeSpread * random.nextGaussian()) }
            let perDay = Apportionment.split(item.parcelsPerYear / item.seasonDays, weights: weights, unit: 0.1)
            for (k, v) in producers.enumerated() where perDay[k] > 0 {
                result[v] = Pickups(perDay: perDay[k], coldChain: item.coldChain, product: item.product)
            }
        }
        return result
    }
}

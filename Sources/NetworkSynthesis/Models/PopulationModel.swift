// Shares each county's 2020 census population over its villages and communities.
import Foundation
import SolverControl

/// The seeded population model (documented in Networks/README.md).
///
/// A county's urban population (census 城镇) goes to its communities (居委会), its rural population (乡村) to its
/// villages (村委会 and 其他), each unit with a log-normal weight (`sizeSpread` is the standard deviation of the
/// log), in whole people so the county's units add up to its census figure exactly. Where a county lacks one
/// kind of unit, or one of the two populations is zero (an all-urban district with a few villages left), all its
/// units share the whole population together.
public enum PopulationModel {
    /// Standard deviation of log village size: a village twice the typical size is about one sigma up.
    public static let sizeSpread = 0.5

    /// Whether the county's units split into an urban and a rural pool (else they share one pool).
    public static func splitsPools(county: SourceCounty, villages: [SourceVillage]) -> Bool {
        let communities = villages.filter(\.isCommunity).count
        return communities > 0 && communities < villages.count && county.urban > 0 && county.rural > 0
    }

    /// Residents of each village of `county`, in input order.
    public static func populations(county: SourceCounty, villages: [SourceVillage], seed: UInt64) -> [Double] {
        var random = SeedStreams.generator(seed: seed, county: county.code, purpose: .population)
        let weights = villages.map { _ in exp(sizeSpread * random.nextGaussian()) }
        guard splitsPools(county: county, villages: villages) else {
            return Apportionment.split(Double(county.population), weights: weights, unit: 1)
        }
        var result = [Double](repeating: 0, count: villages.count)
        for urban in [true, false] {
            let members = villages.indices.filter { villages[$0].isCommunity == urban }
            let pool = Double(urban ? county.urban : county.rural)
            let parts = Apportionment.split(pool, weights: members.map { weights[$0] }, unit: 1)
            for (k, i) in members.enumerated() { result[i] = parts[k] }
        }
        return result
    }
}

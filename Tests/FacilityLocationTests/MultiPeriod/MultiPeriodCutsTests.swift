// Tests of the multi-period model's county cuts: same optimum as without them (GLPK and brute force), better bound.
import GLPK
import SolverControl
import Testing

@testable import FacilityLocation

struct MultiPeriodCutsTests {
    static let tiers = SizeTier.countyCenterDefaults

    /// Solves the model of all villages and sites to optimality, with or without the cuts.
    static func optimum(_ p: MultiPeriodProblem, cuts: Bool) throws -> Double {
        let model = MultiPeriodModel(p, clients: Array(0..<p.clients), sites: Array(0..<p.sites), cuts: cuts)
        let options = LocationOptions()
        let outcome = try LocationGLPK.solve(model.model, options: options, budget: options.budget(), warmStart: nil)
        #expect(outcome.status == .optimal)
        return outcome.objective
    }

    /// A random instance: `counties` counties with villages and sites on a line, demand growing over three years,
    /// some sites existing or with late land, the first county a demonstration county.
    static func random(seed: UInt64, counties: Int = 2, villages: Int = 6, sites: Int = 3) throws -> MultiPeriodProblem
    {
        var g = SeededGenerator(seed: seed)
        let n = counties * villages, m = counties * sites
        let clientX = (0..<n).map { _ in g.nextDouble() * 40 }, siteX = (0..<m).map { _ in g.nextDouble() * 40 }
        var km: [Double] = []
        for j in 0..<n { for i in 0..<m { km.append(abs(clientX[j] - siteX[i]) + 1) } }
        let base = (0..<n).map { _ in 1_000 + g.nextDouble() * 14_000 }
        var p = try MultiPeriodProblem(
            demands: [1.0, 1.4, 1.9].map { f in base.map { $0 * f } }, clientCounty: (0..<n).map { $0 / villages },
            siteCounty: (0..<m).map { $0 / sites }, counties: counties,
            km: try CostMatrix(clients: n, sites: m, values: km),
            tiers: tiers, costPerParcelKm: 0.02 + g.nextDouble() * 0.2)
        p.uncoveredCostPerParcel = 0.1 + g.nextDouble()
        p.coverFrom = (0..<counties).map { $0 == 0 ? 0 : 2 }
        p.existingTier[0] = g.next(below: 3)
        p.closingCost[0] = 500_000
        p.firstYear[m - 1] = 1
        return p
    }

    @Test func cheapestConfigurationCountsTiersAndSites() throws {
        let p = try Self.random(seed: 1)
        let operating = Self.tiers.map(\.operatingPerYear)
        // 33,000 parcels a day: two S (2.0M a year) beat one M (2.5M); with one site only M fits.
        #expect(p.cheapestConfiguration(need: 33_000, sites: 5, weight: operating) == 2_000_000)
        #expect(p.cheapestConfiguration(need: 33_000, sites: 1, weight: operating) == 2_500_000)
        // 120,000: M + S (3.5M) beats four S (4M) and one L (6M).
        #expect(p.cheapestConfiguration(need: 120_000, sites: 5, weight: operating) == 3_500_000)
        #expect(p.cheapestConfiguration(need: 1_000_000, sites: 3, weight: operating) == nil)
    }

    @Test func cutsKeepTheOptimumOfRandomInstances() throws {
        for seed: UInt64 in 1...6 {
            let p = try Self.random(seed: seed)
            #expect(p.validationProblem() == nil)
            let with = try Self.optimum(p, cuts: true), without = try Self.optimum(p, cuts: false)
            #expect(abs(with - without) <= 1e-6 * max(1, without), "seed \(seed): \(with) vs \(without)")
        }
    }

    @Test func cutsRaiseTheRelaxationWhereTwoSmallSitesBeatOneLarger() throws {
        // One county needing 1.2 x 27,500 = 33,000 parcels a day: two S sites, and the LP without cuts opens one S
        // and a fraction of the second.
        let km = try CostMatrix(clients: 2, sites: 2, values: [1, 2, 2, 1])
        var p = try MultiPeriodProblem(
            demands: [[13_750, 13_750]], clientCounty: [0, 0], siteCounty: [0, 0], counties: 1, km: km,
            tiers: Self.tiers, costPerParcelKm: 0.01)
        p.coverFrom = [0]
        func relaxation(_ cuts: Bool) throws -> Double {
            let model = MultiPeriodModel(p, clients: [0, 1], sites: [0, 1], cuts: cuts)
            return try #require(try model.model.solveRelaxation().objective)
        }
        let optimum = try Self.optimum(p, cuts: true)
        #expect(try relaxation(false) < 0.8 * optimum)
        #expect(try relaxation(true) >= 0.99 * optimum)
        #expect(abs(optimum - (try Self.bruteForce(p))) <= 1e-6 * optimum)
    }

    @Test func optimumEqualsBruteForceOnATinyInstance() throws {
        // Two sites, two years, three villages; the county is served from the second year.
        let km = try CostMatrix(clients: 3, sites: 2, values: [1, 30, 12, 14, 40, 2])
        var p = try MultiPeriodProblem(
            demands: [[9_000, 12_000, 6_000], [16_000, 20_000, 11_000]], clientCounty: [0, 0, 0], siteCounty: [0, 0],
            counties: 1, km: km, tiers: Self.tiers, costPerParcelKm: 0.05)
        p.coverFrom = [1]
        p.uncoveredCostPerParcel = 0.6
        let optimum = try Self.optimum(p, cuts: true)
        #expect(abs(optimum - (try Self.bruteForce(p))) <= 1e-6 * optimum)
        #expect(abs(optimum - (try Self.optimum(p, cuts: false))) <= 1e-6 * optimum)
    }

    /// The least cost over every plan of a tiny problem without existing sites, budgets or land dates: each
    /// site's tiers a non-decreasing sequence, each village's center any open site it may use (or none before its
    /// cover year), capacities with the reserve and the county's centers checked.
    static func bruteForce(_ p: MultiPeriodProblem) throws -> Double {
        let years = p.years, tierCount = p.tiers.count
        var trajectories: [[Int]] = [[]]
        for _ in 0..<years {
            trajectories = trajectories.flatMap { s in (-1..<tierCount).filter { $0 >= (s.last ?? -1) }.map { s + [$0] }
            }
        }
        var best = Double.infinity
        var plan = MultiPeriodSolution(sites: p.sites, clients: p.clients, years: years)
        func assign(_ t: Int, _ j: Int) {
            if t == years {
                best = min(best, p.discountedTotal(p.yearCosts(of: plan)))
                return
            }
            if j == p.clients {
                for i in 0..<p.sites {
                    let load = (0..<p.clients).filter { plan.center[t][$0] == i }.reduce(0.0) { $0 + p.demands[t][$1] }
                    let tier = plan.tier[i][t]
                    if load > 0 && (tier < 0 || (1 + p.reserve) * load > p.tiers[tier].parcelsPerDay) { return }
                }
                for c in 0..<p.counties where t >= p.coverFrom[c] {
                    let open = (0..<p.sites).filter { p.siteCounty[$0] == c && plan.tier[$0][t] >= 0 }.count
                    if open < p.centersPerCounty { return }
                }
                assign(t + 1, 0)
                return
            }
            let choices = (0..<p.sites).filter { plan.tier[$0][t] >= 0 && p.allows(j, $0) }
            for i in choices + (t < p.coverFrom[p.clientCounty[j]] ? [-1] : []) {
                plan.center[t][j] = i
                assign(t, j + 1)
            }
        }
        func choose(_ i: Int) {
            if i == p.sites { return assign(0, 0) }
            for s in trajectories {
                plan.tier[i] = s
                choose(i + 1)
            }
        }
        choose(0)
        return best
    }
}

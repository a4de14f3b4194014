// Tests of the multi-period model's lazy `x <= y` rows: the same optimum as with every row, only broken rows added.
import GLPK
import SolverControl
import Testing

@testable import FacilityLocation

struct MultiPeriodLinksTests {
    /// The optimum of the model with its links lazy (and design columns branched first, as the solver does).
    static func lazyOptimum(_ p: MultiPeriodProblem) throws -> Double {
        let model = MultiPeriodModel(p, clients: Array(0..<p.clients), sites: Array(0..<p.sites), lazyLinks: true)
        #expect(!model.links.isEmpty)
        let options = LocationOptions()
        let outcome = try LocationGLPK.solve(
            model.model, options: options, budget: options.budget(), warmStart: nil,
            branchFirst: model.level.filter { $0 >= 0 }, lazyConstraints: model.linkRows)
        #expect(outcome.status == .optimal)
        return outcome.objective
    }

    @Test func lazyLinksKeepTheOptimumOfRandomInstances() throws {
        for seed: UInt64 in 1...6 {
            let p = try MultiPeriodCutsTests.random(seed: seed)
            let lazy = try Self.lazyOptimum(p), full = try MultiPeriodCutsTests.optimum(p, cuts: true)
            #expect(abs(lazy - full) <= 1e-6 * max(1, full), "seed \(seed): \(lazy) vs \(full)")
        }
    }

    @Test func lazyLinksMatchBruteForceWithAVillageWithoutDemand() throws {
        // The third village has no parcels in the first year: its row stays in the model (no capacity row keeps
        // it off a closed site), the others are lazy.
        let km = try CostMatrix(clients: 3, sites: 2, values: [1, 30, 12, 14, 40, 2])
        var p = try MultiPeriodProblem(
            demands: [[9_000, 12_000, 0], [16_000, 20_000, 11_000]], clientCounty: [0, 0, 0], siteCounty: [0, 0],
            counties: 1, km: km, tiers: SizeTier.countyCenterDefaults, costPerParcelKm: 0.05)
        p.coverFrom = [0]
        let lazy = MultiPeriodModel(p, clients: [0, 1, 2], sites: [0, 1], lazyLinks: true)
        let full = MultiPeriodModel(p, clients: [0, 1, 2], sites: [0, 1])
        #expect(lazy.links.count == 2 * 3 * 2 - 2)
        #expect(full.model.constraintCount - lazy.model.constraintCount == lazy.links.count)
        let zeroDemandColumns = lazy.pairs[0][2].map(\.column)
        #expect(!lazy.links.contains { zeroDemandColumns.contains($0.x) })
        let optimum = try Self.lazyOptimum(p)
        #expect(abs(optimum - (try MultiPeriodCutsTests.bruteForce(p))) <= 1e-6 * optimum)
    }

    @Test func linkRowsAreTheBrokenOnesOnly() throws {
        let km = try CostMatrix(clients: 1, sites: 2, values: [1, 2])
        let p = try MultiPeriodProblem(
            demands: [[5_000]], clientCounty: [0], siteCounty: [0, 0], counties: 1, km: km,
            tiers: SizeTier.countyCenterDefaults, costPerParcelKm: 0.05)
        let model = MultiPeriodModel(p, clients: [0], sites: [0, 1], lazyLinks: true)
        let rows = try #require(model.linkRows)
        #expect(model.links.count == 2)
        var values = [Double](repeating: 0, count: model.model.variableCount)
        let (first, second) = (model.links[0], model.links[1])
        values[first.x] = 0.7
        values[first.y] = 0.4
        values[second.x] = 0.3
        values[second.y] = 0.3
        let broken = rows(LazyConstraintContext(values: values, isIntegral: false))
        #expect(broken == [LazyRow(indices: [first.x, first.y], coefficients: [1, -1], bound: .lessOrEqual(0))])
        values[first.y] = 0.7
        #expect(rows(LazyConstraintContext(values: values, isIntegral: false)).isEmpty)
    }

    @Test func onlyModelsOfMoreThan40000PairsGoLazy() throws {
        func problem(villages n: Int, sites m: Int, years: Int) throws -> MultiPeriodProblem {
            let km = try CostMatrix(clients: n, sites: m, values: [Double](repeating: 1, count: n * m))
            return try MultiPeriodProblem(
                demands: [[Double]](repeating: [Double](repeating: 10, count: n), count: years),
                clientCounty: [Int](repeating: 0, count: n), siteCounty: [Int](repeating: 0, count: m), counties: 1,
                km: km, tiers: SizeTier.countyCenterDefaults, costPerParcelKm: 0.05)
        }
        let big = try problem(villages: 700, sites: 20, years: 3)
        #expect(MultiPeriodSolver.lazyLinks(big, clients: Array(0..<700), sites: Array(0..<20)))
        let small = try problem(villages: 600, sites: 20, years: 3)
        #expect(!MultiPeriodSolver.lazyLinks(small, clients: Array(0..<600), sites: Array(0..<20)))
        // A radius that leaves each village 5 sites brings the big one under the line.
        var near = big
        near.maxKm = 5
        near.km = try CostMatrix(clients: 700, sites: 20, values: (0..<14_000).map { Double($0 % 20) })
        #expect(!MultiPeriodSolver.lazyLinks(near, clients: Array(0..<700), sites: Array(0..<20)))
    }
}

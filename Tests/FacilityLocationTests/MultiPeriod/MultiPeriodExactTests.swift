// Tests of the exact method by last-year site sets: valid bounds per set, GLPK's optimum, brute force, time limits.
import GLPK
import SolverControl
import Testing

@testable import FacilityLocation

struct MultiPeriodExactTests {
    /// One county of `villages` villages and `sites` sites on a line, demand growing over three years, served from
    /// year `cover`, the last site's land free from the second year, a radius on odd seeds.
    static func county(seed: UInt64, villages: Int = 8, sites: Int = 4, cover: Int = 2) throws -> MultiPeriodProblem {
        var g = SeededGenerator(seed: seed)
        let clientX = (0..<villages).map { _ in g.nextDouble() * 40 }
        let siteX = (0..<sites).map { _ in g.nextDouble() * 40 }
        var km: [Double] = []
        for j in 0..<villages { for i in 0..<sites { km.append(abs(clientX[j] - siteX[i]) + 1) } }
        let base = (0..<villages).map { _ in 1_000 + g.nextDouble() * 30_000 }
        var p = try MultiPeriodProblem(
            demands: [1.0, 1.4, 1.9].map { f in base.map { $0 * f } },
            clientCounty: [Int](repeating: 0, count: villages),
            siteCounty: [Int](repeating: 0, count: sites), counties: 1,
            km: try CostMatrix(clients: villages, sites: sites, values: km), tiers: SizeTier.countyCenterDefaults,
            costPerParcelKm: 0.02 + g.nextDouble() * 0.3)
        p.uncoveredCostPerParcel = 0.1 + g.nextDouble()
        p.coverFrom = [cover]
        p.firstYear[sites - 1] = 1
        p.discountRate = seed % 3 == 0 ? 0.05 : 0
        if seed % 2 == 1 { p.maxKm = 30 }
        return p
    }

    static func exact(_ p: MultiPeriodProblem, seconds: Double? = nil) throws -> MultiPeriodExact.Outcome {
        let options = LocationOptions(timeLimit: seconds)
        return try #require(
            try MultiPeriodExact.solve(
                p, clients: Array(0..<p.clients), sites: Array(0..<p.sites), incumbent: nil, upper: .infinity,
                options: options, budget: options.budget()))
    }

    @Test func theOptimumOfGLPKOnRandomCounties() throws {
        for seed: UInt64 in 1...8 {
            let p = try Self.county(seed: seed, cover: Int(seed % 3))
            guard p.validationProblem() == nil else { continue }
            let r = try Self.exact(p)
            #expect(r.proven)
            let glpk = try MultiPeriodCutsTests.optimum(p, cuts: true)
            #expect(abs(r.objective - glpk) <= 1e-6 * max(1, glpk), "seed \(seed): \(r.objective) vs \(glpk)")
            let plan = try #require(r.solution)
            #expect(abs(p.discountedTotal(p.yearCosts(of: plan)) - r.objective) <= 1e-6 * r.objective)
        }
    }

    @Test func theOptimumOfBruteForceOnATinyCounty() throws {
        var p = try Self.county(seed: 4, villages: 3, sites: 2, cover: 1)
        p.firstYear = [0, 0]
        let r = try Self.exact(p)
        #expect(r.proven)
        let brute = try MultiPeriodCutsTests.bruteForce(p)
        #expect(abs(r.objective - brute) <= 1e-6 * brute)
    }

    @Test func eachSetsBoundIsAtMostItsBestPlan() throws {
        // The best plan whose last-year sites are exactly S: the model of S's sites with each of them forced open.
        for seed: UInt64 in [2, 5, 6] {
            let p = try Self.county(seed: seed, villages: 6, sites: 4, cover: Int(seed % 3))
            let sets = try #require(MultiPeriodSiteSets(p, clients: Array(0..<p.clients), sites: Array(0..<p.sites)))
            let all = try #require(
                sets.candidates(below: .infinity, limit: 100, work: 1_000_000, skip: [], stop: { false }))
            #expect(all.dropped == .infinity)
            for set in UInt64(1)..<16 {
                let bound = all.sets.first { $0.set == set }?.bound ?? .infinity
                var q = p
                let members = sets.members(set)
                for i in members { q.forced[i] = true }
                let model = MultiPeriodModel(q, clients: Array(0..<q.clients), sites: members)
                let options = LocationOptions()
                let best = try LocationGLPK.solve(
                    model.model, options: options, budget: options.budget(), warmStart: nil)
                guard best.status == .optimal else {
                    #expect(best.status == .infeasible)
                    continue
                }
                #expect(
                    bound <= best.objective * (1 + 1e-9), "seed \(seed) set \(members): \(bound) > \(best.objective)")
            }
        }
    }

    @Test func notForExistingSitesOrSeveralCounties() throws {
        var p = try Self.county(seed: 1)
        p.existingTier[0] = 0
        #expect(MultiPeriodSiteSets(p, clients: Array(0..<p.clients), sites: Array(0..<p.sites)) == nil)
        let two = try MultiPeriodCutsTests.random(seed: 3)
        #expect(MultiPeriodSiteSets(two, clients: Array(0..<two.clients), sites: Array(0..<two.sites)) == nil)
    }

    @Test func stoppedEarlyItKeepsTheIncumbentAndAValidBound() throws {
        let p = try Self.county(seed: 7, villages: 12, sites: 6)
        let token = CancellationToken()
        token.cancel()
        let options = LocationOptions(cancellation: token)
        let greedy = try #require(p.greedyPlan(clients: Array(0..<p.clients), sites: Array(0..<p.sites)))
        let cost = p.discountedTotal(p.yearCosts(of: greedy))
        let r = try #require(
            try MultiPeriodExact.solve(
                p, clients: Array(0..<p.clients), sites: Array(0..<p.sites), incumbent: greedy, upper: cost,
                options: options, budget: options.budget()))
        #expect(!r.proven)
        #expect(r.solution == greedy)
        #expect(r.bound <= cost)
        #expect(r.bound <= (try MultiPeriodCutsTests.optimum(p, cuts: true)) * (1 + 1e-9))
    }

    @Test func theSolverProvesCountiesWithTheSameOptimum() throws {
        // Two counties without existing sites: each goes to the exact method, the total is GLPK's optimum.
        var p = try MultiPeriodCutsTests.random(seed: 5)
        p.existingTier[0] = nil
        let r = try MultiPeriodSolver().solve(p)
        #expect(r.status == .optimal)
        let glpk = try MultiPeriodCutsTests.optimum(p, cuts: true)
        #expect(abs(r.objective - glpk) <= 1e-6 * glpk)
        let plan = try #require(r.solution)
        #expect(abs(p.discountedTotal(p.yearCosts(of: plan)) - r.objective) <= 1e-6 * r.objective)
    }
}

// Tests of a leaf's exact method: GLPK's optimum on the open set, with and without prices, and proofs below it.
import GLPK
import SolverControl
import Testing

@testable import FacilityLocation

struct MultiPeriodLeafTests {
    /// GLPK's optimum of the county with `open` forced open by the last year and the other sites removed (the
    /// leaf's set), or `nil` when no plan fits.
    static func optimum(_ p: MultiPeriodProblem, open: [Int]) throws -> Double? {
        var q = p
        for i in open { q.forced[i] = true }
        let model = MultiPeriodModel(q, clients: Array(0..<q.clients), sites: open)
        let options = LocationOptions()
        let best = try LocationGLPK.solve(model.model, options: options, budget: options.budget(), warmStart: nil)
        if best.status == .infeasible { return nil }
        #expect(best.status == .optimal)
        return best.objective
    }

    static let sets: [[Int]] = [[0], [1, 2], [0, 2, 4], [0, 1, 3, 4]]

    /// Every combination of tier paths listed, each year's assignment solved alone: the same optimum as GLPK on
    /// the open set's whole model, a plan whose recomputed cost is that optimum and which the model accepts. With
    /// the Lagrangian's prices pruning the list, the same again (a price that cut a combination it must not would
    /// miss the optimum).
    @Test func theOptimumOfGLPKOnEachOpenSet() throws {
        var compared = 0
        for seed: UInt64 in 1...8 {
            let p = try MultiPeriodExactTests.county(seed: seed, villages: 10, sites: 5, cover: Int(seed % 3))
            guard p.validationProblem() == nil else { continue }
            let r = try MultiPeriodBranchTests.relaxation(p)
            let lambda = r.run(upper: 1e12, iterations: 40, budget: TimeBudget(seconds: nil)).lambda
            for open in Self.sets {
                let glpk = try Self.optimum(p, open: open)
                let leaf = try #require(MultiPeriodLeaf(p, clients: Array(0..<p.clients), sites: open))
                var scratch = MultiPeriodLagrangian.Scratch()
                for prices in [nil, r.prices(lambda, open: open, scratch: &scratch)] {
                    let options = LocationOptions()
                    let out = try #require(
                        try leaf.solve(
                            below: .infinity, prior: 0, prices: prices, options: options, budget: options.budget()))
                    #expect(out.settled, "seed \(seed) \(open)")
                    guard let glpk else {
                        #expect(out.plan == nil, "seed \(seed) \(open): GLPK found no plan")
                        continue
                    }
                    let plan = try #require(out.plan, "seed \(seed) \(open)")
                    #expect(
                        abs(out.objective - glpk) <= 1e-6 * glpk, "seed \(seed) \(open): \(out.objective) vs \(glpk)")
                    #expect(abs(p.discountedTotal(p.yearCosts(of: plan)) - out.objective) <= 1e-6 * glpk)
                    let model = MultiPeriodModel(p, clients: Array(0..<p.clients), sites: Array(0..<p.sites))
                    let values = try #require(model.values(of: plan, existingTier: p.existingTier))
                    #expect(model.model.violations(in: values) == [], "seed \(seed) \(open)")
                    #expect(open.allSatisfy { plan.tier[$0][p.years - 1] >= 0 })
                    compared += 1
                }
            }
        }
        #expect(compared >= 25)
    }

    /// Asked for a plan below the set's optimum, the leaf proves there is none: settled, no plan, its bound the
    /// cutoff. Stopped at once, it settles nothing and keeps the bound it was given.
    @Test func belowTheOptimumItProvesNothingIsAndStoppedItKeepsItsBound() throws {
        let p = try MultiPeriodExactTests.county(seed: 2, villages: 10, sites: 5, cover: 1)
        let open = [0, 2, 4]
        let optimum = try #require(try Self.optimum(p, open: open))
        let leaf = try #require(MultiPeriodLeaf(p, clients: Array(0..<p.clients), sites: open))
        let options = LocationOptions()
        let below = try #require(
            try leaf.solve(
                below: optimum * (1 - 1e-4), prior: 0, prices: nil, options: options, budget: options.budget()))
        #expect(below.settled && below.plan == nil && below.bound == optimum * (1 - 1e-4))
        let token = CancellationToken()
        token.cancel()
        let stopped = LocationOptions(cancellation: token)
        let early = try #require(
            try leaf.solve(below: .infinity, prior: 123, prices: nil, options: stopped, budget: stopped.budget()))
        #expect(!early.settled && early.plan == nil && early.bound == 123)
    }

    /// Sets with an existing site, plans that may split a village, or too many sites for the tables, are left to
    /// GLPK.
    @Test func setsItCannotListAreLeftToGLPK() throws {
        var p = try MultiPeriodExactTests.county(seed: 3, villages: 6, sites: 5)
        #expect(MultiPeriodLeaf(p, clients: Array(0..<p.clients), sites: [0, 1]) != nil)
        p.singleSource = false
        #expect(MultiPeriodLeaf(p, clients: Array(0..<p.clients), sites: [0, 1]) == nil)
        p.singleSource = true
        p.existingTier[1] = 0
        #expect(MultiPeriodLeaf(p, clients: Array(0..<p.clients), sites: [0, 1]) == nil)
        let wide = try MultiPeriodExactTests.county(seed: 3, villages: 6, sites: 9)
        #expect(MultiPeriodLeaf(wide, clients: Array(0..<wide.clients), sites: Array(0..<9)) == nil)
    }
}

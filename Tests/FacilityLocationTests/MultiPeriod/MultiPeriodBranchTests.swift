// Tests of the branch and bound over sites: penalty values, bounds with sites fixed, GLPK's optimum, early stops.
import GLPK
import SolverControl
import Testing

@testable import FacilityLocation

struct MultiPeriodBranchTests {
    static func relaxation(_ p: MultiPeriodProblem) throws -> MultiPeriodLagrangian {
        try #require(MultiPeriodLagrangian(p, clients: Array(0..<p.clients), sites: Array(0..<p.sites)))
    }

    /// The forward and backward tables give, for each site forced either way, what the relaxed problem computes
    /// with that site's status fixed: the penalty tests price exactly the node they would create.
    @Test func forcedValuesAreTheRelaxedProblemsWithTheSiteFixed() throws {
        for seed: UInt64 in 1...6 {
            let p = try MultiPeriodExactTests.county(seed: seed, villages: 10, sites: 5, cover: Int(seed % 3))
            guard p.validationProblem() == nil else { continue }
            let r = try Self.relaxation(p)
            let lambda = r.run(upper: 1e12, iterations: 7, budget: TimeBudget(seconds: nil)).lambda
            var scratch = MultiPeriodLagrangian.Scratch()
            var served = [[Double]](repeating: [Double](repeating: 0, count: p.clients), count: p.years)
            let free = [Int8](repeating: 0, count: r.sites.count)
            let value = r.relaxed(lambda, status: free, served: &served, scratch: &scratch)
            let base = value - scratch.sitesValue
            r.forcedValues(status: free, scratch: &scratch)
            let forced = scratch.forced
            for a in r.sites.indices {
                for (side, fix) in [(0, Int8(1)), (1, Int8(-1))] {
                    var status = free
                    status[a] = fix
                    var other = MultiPeriodLagrangian.Scratch()
                    let direct = r.relaxed(lambda, status: status, served: &served, scratch: &other)
                    let viaTables = base + forced[2 * a + side]
                    #expect(
                        direct == viaTables || abs(direct - viaTables) <= 1e-7 * max(1, abs(direct)),
                        "seed \(seed) site \(a) \(fix): \(direct) vs \(viaTables)")
                }
            }
        }
    }

    /// With sites fixed open or never open, the relaxed problem bounds the best plan that honours them (GLPK on
    /// the model with those sites forced open, the others removed).
    @Test func aNodesBoundIsAtMostItsBestPlan() throws {
        for seed: UInt64 in [2, 3, 5] {
            let p = try MultiPeriodExactTests.county(seed: seed, villages: 8, sites: 4, cover: Int(seed % 3))
            guard p.validationProblem() == nil else { continue }
            let r = try Self.relaxation(p)
            for code in 0..<9 {
                // Sites 0 and 1 each open (1), never open (-1) or free (0).
                let status: [Int8] = [Int8(code % 3) - 1, Int8(code / 3) - 1, 0, 0]
                var q = p
                for a in 0..<4 where status[a] > 0 { q.forced[a] = true }
                let kept = (0..<4).filter { status[$0] >= 0 }
                let model = MultiPeriodModel(q, clients: Array(0..<q.clients), sites: kept)
                let options = LocationOptions()
                let best = try LocationGLPK.solve(
                    model.model, options: options, budget: options.budget(), warmStart: nil)
                var tried: Set<[Int]> = []
                var scratch = MultiPeriodLagrangian.Scratch()
                let bound =
                    r.run(
                        upper: best.status == .optimal ? best.objective : 1e12, iterations: 300,
                        budget: TimeBudget(seconds: nil), status: status, start: nil, theta: 2, stallLimit: 20,
                        plans: 0,
                        tried: &tried, scratch: &scratch
                    ).bound
                if best.status == .optimal {
                    #expect(
                        bound <= best.objective * (1 + 1e-9), "seed \(seed) \(status): \(bound) > \(best.objective)")
                } else {
                    #expect(best.status == .infeasible)
                }
            }
        }
    }

    static func branch(_ p: MultiPeriodProblem, seconds: Double?) throws -> (MultiPeriodBranch, Double) {
        let r = try Self.relaxation(p)
        let greedy = try #require(p.greedyPlan(clients: Array(0..<p.clients), sites: Array(0..<p.sites)))
        let root = r.run(
            upper: p.discountedTotal(p.yearCosts(of: greedy)), iterations: 200, budget: TimeBudget(seconds: nil))
        let start = root.plan ?? greedy
        var tree = MultiPeriodBranch(r, incumbent: start, upper: p.discountedTotal(p.yearCosts(of: start)), tight: true)
        let options = LocationOptions(timeLimit: seconds)
        let lower = try tree.run(lambda: root.lambda, bound: root.bound, options: options, budget: options.budget())
        return (tree, lower)
    }

    @Test func provesGLPKsOptimumOnRandomCounties() throws {
        var proven = 0
        for seed: UInt64 in 1...10 {
            let p = try MultiPeriodExactTests.county(seed: seed, villages: 10, sites: 5, cover: Int(seed % 3))
            guard p.validationProblem() == nil else { continue }
            let (tree, lower) = try Self.branch(p, seconds: nil)
            let optimum = try MultiPeriodCutsTests.optimum(p, cuts: true)
            #expect(abs(tree.upper - optimum) <= 1e-6 * optimum, "seed \(seed): \(tree.upper) vs \(optimum)")
            #expect(abs(lower - tree.upper) <= 1e-6 * optimum)
            let plan = try #require(tree.incumbent)
            #expect(abs(p.discountedTotal(p.yearCosts(of: plan)) - tree.upper) <= 1e-6 * tree.upper)
            let model = MultiPeriodModel(p, clients: Array(0..<p.clients), sites: Array(0..<p.sites))
            let values = try #require(model.values(of: plan, existingTier: p.existingTier))
            #expect(model.model.violations(in: values) == [], "seed \(seed)")
            proven += 1
        }
        #expect(proven >= 8)
    }

    @Test func stoppedEarlyItKeepsItsPlanAndAValidBound() throws {
        let p = try MultiPeriodExactTests.county(seed: 7, villages: 14, sites: 7)
        let r = try Self.relaxation(p)
        let greedy = try #require(p.greedyPlan(clients: Array(0..<p.clients), sites: Array(0..<p.sites)))
        let cost = p.discountedTotal(p.yearCosts(of: greedy))
        let token = CancellationToken()
        token.cancel()
        let options = LocationOptions(cancellation: token)
        var tree = MultiPeriodBranch(r, incumbent: greedy, upper: cost, tight: true)
        let root = r.run(upper: cost, iterations: 50, budget: TimeBudget(seconds: nil))
        let lower = try tree.run(lambda: root.lambda, bound: root.bound, options: options, budget: options.budget())
        #expect(tree.incumbent == greedy && tree.upper == cost)
        #expect(lower == min(root.bound, cost))
        #expect(lower <= (try MultiPeriodCutsTests.optimum(p, cuts: true)) * (1 + 1e-9))
    }
}

// Tests of the Lagrangian bound on a county's build-out: never above the optimum, close below it, where it applies.
import SolverControl
import Testing

@testable import FacilityLocation

struct MultiPeriodLagrangianTests {
    static func bound(_ p: MultiPeriodProblem, upper: Double) throws -> Double {
        let relaxation = try #require(
            MultiPeriodLagrangian(p, clients: Array(0..<p.clients), sites: Array(0..<p.sites)))
        return relaxation.run(upper: upper, budget: TimeBudget(seconds: nil)).bound
    }

    /// At most GLPK's proven optimum (a bound), and within 6% of it on these counties, where a bound that let
    /// tiers be built in fractions, or ignored capacity, would be far lower; its plans feasible and priced right.
    @Test func atMostGLPKsOptimumAndCloseBelowIt() throws {
        var checked = 0, plans = 0
        for seed: UInt64 in 1...10 {
            let p = try MultiPeriodExactTests.county(seed: seed, villages: 12, sites: 5, cover: Int(seed % 3))
            guard p.validationProblem() == nil else { continue }
            let optimum = try MultiPeriodCutsTests.optimum(p, cuts: true)
            let relaxation = try #require(
                MultiPeriodLagrangian(p, clients: Array(0..<p.clients), sites: Array(0..<p.sites)))
            let run = relaxation.run(upper: optimum * 1.1, budget: TimeBudget(seconds: nil))
            let lower = run.bound
            // A plan built on a relaxed design keeps every rule (the model accepts it) and costs what it says.
            if let plan = run.plan {
                let model = MultiPeriodModel(p, clients: Array(0..<p.clients), sites: Array(0..<p.sites))
                let values = try #require(model.values(of: plan, existingTier: p.existingTier))
                #expect(model.model.violations(in: values) == [], "seed \(seed)")
                #expect(abs(model.model.objectiveValue(at: values) - run.cost) <= 1e-6 * run.cost)
                #expect(run.cost >= optimum * (1 - 1e-9) && run.cost < optimum * 1.1)
                plans += 1
            }
            #expect(lower <= optimum * (1 + 1e-9), "seed \(seed): \(lower) > \(optimum)")
            #expect(lower >= 0.94 * optimum, "seed \(seed): \(lower) vs \(optimum)")
            checked += 1
        }
        #expect(checked >= 8 && plans >= 1)
    }

    @Test func atMostBruteForceOnATinyCounty() throws {
        var p = try MultiPeriodExactTests.county(seed: 4, villages: 3, sites: 2, cover: 1)
        p.firstYear = [0, 0]
        let brute = try MultiPeriodCutsTests.bruteForce(p)
        let lower = try Self.bound(p, upper: brute * 1.2)
        #expect(lower <= brute * (1 + 1e-9) && lower > 0)
    }

    /// Existing sites (kept, expanded or closed) and budgets are not in its relaxed problem: it declines them.
    @Test func declinesExistingSitesAndBudgets() throws {
        var existing = try MultiPeriodExactTests.county(seed: 2)
        existing.existingTier[0] = 0
        #expect(MultiPeriodLagrangian(existing, clients: Array(0..<existing.clients), sites: [0, 1, 2, 3]) == nil)
        var budget = try MultiPeriodExactTests.county(seed: 2)
        budget.budgets[0] = 1e9
        #expect(MultiPeriodLagrangian(budget, clients: Array(0..<budget.clients), sites: [0, 1, 2, 3]) == nil)
    }
}

// Tests of a county's phases (GLPK probe, site sets, GLPK) and of the sets' cutoff row: GLPK's optimum kept.
import GLPK
import SolverControl
import Testing

@testable import FacilityLocation

struct MultiPeriodCountyTests {
    @Test func withoutTheProbeTheSetsGiveGLPKsOptimum() throws {
        // A probe share of 0 sends each county straight to the exact method, then to GLPK if it stops early.
        for seed: UInt64 in 1...6 {
            let p = try MultiPeriodExactTests.county(seed: seed, villages: 9, sites: 5, cover: Int(seed % 3))
            guard p.validationProblem() == nil else { continue }
            var solver = MultiPeriodSolver(options: LocationOptions(timeLimit: 60))
            solver.probeShare = 0
            let r = try solver.solve(p)
            #expect(r.status == .optimal)
            let glpk = try MultiPeriodCutsTests.optimum(p, cuts: true)
            #expect(abs(r.objective - glpk) <= 1e-6 * max(1, glpk), "seed \(seed): \(r.objective) vs \(glpk)")
            let plan = try #require(r.solution)
            #expect(abs(p.discountedTotal(p.yearCosts(of: plan)) - r.objective) <= 1e-6 * r.objective)
        }
    }

    @Test func withAProbeTheSolverGivesGLPKsOptimum() throws {
        // A time limit gives the probe a tenth of it; small counties end there, proven, or go on to the sets.
        for seed: UInt64 in 1...4 {
            let p = try MultiPeriodExactTests.county(seed: seed, villages: 9, sites: 5, cover: Int(seed % 3))
            guard p.validationProblem() == nil else { continue }
            let r = try MultiPeriodSolver(options: LocationOptions(timeLimit: 60)).solve(p)
            #expect(r.status == .optimal)
            let glpk = try MultiPeriodCutsTests.optimum(p, cuts: true)
            #expect(abs(r.objective - glpk) <= 1e-6 * max(1, glpk), "seed \(seed): \(r.objective) vs \(glpk)")
        }
    }

    @Test func fromTheGreedyPlanTheSetsGiveGLPKsOptimum() throws {
        // With an incumbent from the start every set's model carries the cutoff row.
        for seed: UInt64 in 1...6 {
            let p = try MultiPeriodExactTests.county(seed: seed, villages: 9, sites: 5, cover: Int(seed % 3))
            guard p.validationProblem() == nil else { continue }
            let clients = Array(0..<p.clients), sites = Array(0..<p.sites)
            let greedy = try #require(p.greedyPlan(clients: clients, sites: sites))
            let cost = p.discountedTotal(p.yearCosts(of: greedy))
            let options = LocationOptions()
            let r = try #require(
                try MultiPeriodExact.solve(
                    p, clients: clients, sites: sites, incumbent: greedy, upper: cost, options: options,
                    budget: options.budget()))
            #expect(r.proven)
            let glpk = try MultiPeriodCutsTests.optimum(p, cuts: true)
            #expect(abs(r.objective - glpk) <= 1e-6 * max(1, glpk), "seed \(seed): \(r.objective) vs \(glpk)")
        }
    }

    @Test func theCutoffRowKeepsOnlyCheaperPlans() throws {
        for seed: UInt64 in [2, 3, 5] {
            let p = try MultiPeriodExactTests.county(seed: seed, villages: 7, sites: 4, cover: 1)
            let best = try MultiPeriodCutsTests.optimum(p, cuts: true)
            let options = LocationOptions()
            func solve(cutoff: Double) throws -> LocationGLPK.Outcome {
                let model = MultiPeriodModel(
                    p, clients: Array(0..<p.clients), sites: Array(0..<p.sites), cutoff: cutoff)
                return try LocationGLPK.solve(model.model, options: options, budget: options.budget(), warmStart: nil)
            }
            let above = try solve(cutoff: best * (1 + 1e-6))
            #expect(above.status == .optimal)
            #expect(abs(above.objective - best) <= 1e-6 * best)
            #expect(try solve(cutoff: best * (1 - 1e-6)).status == .infeasible)
        }
    }
}

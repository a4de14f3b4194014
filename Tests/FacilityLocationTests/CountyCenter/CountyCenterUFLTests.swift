// Tests of the county-center UFL shortcut: same optimum as GLPK and brute force, and declined when a rule binds.
import Foundation
import SolverControl
import Testing

@testable import FacilityLocation

struct CountyCenterUFLTests {
    /// Random counties of villages and sites in a 40 km square; capacities loose enough never to bind unless
    /// `tight`.
    static func counties(
        seed: UInt64, counties: Int = 2, villages: Int = 7, sites: Int = 3, tight: Bool = false
    )
        throws -> CountyCenterProblem
    {
        var rng = SeededGenerator(seed: seed)
        func next() -> Double { Double(rng.next() % 10_000) / 250 }
        let n = counties * villages, m = counties * sites
        let points = (0..<n).map { _ in (next(), next()) }
        let places = (0..<m).map { _ in (next(), next()) }
        let km = try CostMatrix(clients: n, sites: m) { j, i in
            hypot(points[j].0 - places[i].0, points[j].1 - places[i].1)
        }
        let demands = (0..<n).map { _ in 1 + Double(rng.next() % 9) }
        let countyDemand = demands.reduce(0, +) / Double(counties)
        var p = try CountyCenterProblem(
            demands: demands, clientCounty: (0..<n).map { $0 / villages }, siteCounty: (0..<m).map { $0 / sites },
            fixedCosts: (0..<m).map { _ in 200 + Double(rng.next() % 400) },
            capacities: (0..<m).map { _ in tight ? countyDemand * 0.6 : countyDemand * 1.5 },
            km: km, counties: counties, costPerParcelKm: 1)
        p.daysPerYear = 1
        return p
    }

    static func solve(_ p: CountyCenterProblem, shortcut: Bool) throws -> LocationResult {
        var solver = CountyCenterSolver()
        solver.solvesUncapacitatedCounties = shortcut
        return try solver.solve(p)
    }

    @Test(arguments: 0..<12)
    func sameOptimumAsGLPK(seed: Int) throws {
        var p = try Self.counties(seed: UInt64(seed))
        // Every rule the shortcut maps: an existing site, a closed one, a radius, a stability charge.
        if seed % 3 == 1 { p.existing[1] = true; p.closed[4] = true }
        if seed % 3 == 2 { p.maxKm = 30 }
        if seed % 4 == 3 {
            p.assignmentCharges = try CostMatrix(clients: p.clients, sites: p.sites) { j, i in
                (j + i) % 3 == 0 ? 25 : 0
            }
        }
        let glpk = try Self.solve(p, shortcut: false)
        let fast = try Self.solve(p, shortcut: true)
        #expect(fast.isOptimal && glpk.isOptimal)
        #expect(abs(fast.objective - glpk.objective) <= 1e-6 * max(1, glpk.objective))
        TestInstances.expectVerified(fast, rules: p.verificationRules, objective: p.verificationObjective)
    }

    @Test(arguments: 0..<4)
    func sameOptimumAsBruteForce(seed: Int) throws {
        var p = try Self.counties(seed: UInt64(100 + seed), counties: 1, villages: 5, sites: 3)
        if seed == 1 { p.existing[2] = true }
        let fast = try Self.solve(p, shortcut: true)
        #expect(abs(fast.objective - CountyCenterSolverTests.bruteForce(p)) < 1e-6)
    }

    /// The shortcut answers a one-county group with loose capacities, and only that.
    @Test func appliesOnlyWhereNoRuleCanBind() throws {
        let budget = TimeBudget(seconds: 10)
        let county = { (p: CountyCenterProblem, c: Int) in
            ([c], (0..<p.clients).filter { p.clientCounty[$0] == c }, (0..<p.sites).filter { p.siteCounty[$0] == c })
        }
        let loose = try Self.counties(seed: 7)
        #expect(CountyCenterUFL.solve(loose, group: county(loose, 0), options: .init(), budget: budget) != nil)
        // Capacities that could bind, a budget, several counties together: GLPK's model.
        let tight = try Self.counties(seed: 7, tight: true)
        #expect(CountyCenterUFL.solve(tight, group: county(tight, 0), options: .init(), budget: budget) == nil)
        var budgeted = loose
        budgeted.budget = 1e9
        #expect(CountyCenterUFL.solve(budgeted, group: county(budgeted, 0), options: .init(), budget: budget) == nil)
        let both = ([0, 1], Array(0..<loose.clients), Array(0..<loose.sites))
        #expect(CountyCenterUFL.solve(loose, group: both, options: .init(), budget: budget) == nil)
    }

    /// When the UFL's optimum breaks the county rule (two centers asked, one is cheapest), the shortcut declines
    /// and GLPK finds the rule's optimum.
    @Test func declinesWhenTheCountyRuleBinds() throws {
        var p = try Self.counties(seed: 3, counties: 1, villages: 6, sites: 3)
        p.fixedCosts = [1e6, 1e6, 1e6]
        let group = ([0], Array(0..<p.clients), Array(0..<p.sites))
        let free = CountyCenterUFL.solve(p, group: group, options: .init(), budget: TimeBudget(seconds: 10))
        #expect(free?.open.count == 1)
        p.centersPerCounty = .exactly(2)
        #expect(CountyCenterUFL.solve(p, group: group, options: .init(), budget: TimeBudget(seconds: 10)) == nil)
        let solved = try Self.solve(p, shortcut: true)
        #expect(solved.solution?.open.count == 2)
        #expect(abs(solved.objective - CountyCenterSolverTests.bruteForce(p)) < 1e-6)
    }
}

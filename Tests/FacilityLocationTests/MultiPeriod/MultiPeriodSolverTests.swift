// Tests of the multi-period build-out model: tiers, two centers vs one bigger, land dates, existing sites, budgets.
import SolverControl
import Testing

@testable import FacilityLocation

struct MultiPeriodSolverTests {
    static let tiers = [
        SizeTier(name: "S", parcelsPerDay: 500, floorArea: 100, capital: 1_000, operatingPerYear: 100),
        SizeTier(name: "M", parcelsPerDay: 1_000, floorArea: 200, capital: 1_600, operatingPerYear: 150),
        SizeTier(name: "L", parcelsPerDay: 2_000, floorArea: 400, capital: 2_500, operatingPerYear: 220),
    ]

    /// One county, villages at km 0 and 10 beside two sites at km 0 and 10; demand grows each year.
    static func problem(demand: [[Double]], rate: Double = 0) throws -> MultiPeriodProblem {
        let km = try CostMatrix(clients: 2, sites: 2, values: [0, 10, 10, 0])
        var p = try MultiPeriodProblem(
            demands: demand, clientCounty: [0, 0], siteCounty: [0, 0], counties: 1, km: km,
            tiers: tiers, costPerParcelKm: rate)
        p.daysPerYear = 1
        p.reserve = 0.2
        p.coverFrom = [0]
        return p
    }

    static func solve(_ p: MultiPeriodProblem) throws -> MultiPeriodSolution {
        let r = try MultiPeriodSolver().solve(p)
        #expect(r.status == .optimal)
        let s = try #require(r.solution)
        #expect(abs(p.discountedTotal(p.yearCosts(of: s)) - r.objective) <= 1e-6 * max(1, r.objective))
        return s
    }

    @Test func smallestTierWithTheReserveAndTiersOnlyGrow() throws {
        // 400 x 1.2 = 480 fits S; 700 x 1.2 = 840 needs M: one site, S then M (cheaper than a second S).
        let s = try Self.solve(try Self.problem(demand: [[200, 200], [350, 350]]))
        let open = (0..<2).filter { s.tier[$0][1] >= 0 }
        #expect(open.count == 1)
        #expect(s.tier[open[0]] == [0, 1])
    }

    @Test func twoCentersWhenCheaperThanOneBigger() throws {
        // Transport makes a second site pay: 2 x S beats one M when every parcel-km costs enough.
        var p = try Self.problem(demand: [[240, 240]], rate: 1)
        p.coverFrom = [0]
        let s = try Self.solve(p)
        #expect(s.tier.map { $0[0] } == [0, 0])
        let cheap = try Self.solve(try Self.problem(demand: [[240, 240]], rate: 0))
        #expect(cheap.tier.map { $0[0] }.sorted() == [-1, 1])
    }

    @Test func landDateAndExistingSite() throws {
        var p = try Self.problem(demand: [[100, 100], [100, 100]], rate: 1)
        p.firstYear = [0, 1]
        let s = try Self.solve(p)
        #expect(s.tier[1][0] == -1)
        // An existing site at M is kept (its capital is sunk) and the other never opens.
        p.existingTier = [1, nil]
        p.firstYear = [0, 0]
        let kept = try Self.solve(
            try {
                var q = p; q.costPerParcelKm = 0; return q
            }())
        #expect(kept.tier[0] == [1, 1])
        #expect(kept.tier[1] == [-1, -1])
        // Closed by the planner: it shuts in the first year and pays its closing cost.
        var closing = p
        closing.closed = [true, false]
        closing.closingCost = [50, 0]
        let r = try MultiPeriodSolver().solve(closing)
        let c = try #require(r.solution)
        #expect(c.tier[0] == [-1, -1])
        #expect(closing.yearCosts(of: c)[0].closing == 50)
    }

    @Test func budgetDefersACountyAndDemonstrationComesFirst() throws {
        // Two counties, one village and one site each; the budget builds one S a year.
        let km = try CostMatrix(clients: 2, sites: 2, values: [0, 0, 0, 0])
        var p = try MultiPeriodProblem(
            demands: [[100, 100], [100, 100]], clientCounty: [0, 1], siteCounty: [0, 1],
            counties: 2, km: km, tiers: Self.tiers, costPerParcelKm: 0)
        p.daysPerYear = 1
        p.uncoveredCostPerParcel = 100
        p.budgets = [1_000, 1_000]
        p.coverFrom = [1, 0]
        let s = try Self.solve(p)
        #expect(s.tier[1][0] == 0)
        #expect(s.tier[0] == [-1, 0])
        #expect(s.center[0][0] == -1)
        p.budgets = [500, 500]
        #expect(throws: LocationError.self) { _ = try MultiPeriodSolver().solve(p) }
    }

    @Test func ctrlCBeforeTheSearchKeepsTheGreedyPlanMarkedFeasible() throws {
        let token = CancellationToken()
        token.cancel()
        let p = try Self.problem(demand: [[200, 200], [350, 350]], rate: 1)
        let r = try MultiPeriodSolver(options: LocationOptions(cancellation: token)).solve(p)
        #expect(r.status == .feasible)
        let s = try #require(r.solution)
        #expect((0..<2).allSatisfy { t in s.center[t].allSatisfy { $0 >= 0 } })
        #expect(abs(p.discountedTotal(p.yearCosts(of: s)) - r.objective) <= 1e-6 * r.objective)
    }

    @Test func unusableDataIsRejectedBeforeGLPK() throws {
        var p = try Self.problem(demand: [[5_000, 5_000]])
        #expect(p.validationProblem()?.contains("more than its 2 sites can sort") == true)
        p = try Self.problem(demand: [[1, 1]])
        p.firstYear = [1, 1]
        #expect(p.validationProblem()?.contains("land is available") == true)
        p = try Self.problem(demand: [[1, 1]])
        p.tiers[1].parcelsPerDay = 10
        #expect(p.validationProblem()?.contains("small to large") == true)
        #expect(throws: LocationError.self) { _ = try MultiPeriodSolver().solve(p) }
    }
}

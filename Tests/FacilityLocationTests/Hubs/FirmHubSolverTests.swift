// Tests of the firm-hub model: optimal against enumeration, the capped subsidy, the award's coverage and once-only.
import Testing

@testable import FacilityLocation

struct FirmHubSolverTests {
    /// Three firms, three hubs; hub 2 is far from the out-of-province gateways (large subsidised tolls there).
    static func problem(
        share: Double = 0.3, cap: Double = 500_000, award: Double = 0, coverage: Double = 0
    ) throws -> FirmHubProblem {
        try FirmHubProblem(
            firms: 3, hubs: 3, hubFixedCosts: [1_000_000, 1_200_000, 900_000], hubCapacities: [500, 500, 500],
            hubCount: 1...2,
            lineCost: [3_000_000, 3_100_000, 3_600_000, 2_000_000, 1_900_000, 2_500_000, 500_000, 520_000, 700_000],
            subsidisedTolls: [400_000, 300_000, 2_000_000, 200_000, 200_000, 1_500_000, 50_000, 60_000, 900_000],
            firmLoad: [300, 200, 100], subsidyShare: share, subsidyCap: cap, awardPerYear: award,
            awardCoverage: coverage,
            totalLoad: 600)
    }

    /// The best assignment by enumeration (every firm at every hub, hub count and capacities respected).
    static func brute(_ p: FirmHubProblem) -> Double {
        var best = Double.infinity
        for code in 0..<27 {
            let hubOf = [code % 3, code / 3 % 3, code / 9]
            var load = [0.0, 0, 0]
            for f in 0..<3 { load[hubOf[f]] += p.firmLoad[f] }
            let open = Set(hubOf)
            guard p.hubCount.contains(open.count),
                (0..<3).allSatisfy({ load[$0] <= (p.hubCapacities[$0] ?? .infinity) })
            else { continue }
            best = min(best, p.cost(hubOf: hubOf).total)
        }
        return best
    }

    @Test(arguments: [
        (0.0, 500_000.0, 0.0, 0.0), (0.3, 500_000, 0, 0), (0.5, 1_000_000, 0, 0), (0.3, 500_000, 60_000, 0.6),
        (0.5, 100_000, 60_000, 0.9),
    ])
    func optimalAgainstEnumeration(_ c: (Double, Double, Double, Double)) throws {
        let p = try Self.problem(share: c.0, cap: c.1, award: c.2, coverage: c.3)
        let (result, plan) = try FirmHubSolver().solve(p)
        #expect(result.status == .optimal)
        let plan1 = try #require(plan)
        #expect(abs(plan1.total - Self.brute(p)) < 1e-6 * Self.brute(p))
        #expect(abs(result.objective - plan1.total) < 1e-6 * plan1.total)
    }

    @Test func subsidyIsCappedPerFirm() throws {
        let p = try Self.problem(share: 0.5, cap: 100_000)
        let plan = try #require(try FirmHubSolver().solve(p).plan)
        for f in 0..<3 {
            #expect(plan.subsidy[f] <= 100_000 + 1e-9)
            #expect(abs(plan.subsidy[f] - min(0.5 * p.subsidisedTolls[f * 3 + plan.hubOf[f]], 100_000)) < 1e-6)
        }
    }

    @Test func awardOnlyWhereTheHubCoversAndOncePerFirm() throws {
        // Coverage 0.9 of 600 parcels: only a hub with all three firms (600 > capacity 500) could; none qualifies.
        let none = try #require(try FirmHubSolver().solve(try Self.problem(award: 60_000, coverage: 0.9)).plan)
        #expect(none.awarded == [false, false, false] && none.award == 0)
        // Coverage 0.6 (360 parcels): no firm alone, and not all three together (600 > capacity 500); a large
        // award makes two firms share a hub that qualifies, each paid once.
        let some = try #require(try FirmHubSolver().solve(try Self.problem(award: 1_000_000, coverage: 0.6)).plan)
        let paid = (0..<3).filter { some.awarded[$0] }
        #expect(paid.count == 2 && some.hubOf[paid[0]] == some.hubOf[paid[1]])
        #expect(abs(some.award - 2_000_000) < 1e-6)
    }

    @Test func rejectsBadInputAndInfeasibleCounts() throws {
        #expect(throws: LocationError.self) {
            try FirmHubProblem(
                firms: 1, hubs: 1, hubFixedCosts: [1], hubCapacities: [nil], hubCount: 1...1, lineCost: [-1],
                subsidisedTolls: [0], firmLoad: [1], subsidyShare: 0.3, subsidyCap: 1, awardPerYear: 0,
                awardCoverage: 0, totalLoad: 1)
        }
        var p = try Self.problem()
        p.hubCapacities = [100, 100, 100]
        #expect(throws: LocationError.self) { try FirmHubSolver().solve(p) }
    }
}

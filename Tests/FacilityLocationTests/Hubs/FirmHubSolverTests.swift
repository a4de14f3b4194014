// Tests of the firm-hub model: optimal against enumeration, shared hubs, a firm on two hubs, the levers.
import Testing

@testable import FacilityLocation

struct FirmHubSolverTests {
    /// Three firms, two centers (counties 0 and 1), three hubs, two gateways (gateway 0 out of the province from
    /// every hub). Hub 0 is near center 0, hub 1 near center 1, hub 2 near the gateways; trucks carry 100.
    static func problem(
        share: Double = 0.3, cap: Double = 500_000, award: Double = 0,
        coverage: FirmHubProblem.AwardCoverage = .share(0),
        fixed: [Double] = [1_000_000, 1_000_000, 1_500_000], feederScale: Double = 1
    ) throws -> FirmHubProblem {
        let flows = [
            FirmFlows(down: [150, 60], up: [10, 0], inbound: [150, 60], outbound: [80, 20], transit: [40, 0]),
            FirmFlows(down: [0, 120], up: [0, 20], inbound: [60, 60], outbound: [30, 30], transit: [0, 10]),
            FirmFlows(down: [90, 0], up: [5, 0], inbound: [90, 0], outbound: [25, 0], transit: [0, 0]),
        ]
        // Feeder cost per (firm, center, hub): km x parcels, near hubs cheap.
        let km: [[Double]] = [[5, 80, 40], [80, 5, 40]]
        var feeder: [Double] = []
        for f in flows {
            for c in 0..<2 { for h in 0..<3 { feeder.append(feederScale * km[c][h] * (f.down[c] + f.up[c]) * 100) } }
        }
        return try FirmHubProblem(
            hubFixedCosts: fixed, hubCapacities: [400, 400, 400], hubCount: 1...3, flows: flows,
            feederCost: feeder, tripCost: [300_000, 200_000, 320_000, 190_000, 150_000, 150_000],
            tripTolls: [90_000, 60_000, 96_000, 57_000, 45_000, 45_000],
            subsidised: [true, false, true, false, true, false], truckParcels: 100, subsidyShare: share,
            subsidyCap: cap, awardPerYear: award, awardCoverage: coverage, centerCounty: [0, 1])
    }

    /// The best plan by enumeration: every firm's centers on any hub, every main hub.
    static func brute(_ p: FirmHubProblem) -> Double {
        var best = Double.infinity
        let perFirm = 3 * 3 * 3  // center 0, center 1, main
        for code in 0..<(perFirm * perFirm * perFirm) {
            var centerHub: [[Int]] = [], main: [Int] = []
            var rest = code
            for f in 0..<3 {
                let x = rest % perFirm
                rest /= perFirm
                centerHub.append((0..<2).map { c in p.flows[f].usesCenter(c) ? (c == 0 ? x % 3 : x / 3 % 3) : -1 })
                main.append(x / 9)
            }
            // Skip duplicates of a firm's unused center digit.
            if (0..<3).contains(where: { f in
                let x = code / [1, perFirm, perFirm * perFirm][f] % perFirm
                return (0..<2).contains { c in !p.flows[f].usesCenter(c) && (c == 0 ? x % 3 : x / 3 % 3) != 0 }
            }) {
                continue
            }
            let plan = p.plan(centerHub: centerHub, main: main)
            guard p.hubCount.contains(plan.open.count),
                plan.open.allSatisfy({ plan.load[$0] <= (p.hubCapacities[$0] ?? .infinity) + 1e-9 })
            else { continue }
            best = min(best, plan.total)
        }
        return best
    }

    @Test(arguments: [
        (0.0, 500_000.0, 0.0, 0.0), (0.3, 500_000, 0, 0), (0.5, 1_000_000, 0, 0), (0.3, 500_000, 200_000, 0.6),
        (0.5, 50_000, 200_000, 0.9),
    ])
    func optimalAgainstEnumeration(_ c: (Double, Double, Double, Double)) throws {
        let p = try Self.problem(share: c.0, cap: c.1, award: c.2, coverage: .share(c.3))
        let (result, plan) = try FirmHubSolver().solve(p)
        #expect(result.status == .optimal)
        let plan1 = try #require(plan)
        let best = Self.brute(p)
        #expect(abs(plan1.total - best) < 1e-6 * abs(best))
        #expect(abs(result.objective - plan1.total) < 1e-6 * abs(plan1.total))
    }

    @Test func firmsShareAHubAndAFirmUsesTwoHubsWhenCheaper() throws {
        // Expensive feeders, cheap hubs: firm 1 (centers in both counties) uses the hubs near each of its centers,
        // and shares each with the firm delivering there.
        let p = try Self.problem(fixed: [100_000, 100_000, 5_000_000], feederScale: 50)
        let plan = try #require(try FirmHubSolver().solve(p).plan)
        #expect(plan.centerHub[0] == [0, 1])
        #expect(Set(plan.hubsOf[0]) == [0, 1] && plan.hubsOf[0].first == plan.main[0])
        #expect(plan.open == [0, 1])
        // The other firms' centers share those hubs (their main hubs may tie: trips round to the same counts).
        #expect(plan.centerHub[1][1] == 1 && plan.centerHub[2][0] == 0)
        #expect(abs(plan.total - Self.brute(p)) < 1e-6 * abs(plan.total))
        // Flows split over the two hubs add up to the firm's gateway flows.
        for g in 0..<2 {
            let a = p.flows[0].gatewayLine(hub: 0, gateway: g, centerHub: plan.centerHub[0], main: plan.main[0])
            let b = p.flows[0].gatewayLine(hub: 1, gateway: g, centerHub: plan.centerHub[0], main: plan.main[0])
            #expect(abs(a.back + b.back - p.flows[0].inbound[g] - p.flows[0].transit[g]) < 1e-9)
            #expect(abs(a.forward + b.forward - p.flows[0].outbound[g] - p.flows[0].transit[g]) < 1e-9)
        }
    }

    @Test func subsidyIsCappedPerFirm() throws {
        let p = try Self.problem(share: 0.5, cap: 20_000)
        let plan = try #require(try FirmHubSolver().solve(p).plan)
        #expect(plan.subsidy.allSatisfy { $0 <= 20_000 + 1e-9 })
        #expect(plan.subsidy.contains { abs($0 - 20_000) < 1e-6 })
    }

    @Test func awardOnlyWhereTheHubCoversAndOncePerFirm() throws {
        // Coverage 0.95 of all parcels: no hub of capacity 400 can hold that much; nobody is paid.
        let none = try #require(
            try FirmHubSolver().solve(try Self.problem(award: 200_000, coverage: .share(0.95))).plan)
        #expect(none.awarded == [false, false, false] && none.award == 0)
        // Coverage of two counties: a hub fed from both counties' centers; a large award makes the firms route so,
        // each paid once however many of its hubs qualify.
        let p = try Self.problem(award: 5_000_000, coverage: .counties(2))
        let two = try #require(try FirmHubSolver().solve(p).plan)
        #expect(two.awarded == [true, true, true] && abs(two.award - 15_000_000) < 1e-6)
        #expect(abs(two.total - Self.brute(p)) < 1e-6 * abs(two.total))
        let three = try #require(
            try FirmHubSolver().solve(try Self.problem(award: 5_000_000, coverage: .counties(3))).plan)
        #expect(three.award == 0)
    }

    @Test func rejectsBadInputAndInfeasibleCounts() throws {
        #expect(throws: LocationError.self) {
            try FirmHubProblem(
                hubFixedCosts: [1], hubCapacities: [nil], hubCount: 1...1,
                flows: [FirmFlows(down: [1], up: [0], inbound: [1], outbound: [0], transit: [0])], feederCost: [-1],
                tripCost: [1], tripTolls: [1], subsidised: [true], truckParcels: 10, subsidyShare: 0.3,
                subsidyCap: 1, awardPerYear: 0, awardCoverage: .share(0), centerCounty: [0])
        }
        #expect(throws: LocationError.self) {
            // Produce above the gateway outbound.
            try FirmHubProblem(
                hubFixedCosts: [1], hubCapacities: [nil], hubCount: 1...1,
                flows: [FirmFlows(down: [1], up: [5], inbound: [1], outbound: [2], transit: [0])], feederCost: [1],
                tripCost: [1], tripTolls: [1], subsidised: [true], truckParcels: 10, subsidyShare: 0.3,
                subsidyCap: 1, awardPerYear: 0, awardCoverage: .share(0), centerCounty: [0])
        }
        var p = try Self.problem()
        p.hubCapacities = [100, 100, 100]
        #expect(throws: LocationError.self) { try FirmHubSolver().solve(p) }
    }
}

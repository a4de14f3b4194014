// Tests of the two-level hub model: enumeration with given and chosen centers, the capped toll subsidy.
import Foundation
import Testing

@testable import FacilityLocation

struct HubSolverTests {
    /// Cost of connecting centers with `flows` to `open` hubs as in `hubOf`, subsidy deducted.
    static func cost(_ p: HubProblem, flows: [Double], open: [Int], hubOf: [Int]) -> Double {
        var total = open.reduce(0.0) { $0 + p.hubFixedCosts[$1] }
        var tolls = 0.0
        for c in flows.indices where flows[c] > 0 {
            let line = p.lineCost(km: p.centerHubKm[c, hubOf[c]], parcelsPerDay: flows[c])
            total += line.total
            tolls += line.tolls
        }
        return total - (p.subsidy?.refund(tolls: tolls) ?? 0)
    }

    /// The best hub plan for fixed flows, by enumeration.
    static func bestHubs(_ p: HubProblem, flows: [Double]) -> Double {
        var best = Double.infinity
        for open in TestInstances.allSubsets(p.hubs) where p.hubCount.contains(open.count) {
            let centers = flows.indices.filter { flows[$0] > 0 }
            var code = [Int](repeating: 0, count: centers.count)
            for _ in 0..<Int(pow(Double(open.count), Double(centers.count))) {
                var hubOf = [Int](repeating: -1, count: flows.count)
                var load = [Double](repeating: 0, count: p.hubs)
                for (a, c) in centers.enumerated() { hubOf[c] = open[code[a]]; load[open[code[a]]] += flows[c] }
                if (0..<p.hubs).allSatisfy({ load[$0] <= (p.hubCapacities[$0] ?? .infinity) }) {
                    best = min(best, cost(p, flows: flows, open: open, hubOf: hubOf))
                }
                var q = 0
                while q < code.count { code[q] += 1; if code[q] < open.count { break }; code[q] = 0; q += 1 }
            }
        }
        return best
    }

    static func givenProblem(seed: Int, cap: Double) throws -> HubProblem {
        let km = TestInstances.euclidean(clients: 6, sites: 4, seed: UInt64(900 + seed))
        let flows = (0..<6).map { Double(100 + 37 * (($0 + seed) % 5)) }
        var p = try HubProblem(
            centers: .given(flows: flows), centerHubKm: km, hubFixedCosts: [9000, 12000, 8000, 10000],
            hubCapacities: [700, nil, 600, 800], hubCount: 1...3, lineHaulPerParcelKm: 0.002, tollPerParcelKm: 0.001,
            subsidy: TollSubsidy(share: 0.3, capPerFirm: cap, firmShares: [0.5, 0.3, 0.2]))
        p.daysPerYear = 10
        return p
    }

    @Test(arguments: [(0, 500.0), (1, 1.0), (2, 50.0), (3, 0.0)])
    func givenCentersMatchEnumeration(seed: Int, cap: Double) throws {
        let p = try Self.givenProblem(seed: seed, cap: cap)
        guard case .given(let flows) = p.centers else { return }
        let (result, plan) = try HubSolver().solve(p)
        #expect(result.isOptimal)
        #expect(abs(result.objective - Self.bestHubs(p, flows: flows)) < 1e-6)
        let hubOf = plan!.hubs.allocation.map { $0.first?.site ?? -1 }
        #expect(abs(Self.cost(p, flows: flows, open: plan!.hubs.open, hubOf: hubOf) - result.objective) < 1e-6)
        #expect(abs(plan!.total - result.objective) < 1e-6)
    }

    @Test func subsidyIsCappedPerFirm() {
        let s = TollSubsidy(share: 0.3, capPerFirm: 500_000, firmShares: [0.5, 0.5])
        #expect(s.refund(tolls: 1_000_000) == 300_000)
        #expect(s.refund(tolls: 10_000_000) == 1_000_000)
    }

    @Test func chosenCentersMatchEnumeration() throws {
        let villages: [Double] = [0, 7, 20, 29]
        let sites: [Double] = [1, 6, 22, 28]
        let km = try CostMatrix(clients: 4, sites: 4) { j, i in abs(villages[j] - sites[i]) }
        var cc = try CountyCenterProblem(
            demands: [40, 20, 50, 30], clientCounty: [0, 0, 1, 1], siteCounty: [0, 0, 1, 1],
            fixedCosts: [500, 450, 480, 520], capacities: [nil, nil, nil, nil], km: km, counties: 2, costPerParcelKm: 1)
        cc.daysPerYear = 1
        let hubSites: [Double] = [3, 25]
        let hubKm = try CostMatrix(clients: 4, sites: 2) { i, h in abs(sites[i] - hubSites[h]) + 10 }
        var p = try HubProblem(
            centers: .chosen(cc), centerHubKm: hubKm, hubFixedCosts: [900, 700], hubCapacities: [nil, nil],
            hubCount: 1...2, lineHaulPerParcelKm: 2, tollPerParcelKm: 1,
            subsidy: TollSubsidy(share: 0.3, capPerFirm: 100))
        p.daysPerYear = 1
        // Enumerate center plans (single-source, any centers per county >= 1), then the best hubs for their flows.
        var best = Double.infinity
        for open in TestInstances.allSubsets(4)
        where [0, 1].allSatisfy({ c in open.contains { cc.siteCounty[$0] == c } }) {
            for code in 0..<Int(pow(Double(open.count), 4)) {
                var x = code
                var assignment: [Int] = []
                for _ in 0..<4 { assignment.append(open[x % open.count]); x /= open.count }
                guard (0..<4).allSatisfy({ cc.allows($0, assignment[$0]) }) else { continue }
                var flows = [Double](repeating: 0, count: 4)
                for j in 0..<4 { flows[assignment[j]] += cc.demands[j] }
                let level = cc.objective(of: LocationSolution(open: open, assignment: assignment))
                best = min(best, level + Self.bestHubs(p, flows: flows))
            }
        }
        let (result, plan) = try HubSolver().solve(p)
        #expect(result.isOptimal)
        #expect(abs(result.objective - best) < 1e-6)
        let centers = plan!.centers!
        #expect(
            LocationVerifier.verify(centers, rules: cc.verificationRules, objective: cc.verificationObjective).isValid)
    }

    @Test func refusesTooFewHubCandidates() throws {
        var p = try Self.givenProblem(seed: 0, cap: 10)
        p.hubCount = 3...3
        p.hubClosed = [true, true, false, false]
        #expect(throws: LocationError.self) { try HubSolver().solve(p) }
    }
}

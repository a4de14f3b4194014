// Tests of the county-center model: enumeration on tiny regions, every rule verified, infeasibility named.
import Foundation
import Testing

@testable import FacilityLocation

struct CountyCenterSolverTests {
    /// Two counties, three villages and two candidate sites each, on a line.
    static func region(seed: Int) throws -> CountyCenterProblem {
        let villages: [Double] = [0, 3, 7, 20, 24, 29].map { $0 + Double(seed % 3) }
        let sites: [Double] = [1, 6, 22, 28]
        let km = try CostMatrix(clients: 6, sites: 4) { j, i in abs(villages[j] - sites[i]) }
        var p = try CountyCenterProblem(
            demands: [4, 2, 5, 3, 6, 1].map { $0 + Double(seed % 2) }, clientCounty: [0, 0, 0, 1, 1, 1],
            siteCounty: [0, 0, 1, 1], fixedCosts: [50, 40, 45, 60].map { $0 + Double(seed) },
            capacities: [12, 9, nil, 10],
            km: km, counties: 2, costPerParcelKm: 1)
        p.daysPerYear = 1
        p.labels = LocationLabels(
            clients: ["v1", "v2", "v3", "v4", "v5", "v6"], sites: ["s1", "s2", "s3", "s4"],
            counties: ["阳高县", "天镇县"])
        return p
    }

    /// The optimum by enumerating open sets and single-source assignments.
    static func bruteForce(_ p: CountyCenterProblem) -> Double {
        var best = Double.infinity
        for mask in 0..<(1 << p.sites) {
            let open = (0..<p.sites).filter { mask & (1 << $0) != 0 }
            if open.contains(where: { p.closed[$0] })
                || p.existing.indices.contains(where: { p.existing[$0] && !open.contains($0) })
            {
                continue
            }
            let perCounty = (0..<p.counties).map { c in open.filter { p.siteCounty[$0] == c }.count }
            if !perCounty.allSatisfy({ p.centersPerCounty.range.contains($0) }) { continue }
            if let b = p.budget, open.reduce(0.0, { $0 + p.fixedCosts[$1] }) > b { continue }
            var code = [Int](repeating: 0, count: p.clients)
            let k = open.count
            if k == 0 { continue }
            for _ in 0..<Int(pow(Double(k), Double(p.clients))) {
                let assignment = code.map { open[$0] }
                var load = [Double](repeating: 0, count: p.sites)
                var ok = true
                for j in 0..<p.clients {
                    if !p.allows(j, assignment[j]) { ok = false; break }
                    load[assignment[j]] += p.demands[j]
                }
                // The model keeps a margin of each capacity free (LocationGLPK.capacityMargin).
                let usable = { (i: Int) in (p.capacities[i] ?? .infinity) * (1 - LocationGLPK.capacityMargin) }
                if ok && (0..<p.sites).allSatisfy({ load[$0] <= usable($0) }) {
                    best = min(best, p.objective(of: LocationSolution(open: open, assignment: assignment)))
                }
                var q = 0
                while q < p.clients { code[q] += 1; if code[q] < k { break }; code[q] = 0; q += 1 }
            }
        }
        return best
    }

    func check(_ p: CountyCenterProblem) throws {
        let result = try CountyCenterSolver().solve(p)
        #expect(result.isOptimal)
        #expect(abs(result.objective - Self.bruteForce(p)) < 1e-6)
        TestInstances.expectVerified(result, rules: p.verificationRules, objective: p.verificationObjective)
    }

    @Test(arguments: 0..<3)
    func everyCountyHasACenter(seed: Int) throws { try check(try Self.region(seed: seed)) }

    @Test func exactlyTwoPerCountyWithRadius() throws {
        var p = try Self.region(seed: 1)
        p.centersPerCounty = .exactly(2)
        p.maxKm = 7
        try check(p)
    }

    @Test func crossCountyWithBudgetAndExistingSite() throws {
        var p = try Self.region(seed: 2)
        p.crossCounty = true
        p.centersPerCounty = .atMost(1)
        p.existing[2] = true
        p.budget = 200
        p.capacities = [nil, nil, nil, nil]
        try check(p)
    }

    @Test func namesACountyWithoutCandidateSite() throws {
        var p = try Self.region(seed: 0)
        p.closed[2] = true
        p.closed[3] = true
        #expect(
            throws: LocationError.infeasible("天镇县 has no candidate site but must have a center (it has 3 villages)")
        ) {
            try CountyCenterSolver().solve(p)
        }
    }

    @Test func namesStrandedVillages() throws {
        var p = try Self.region(seed: 0)
        p.maxKm = 1.5
        do {
            _ = try CountyCenterSolver().solve(p)
            Issue.record("expected infeasible")
        } catch {
            #expect(error.category == .infeasible)
            #expect(error.message.hasSuffix("in their own county and within 1.5 km can serve v2, v4, v5"))
        }
    }

    @Test func namesACountyShortOfCapacity() throws {
        var p = try Self.region(seed: 0)
        p.capacities = [5, 5, nil, nil]
        do {
            _ = try CountyCenterSolver().solve(p)
            Issue.record("expected infeasible")
        } catch {
            #expect(
                error.message.contains(
                    "阳高县's candidate sites hold 10.0 parcels a day, below its villages' demand of 11.0"))
        }
    }

    @Test func diagnosesAPackingFailure() throws {
        var p = try Self.region(seed: 0)
        p.demands = [5, 5, 4, 3, 6, 1]
        // 15 parcels of room for 14 (the sites keep a margin free, so not exactly 14), but no two villages fit one.
        p.capacities = [7.5, 7.5, nil, nil]
        do {
            _ = try CountyCenterSolver().solve(p)
            Issue.record("expected infeasible")
        } catch {
            #expect(error.message.hasPrefix("阳高县: no plan meets the rules"))
            #expect(error.message.contains("serving each village from one center"))
        }
    }

    @Test func rejectsABudgetBelowTheRuleAndNamesTheDearestCounty() throws {
        var p = try Self.region(seed: 0)
        p.budget = 50
        do {
            _ = try CountyCenterSolver().solve(p)
            Issue.record("expected infeasible")
        } catch {
            // 阳高县's 11 parcels fit only site 1 (capacity 12, cost 50); 天镇县's 10 fit site 3 (45): 95 at least.
            #expect(error.message.hasPrefix("the budget 50.0 is below 95.0"))
            #expect(error.message.hasSuffix("(阳高县 alone needs 50.0)"))
        }
    }
}

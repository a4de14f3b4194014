// Tests that the verifier catches each kind of broken rule and recomputes objectives.
import Testing

@testable import FacilityLocation

struct LocationVerifierTests {
    /// Two clients, three sites on a line: distances |client - site|.
    let distances = try! CostMatrix(clients: 2, sites: 3, values: [0, 5, 9, 9, 4, 0])

    func rules() -> LocationRules {
        var r = LocationRules(clients: 2, sites: 3)
        r.distances = distances
        return r
    }

    func violations(_ s: LocationSolution, _ r: LocationRules, claimed: Double? = nil) -> [String] {
        LocationVerifier.verify(
            s, rules: r, objective: .weightedDistance(weights: [1, 1], distances: distances),
            claimedObjective: claimed
        ).violations
    }

    @Test func acceptsAValidPlan() {
        let s = LocationSolution(open: [0, 2], assignment: [0, 2])
        let report = LocationVerifier.verify(
            s, rules: rules(), objective: .weightedDistance(weights: [1, 1], distances: distances), claimedObjective: 0)
        #expect(report.isValid)
        #expect(report.objective == 0)
    }

    @Test func catchesUnservedAndClosedSites() {
        #expect(
            violations(LocationSolution(open: [0], allocation: [[Share(site: 0, fraction: 1)], []]), rules())
                .contains { $0.contains("client 1 is not served") })
        #expect(
            violations(LocationSolution(open: [0], assignment: [0, 2]), rules())
                .contains { $0.contains("which is closed") })
    }

    @Test func catchesSplitsAndBadFractions() {
        let split = LocationSolution(
            open: [0, 2],
            allocation: [
                [Share(site: 0, fraction: 0.5), Share(site: 2, fraction: 0.4)], [Share(site: 2, fraction: 1)],
            ])
        let found = violations(split, rules())
        #expect(found.contains { $0.contains("split over 2 sites") })
        #expect(found.contains { $0.contains("summing to") })
    }

    @Test func catchesCountCapacityRadiusAndBudget() {
        var r = rules()
        r.openCount = 1...1
        r.demands = [3, 4]
        r.capacities = [nil, nil, 3]
        r.radius = 4
        r.fixedCosts = [10, 10, 10]
        r.budget = 15
        let s = LocationSolution(open: [0, 2], assignment: [2, 2])
        let found = violations(s, r)
        #expect(found.contains { $0.contains("2 sites are open") })
        #expect(found.contains { $0.contains("above its capacity") })
        #expect(found.contains { $0.contains("beyond the radius") })
        #expect(found.contains { $0.contains("exceed the budget") })
    }

    @Test func catchesCountyRules() {
        var r = rules()
        r.clientCounty = [0, 1]
        r.siteCounty = [0, 0, 1]
        r.centersPerCounty = 1...Int.max
        r.sameCounty = true
        let s = LocationSolution(open: [0], assignment: [0, 0])
        let found = violations(s, r)
        #expect(found.contains { $0.contains("county 1 has 0 centers") })
        #expect(found.contains { $0.contains("served by site 0 of county 0") })
    }

    @Test func catchesForcedAndClosedSites() {
        var r = rules()
        r.forcedOpen = [1]
        r.closed = [2]
        let found = violations(LocationSolution(open: [0, 2], assignment: [0, 2]), r)
        #expect(found.contains { $0.contains("site 1 must be open") })
        #expect(found.contains { $0.contains("site 2 must stay closed") })
    }

    @Test func catchesAWrongObjective() {
        let found = violations(LocationSolution(open: [0, 2], assignment: [0, 2]), rules(), claimed: 3)
        #expect(found.contains { $0.contains("differs from the recomputed") })
    }
}

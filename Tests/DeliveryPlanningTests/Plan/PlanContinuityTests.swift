// Tests of re-planning from a previous plan: its centers become existing sites, and the changes are listed.
import Testing

@testable import DeliveryPlanning

struct PlanContinuityTests {
    @Test func previousCentersAreKeptAtTheirTiersNotBuiltAgain() throws {
        let previous = try ScheduleVerifierTests.shared.get()
        var next = ScheduleVerifierTests.scenario()
        next.years!.steps = [.init(year: 2028, growth: 2.2), .init(year: 2029, growth: 2.4)]
        let scenario = PlanContinuity.scenario(next, continuing: previous)
        let lastTiers = Dictionary(
            uniqueKeysWithValues: previous.schedule!.periods.last!.sites.map { ($0.id, $0.tier) })
        #expect(Set(scenario.years!.sites.map(\.site)) == Set(previous.centers.map(\.id)))
        for s in scenario.years!.sites { #expect(s.tier == lastTiers[s.site]!) }
        let plan = try PlanPipelineTests.plan(scenario)
        // The previous centers run on from the first year (kept or expanded), none opens again at full capital.
        let first = plan.schedule!.periods[0].sites
        for c in previous.centers {
            let entry = try #require(first.first { $0.id == c.id })
            #expect(entry.action == .keep || entry.action == .expand)
        }
        let violations = try PlanVerifier.verify(plan, network: LocationPlannerTests.network()).filter {
            !$0.hasPrefix("route ")
        }
        #expect(violations == [])
        let lines = PlanContinuity.changes(from: previous, to: plan)
        #expect(lines[0].hasPrefix("continuing from the previous plan"))
    }

    @Test func withoutYearsPreviousCentersAreForcedOpen() throws {
        let previous = try PlanPipelineTests.shared.get()
        let scenario = PlanContinuity.scenario(PlanPipelineTests.scenario(), continuing: previous)
        #expect(Set(scenario.centers.forced) == Set(previous.centers.map(\.id)))
    }
}

// A plan under a tight total limit: every county routed and compared, and the limit kept.
import Foundation
import Testing

@testable import DeliveryPlanning

struct PlanTimeLimitTests {
    /// Searches that would take far longer than the limit (400 s a county at 800 stops: 6 s for 12) are cut to
    /// their shares, and every county's co-delivery comparison still fits: the plan is complete and ends within
    /// the limit. One worker, on a thread of its own: with more, the counties run on Swift's cooperative pool,
    /// which the tests running beside this one hold too, so no limit could be promised. The slack is generous:
    /// CI machines vary.
    @Test func aTightLimitKeepsEveryComparisonAndTheLimit() async throws {
        let limit = 6.0
        var scenario = Scenario()
        scenario.timeLimits.total = limit
        scenario.timeLimits.routingPerCounty = 400
        let pipeline = PlanPipeline(scenario: scenario)
        let network = PlanWorkersTests.counties([12, 10, 8, 10])
        // Timed on the planning thread: the await resumes on the cooperative pool, which other tests may hold.
        let (plan, wall) = try await PlanWorkersTests.onThread { [pipeline] in
            let started = Date()
            let plan = try pipeline.run(on: network)
            return (plan, Date().timeIntervalSince(started))
        }
        #expect(plan.complete)
        #expect(plan.counties.allSatisfy { $0.savings != nil })
        #expect(plan.savings != nil)
        #expect(plan.skippedStops.isEmpty)
        #expect(wall <= limit + 4)
        #expect(try PlanVerifier.verify(plan, network: network) == [])
    }
}

// The regional-hub model's own time limit (`time_limits.hubs`), apart from the county centers' `location`.
import Testing

@testable import DeliveryPlanning

struct HubTimeLimitTests {
    static func hubStage(location: Double, hubs: Double?) throws -> NetworkPlan.Stage {
        var s = FirmHubStageTests.scenario()
        s.timeLimits.location = location
        s.timeLimits.hubs = hubs
        let plan = try PlanPipeline(scenario: s).run(on: FirmHubStageTests.network())
        return try #require(plan.stages.first { $0.name == .hubs })
    }

    /// The small firm network's hub model is proven in a millisecond given time, and is not given none: so the
    /// stage's status shows which limit it ran under.
    @Test func theHubModelRunsUnderItsOwnLimitWhenSet() throws {
        #expect(try Self.hubStage(location: 60, hubs: nil).status == .optimal)
        #expect(try Self.hubStage(location: 1e-9, hubs: nil).status != .optimal)
        #expect(try Self.hubStage(location: 1e-9, hubs: 60).status == .optimal)
        #expect(try Self.hubStage(location: 60, hubs: 1e-9).status != .optimal)
    }
}

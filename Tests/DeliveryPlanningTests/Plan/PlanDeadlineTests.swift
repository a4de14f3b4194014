// The chain runs within the caller's deadline when given one, not a clock of its own started later.
import SolverControl
import Testing

@testable import DeliveryPlanning

struct PlanDeadlineTests {
    @Test func aCallersDeadlineReplacesTheScenariosTotal() throws {
        var scenario = PlanPipelineTests.scenario()
        scenario.timeLimits.total = 1e-6
        var pipeline = PlanPipeline(scenario: scenario)
        // The scenario's own clock leaves no time for hubs and routes; the caller's (unlimited) one does.
        let cut = try pipeline.run(on: LocationPlannerTests.network())
        #expect(!cut.complete && cut.stoppedBy == "time limit")
        pipeline.deadline = TimeBudget(seconds: nil)
        let plan = try pipeline.run(on: LocationPlannerTests.network())
        #expect(plan.complete)
    }

    @Test func anExhaustedDeadlineStopsTheChain() throws {
        var pipeline = PlanPipeline(scenario: PlanPipelineTests.scenario())
        pipeline.deadline = TimeBudget(seconds: 0)
        let plan = try pipeline.run(on: LocationPlannerTests.network())
        #expect(!plan.complete && plan.stoppedBy == "time limit")
        #expect(plan.stages.filter { $0.status == .timeLimit }.map(\.name) == [.hubs, .routes])
    }
}

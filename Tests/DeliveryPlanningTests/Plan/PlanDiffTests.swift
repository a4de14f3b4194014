// Tests of plan differences: none against itself; hubs, centers, assignments and costs when they change.
import Foundation
import Testing
@testable import DeliveryPlanning

struct PlanDiffTests {
    @Test func aPlanEqualsItself() throws {
        let plan = try PlanPipelineTests.shared.get()
        #expect(PlanDiff(plan, plan).isEmpty)
    }

    @Test func reportsChangedSitesAssignmentsRoutesAndCosts() throws {
        let a = try PlanPipelineTests.shared.get()
        var s = PlanPipelineTests.scenario()
        s.centers.forced = ["ts-a", "ts-b"]
        s.hubs.count = 2...2
        let b = try PlanPipeline(scenario: s).run(on: LocationPlannerTests.network())
        let diff = PlanDiff(a, b)
        #expect(!diff.isEmpty)
        #expect(Set(diff.centersOnlyInB) == Set(b.centers.map(\.id)).subtracting(a.centers.map(\.id)))
        #expect(diff.hubsOnlyInB == Array(Set(b.hubs.map(\.id)).subtracting(a.hubs.map(\.id))).sorted())
        #expect(diff.costs.contains { $0.field == "total" && $0.a == a.costs.total && $0.b == b.costs.total })
        #expect(diff.routesA == a.routes.count && diff.routesB == b.routes.count)
    }

    @Test func planFilesRoundTrip() throws {
        let plan = try PlanPipelineTests.shared.get()
        let data = try PlanFile.encode(plan)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json").path
        try data.write(to: URL(fileURLWithPath: path))
        #expect(try PlanFile.read(path) == plan)
        try Data("{\"format\": 1}".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: PlanError.self) { _ = try PlanFile.read(path) }
    }
}

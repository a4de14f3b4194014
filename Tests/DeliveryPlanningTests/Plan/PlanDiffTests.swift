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

    @Test func namesEveryDifferenceOfTwoGenuinelyDifferentPlans() throws {
        let a = try PlanPipelineTests.shared.get()
        try #require(a.hubs.count >= 1 && a.routes.count >= 2 && !a.assignments.isEmpty)
        var b = a
        // b opens another hub instead of a's first, adds a center, moves a village to it, sends a's first center
        // to the new hub, drives one route the other way round (the same route) and drops another.
        var hub = a.hubs[0]
        hub.id = "rh-other"
        b.hubs[0] = hub
        var center = a.centers[0]
        center.id = "c-other"
        b.centers.append(center)
        b.centers[0].hub = "rh-other"
        b.assignments[0].center = "c-other"
        b.routes[0].stops.reverse()
        b.routes.removeLast()
        b.costs.total += 1000
        let diff = PlanDiff(a, b)
        #expect(diff.hubsOnlyInA == [a.hubs[0].id] && diff.hubsOnlyInB == ["rh-other"])
        #expect(diff.centersOnlyInA == [] && diff.centersOnlyInB == ["c-other"])
        #expect(diff.reassigned == [a.assignments[0].node])
        #expect(diff.rehubbed == (a.centers[0].hub == "rh-other" ? [] : [a.centers[0].id]))
        #expect(diff.routesA == a.routes.count && diff.routesB == a.routes.count - 1)
        #expect(diff.routesOnlyInA == 1 && diff.routesOnlyInB == 0, "a reversed route is the same route")
        #expect(diff.costs == [PlanDiff.Change(field: "total", a: a.costs.total, b: a.costs.total + 1000)])
        #expect(!diff.isEmpty)
        let back = PlanDiff(b, a)
        #expect(back.hubsOnlyInB == [a.hubs[0].id] && back.centersOnlyInA == ["c-other"] && back.routesOnlyInB == 1)
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

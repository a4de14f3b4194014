// Tests of the whole chain on a small two-county network: stages, counts, costs, scenario effects, stopping early.
import RoadNetwork
import SolverControl
import Testing

@testable import DeliveryPlanning

struct PlanPipelineTests {
    /// A fast scenario: short routing by iterations (reproducible however loaded the machine), two hubs at most
    /// (the test network has two candidates).
    static func scenario() -> Scenario {
        var s = Scenario()
        s.hubs.count = 1...2
        s.timeLimits.routingPerCounty = 1
        s.timeLimits.routingIterations = 100
        return s
    }

    static func plan(_ scenario: Scenario = scenario()) throws -> NetworkPlan {
        try PlanPipeline(scenario: scenario).run(on: LocationPlannerTests.network())
    }

    /// The default scenario's plan, computed once for the tests that only read or alter a copy of it.
    static let shared = Result { try plan() }

    /// The verifier's findings, which must be none, and no stage may call its result "with-violations": the
    /// test scenario routes by iteration count (`routingIterations`), so the outcome does not depend on how
    /// loaded the machine is, and a router that leaves constraints broken is a failure, not an excuse.
    static func expectValid(_ plan: NetworkPlan) throws {
        let violations = try PlanVerifier.verify(plan, network: LocationPlannerTests.network())
        #expect(violations == [])
        #expect(!plan.stages.contains { $0.status == .withViolations }, "\(plan.stages.map { ($0.name, $0.status) })")
    }

    @Test func plansEveryStageAndPassesTheVerifier() throws {
        let plan = try Self.plan()
        #expect(plan.complete)
        #expect(plan.stages.map(\.name) == [.centers, .hubs, .routes])
        #expect(Set(plan.centers.map(\.county)) == ["100001", "100002"])
        #expect(plan.assignments.count == 6)
        #expect((1...2).contains(plan.hubs.count))
        #expect(plan.lines.count == plan.centers.count)
        #expect(Set(plan.routes.flatMap(\.stops)) == ["a1", "a2", "a3", "b1", "b2", "b3"])
        #expect(plan.counties.count == 2 && plan.counties.allSatisfy { $0.savings != nil })
        #expect(plan.costs.routed)
        // No gateways: no line leaves the province and no firm is paid the award; feeder lines get no subsidy.
        #expect(plan.costs.hubAward == 0 && plan.costs.tollSubsidy == 0 && plan.firms.isEmpty)
        #expect(plan.lines.allSatisfy { $0.kind == .feeder && $0.subsidy == 0 })
        try Self.expectValid(plan)
    }

    @Test func sameSeedSamePlan() throws {
        var a = try Self.plan(), b = try Self.plan()
        a.seconds = 0; b.seconds = 0
        for i in a.stages.indices { a.stages[i].seconds = 0; b.stages[i].seconds = 0 }
        #expect(a == b)
    }

    @Test func growthScalesDemandAndTargetSetsIt() throws {
        var s = Self.scenario()
        s.demand.growth = 1.5
        let grown = try Self.plan(s)
        let base = try Self.plan()
        #expect(abs(grown.parcelsPerDay - 1.5 * base.parcelsPerDay) < 1e-9)
        s.demand.targetParcelsPerYear = 1_000_000
        let target = try ScenarioNetwork(network: LocationPlannerTests.network(), scenario: s)
        #expect(abs(target.growth * base.parcelsPerYear - 1_000_000) < 1e-6)
    }

    @Test func scenarioClosuresAndForcedSitesApply() throws {
        var s = Self.scenario()
        s.centers.forced = ["ts-a"]
        s.centers.closed = ["cc-b"]
        s.hubs.forced = ["rh-2"]
        let plan = try Self.plan(s)
        #expect(plan.centers.map(\.id).contains("ts-a"))
        #expect(!plan.centers.map(\.id).contains("cc-b"))
        #expect(plan.hubs.map(\.id).contains("rh-2"))
        try Self.expectValid(plan)
    }

    @Test func aCenterHeavierThanEveryHubIsNamed() {
        var s = Self.scenario()
        s.hubs.capacity = 100
        #expect(throws: PlanError.self) { _ = try Self.plan(s) }
    }

    @Test func unknownNamesAreBadInputNamingTheKey() {
        var s = Self.scenario()
        s.hubs.closed = ["nowhere"]
        #expect(
            throws: PlanError.badInput(
                "scenario hubs.closed[0]: no regional-hub candidate has the id or name \"nowhere\"")
        ) {
            _ = try Self.plan(s)
        }
        var r = Self.scenario()
        r.closedRoads = [.init(from: "a1", to: "a2")]
        #expect(throws: PlanError.self) { _ = try Self.plan(r) }
        var c = Self.scenario()
        c.counties = ["999999"]
        #expect(throws: PlanError.self) { _ = try Self.plan(c) }
    }

    @Test func countySelectionKeepsOnlyThoseCounties() throws {
        var s = Self.scenario()
        s.counties = ["乙县"]
        let plan = try Self.plan(s)
        #expect(plan.counties.map(\.code) == ["100002"])
        #expect(Set(plan.assignments.map(\.node)) == ["b1", "b2", "b3"])
    }

    @Test func cancellationGivesAnIncompletePlan() throws {
        let token = CancellationToken()
        token.cancel()
        var pipeline = PlanPipeline(scenario: Self.scenario())
        pipeline.cancellation = token
        let plan = try pipeline.run(on: LocationPlannerTests.network())
        #expect(!plan.complete)
        #expect(plan.stoppedBy == "interrupted")
        #expect(plan.stages.contains { $0.status == .timeLimit })
    }
}

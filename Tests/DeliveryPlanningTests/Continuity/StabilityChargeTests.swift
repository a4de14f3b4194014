// Tests of `stability` with --from: moving villages costs W, the plan records moves and charge, the verifier checks.
import Testing

@testable import DeliveryPlanning

struct StabilityChargeTests {
    /// A previous plan with all four sites open and every village at its county seat's center (a3 and b3 sit
    /// nearer the towns' sites, so a free re-plan moves them).
    static func previous() throws -> NetworkPlan {
        var p = try PlanPipelineTests.shared.get()
        let template = p.centers[0]
        p.centers = [("cc-a", "100001"), ("ts-a", "100001"), ("cc-b", "100002"), ("ts-b", "100002")].map {
            var c = template
            c.id = $0.0
            c.name = $0.0
            c.county = $0.1
            return c
        }
        p.assignments = p.assignments.map { a in
            var a = a
            a.center = a.node.hasPrefix("a") ? "cc-a" : "cc-b"
            return a
        }
        // Its rounds left the villages' centers.
        p.routes = p.routes.map { r in
            var r = r
            r.center = r.stops.first?.hasPrefix("a") == true ? "cc-a" : "cc-b"
            return r
        }
        return p
    }

    static func replan(stability: Double?, years: Bool = false) throws -> NetworkPlan {
        let previous = try previous()
        var scenario = years ? ScheduleVerifierTests.scenario() : PlanPipelineTests.scenario()
        scenario.stability = stability
        var pipeline = PlanPipeline(scenario: PlanContinuity.scenario(scenario, continuing: previous))
        pipeline.previous = previous
        return try pipeline.run(on: LocationPlannerTests.network())
    }

    @Test func withoutAWeightVillagesMoveAndWithOneTheyStay() throws {
        let free = try Self.replan(stability: nil)
        let kept = try Self.replan(stability: 1e8)
        let c0 = try #require(free.continuity), c1 = try #require(kept.continuity)
        #expect(c0.villagesMoved > 0 && c0.charge == 0)
        #expect(c1.villagesMoved == 0 && c1.charge == 0)
        #expect(c0.moved.contains("a3"))
        // Staying costs parcel-km: the stability has a price.
        func parcelKm(_ p: NetworkPlan) -> Double { p.assignments.reduce(0) { $0 + $1.km * $1.parcelsPerDay } }
        #expect(parcelKm(kept) > parcelKm(free))
        for plan in [free, kept] { try PlanPipelineTests.expectValid(plan) }
        // A weight too small to matter moves the same villages and charges W for each.
        let small = try #require(try Self.replan(stability: 1).continuity)
        #expect(small.moved == c0.moved && small.charge == Double(c0.villagesMoved + small.villagesRouteMoved))
    }

    @Test func aBuildOutChargesEveryYearAVillageIsElsewhere() throws {
        let free = try Self.replan(stability: nil, years: true)
        let kept = try Self.replan(stability: 1e8, years: true)
        #expect(try #require(free.continuity).years.allSatisfy { $0.charge == 0 })
        let c = try #require(kept.continuity)
        #expect(c.years.map(\.year) == [2025, 2026, 2027])
        // No village moves; the rounds the grown demand no longer fits in one van are split, and charged.
        #expect(c.years.allSatisfy { $0.villagesMoved == 0 } && c.charge == 1e8 * Double(c.villagesRouteMoved))
        let violations = try PlanVerifier.verify(kept, network: LocationPlannerTests.network()).filter {
            !$0.hasPrefix("route ")
        }
        #expect(violations == [])
    }

    @Test func theVerifierRecomputesMovesAndCharges() throws {
        let plan = try Self.replan(stability: 500)
        let c = try #require(plan.continuity)
        #expect(c.villagesMoved > 0 && c.charge == 500 * Double(c.villagesMoved + c.villagesRouteMoved))
        func violations(_ change: (inout NetworkPlan.Continuity) -> Void) throws -> [String] {
            var p = plan
            change(&p.continuity!)
            return try PlanVerifier.verify(p, network: LocationPlannerTests.network()).filter {
                $0.hasPrefix("continuity")
            }
        }
        #expect(try violations { _ in } == [])
        #expect(try violations { $0.charge -= 500 }.contains { $0.hasPrefix("continuity.charge") })
        #expect(try violations { $0.villagesMoved += 1 }.contains { $0.hasPrefix("continuity.villagesMoved") })
        #expect(try violations { $0.moved.removeLast() }.contains { $0.hasPrefix("continuity.moved") })
        #expect(try violations { $0.stability = 0 }.contains { $0.hasPrefix("continuity.stability") })
        // Rewriting history: the previous center of a moved village made its new one, the move disappears.
        let moved = c.moved[0], now = plan.assignments.first { $0.node == moved }!.center
        #expect(
            try violations { x in
                x.previous = x.previous.map { $0.node == moved ? .init(node: moved, center: now) : $0 }
            }.contains { $0.hasPrefix("continuity.moved") })
    }

    @Test func theChangesSayWhyVillagesMoved() throws {
        let previous = try Self.previous()
        let plan = try Self.replan(stability: 500)
        let lines = PlanContinuity.changes(from: previous, to: plan)
        #expect(lines.contains { $0.contains("villages moved to another center already open") })
        #expect(lines.contains { $0.hasPrefix("stability 500 yuan a village moved") })
    }

    @Test func withoutAPreviousPlanStabilityOnlyWarns() throws {
        var scenario = PlanPipelineTests.scenario()
        scenario.stability = 500
        let plan = try PlanPipelineTests.plan(scenario)
        #expect(plan.continuity == nil)
        #expect(plan.warnings.contains { $0.hasPrefix("stability is set, but there is no previous plan") })
    }

    @Test func theScenarioReadsStability() throws {
        #expect(try ScenarioFile.parse("stability: 2000", file: "s.yaml").stability == 2000)
        #expect(throws: PlanError.self) { try ScenarioFile.parse("stability: -1", file: "s.yaml") }
    }
}

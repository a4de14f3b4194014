// Tests of the verifier's route-change check: planted wrong counts, charges and lists of changed rounds are caught.
import Foundation
import Testing

@testable import DeliveryPlanning

struct PlanVerifierRouteContinuityTests {
    /// A re-plan (W = 500) whose previous plan drove two of its rounds from one center as one: the last stop
    /// of the first and the first stop of the second had each other as neighbours, now the center; the other
    /// stops kept theirs.
    static func replan() throws -> (plan: NetworkPlan, joined: [String], previous: NetworkPlan) {
        var plan = try StabilityChargeTests.replan(stability: 500)
        var previous = try StabilityChargeTests.previous()
        let moved = Set(try #require(plan.continuity).moved)
        let rounds = plan.routes.indices.filter { !plan.routes[$0].directTrip }
        let pair = rounds.flatMap { a in rounds.map { (a, $0) } }.first { a, b in
            a < b && plan.routes[a].center == plan.routes[b].center
                && !(plan.routes[a].stops + plan.routes[b].stops).contains(where: moved.contains)
        }
        let (a, b) = try #require(pair)
        previous.routes = plan.routes
        previous.routes[a].stops += plan.routes[b].stops
        previous.routes.remove(at: b)
        plan.continuity = PlanContinuity.record(previous: previous, plan: plan)
        return (plan, [plan.routes[a].stops.last!, plan.routes[b].stops.first!], previous)
    }

    static func violations(_ plan: NetworkPlan) throws -> [String] {
        try PlanVerifier.verify(plan, network: LocationPlannerTests.network()).filter { $0.hasPrefix("continuity") }
    }

    @Test func aSplitRoundIsRecordedChargedExplainedAndVerified() throws {
        let (plan, joined, previous) = try Self.replan()
        let c = try #require(plan.continuity)
        #expect(c.routeMoved == joined.sorted() && c.villagesRouteMoved == 2)
        #expect(c.charge == 500 * Double(c.villagesMoved + c.villagesRouteMoved))
        #expect(c.previousRoutes.count == plan.routes.filter { !$0.directTrip }.count - 1)
        #expect(try Self.violations(plan) == [])
        let lines = PlanContinuity.changes(from: previous, to: plan)
        #expect(lines.contains { $0.hasPrefix("2 villages kept their center but not their route") })
        #expect(lines.contains { $0.hasPrefix("2 of them because its round was split") })
    }

    @Test func plantedRouteChangeErrorsAreCaught() throws {
        let plan = try Self.replan().plan
        func caught(_ prefix: String, _ change: (inout NetworkPlan.Continuity) -> Void) throws -> Bool {
            var p = plan
            change(&p.continuity!)
            return try Self.violations(p).contains { $0.hasPrefix(prefix) }
        }
        // A wrong count, a charge without the route moves, a changed round left out, one listed twice or made up.
        #expect(try caught("continuity.villagesRouteMoved") { $0.villagesRouteMoved += 1 })
        #expect(try caught("continuity.charge") { $0.charge -= 500 * Double($0.villagesRouteMoved) })
        #expect(try caught("continuity.routeMoved") { $0.routeMoved.removeLast() })
        #expect(try caught("continuity.routeMoved") { $0.routeMoved.append($0.routeMoved[0]) })
        #expect(try caught("continuity.routeMoved") { $0.routeMoved.append("not-a-village") })
        // Rewriting history: the previous round as it is now, nothing changed, the recorded moves are wrong.
        let now = NetworkPlan.Continuity.RouteStops.of(plan.routes)
        #expect(try caught("continuity.routeMoved") { $0.previousRoutes = now })
    }

    @Test func aPlanWrittenBeforeRouteChangesReadsWithNone() throws {
        let plan = try Self.replan().plan
        var json = String(decoding: try PlanFile.encode(plan), as: UTF8.self)
        for key in ["previousRoutes", "routeMoved", "villagesRouteMoved"] {
            #expect(json.contains("\"\(key)\""))
            json = json.replacingOccurrences(of: "\"\(key)\"", with: "\"old\(key)\"")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("old-continuity-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(json.utf8).write(to: file)
        let read = try PlanFile.read(file.path)
        #expect(read.continuity?.routeMoved == [] && read.continuity?.villagesRouteMoved == 0)
    }
}

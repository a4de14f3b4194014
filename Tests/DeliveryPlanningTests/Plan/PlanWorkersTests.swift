// Tests that counties planned on several cores give the same plan as one after another.
import FacilityLocation
import Foundation
import RoadNetwork
import SolverControl
import Testing

@testable import DeliveryPlanning

struct PlanWorkersTests {
    /// Runs `body` on a thread of its own: a pipeline with several workers blocks its caller, which must not
    /// be one of the few threads of Swift's cooperative pool the counties run on.
    static func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    /// plan.json with every timing field zeroed, as text.
    static func withoutTimes(_ plan: NetworkPlan) throws -> String {
        var p = plan
        p.seconds = 0
        for i in p.stages.indices { p.stages[i].seconds = 0 }
        return String(decoding: try PlanFile.encode(p), as: UTF8.self)
    }

    /// Small counties side by side (``RoutingFixtures/line(villages:parcels:)`` shifted north), by default four
    /// of different sizes so that "largest first" starts them out of county order.
    static func counties(_ sizes: [Int] = [5, 9, 3, 7]) -> Network {
        var nodes: [Node] = [], counties: [County] = []
        for (k, villages) in sizes.enumerated() {
            let line = RoutingFixtures.line(villages: villages)
            let code = "10000\(k + 1)"
            counties.append(County(code: code, name: "县\(k + 1)"))
            for var node in line.nodes {
                node.id = "c\(k + 1)-" + node.id
                node.county = code
                node.lat += 0.2 * Double(k)
                nodes.append(node)
            }
        }
        let line = RoutingFixtures.line()
        return Network(name: "Four counties", carriers: line.carriers, counties: counties, nodes: nodes)
    }

    /// The plan of ``counties()`` routed by iteration count (the same on any machine, however loaded).
    static func plan(workers: Int) async throws -> NetworkPlan {
        let network = counties()
        var scenario = Scenario()
        scenario.timeLimits.routingIterations = 50
        var pipeline = PlanPipeline(scenario: scenario)
        pipeline.workers = workers
        return try await onThread { [pipeline] in try pipeline.run(on: network) }
    }

    @Test func oneAndTwoWorkersGiveTheSamePlanJSON() async throws {
        let one = try await Self.plan(workers: 1)
        let two = try await Self.plan(workers: 2)
        #expect(one.complete && one.counties.count == 4)
        #expect(
            one.routes.map(\.county).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
                == ["100001", "100002", "100003", "100004"])
        #expect(one.counties.allSatisfy { $0.savings != nil })
        #expect(try Self.withoutTimes(one) == Self.withoutTimes(two))
        #expect(try PlanVerifier.verify(two, network: Self.counties()) == [])
    }

    @Test func countyByCountyCentersDoNotDependOnTheWorkers() async throws {
        let network = try NetworkFile.read(RoutingFixtures.root.appendingPathComponent("Networks/datong").path)
        func plan(_ workers: Int) async throws -> LocationPlan {
            var request = LocationRequest(model: .countyCenter)
            request.workers = workers
            return try await Self.onThread { [request] in
                try LocationPlanner.plan(network: network, request: request, matrixLimit: 1)
            }
        }
        let one = try await plan(1), two = try await plan(2)
        #expect(one.parameters["solved"] == "county by county (10 counties)")
        #expect(one.optimal && two.optimal)
        #expect(one.sites.map(\.id) == two.sites.map(\.id))
        #expect(one.assignments.map(\.site) == two.assignments.map(\.site))
        #expect(abs(one.objective - two.objective) <= 1e-9 * one.objective)
    }

    @Test func resultsComeBackInItemOrderAndTheFirstFailureInStartOrderWins() async throws {
        let squares = try await Self.onThread {
            try ParallelWork.map(count: 9, workers: 3, weight: { Double($0 % 4) }) {
                (i: Int) throws(PlanError) -> Int in i * i
            }
        }
        #expect(squares == (0..<9).map { $0 * $0 })
        // Items start 5, 4, 3, ...: item 3 fails first in that order, whichever worker count.
        for workers in [1, 2, 3] {
            let outcome = try await Self.onThread {
                Result { () throws(PlanError) -> [Int] in
                    try ParallelWork.map(count: 6, workers: workers, weight: { Double($0) }) {
                        (i: Int) throws(PlanError) -> Int in
                        if i == 1 || i == 3 { throw .infeasible("item \(i)") }
                        return i
                    }
                }
            }
            #expect(throws: PlanError.infeasible("item 3")) { try outcome.get() }
        }
    }

    @Test func countySeedsDifferByCountyAndFollowThePlanSeed() {
        let a = ParallelWork.seed(1, key: "140212"), b = ParallelWork.seed(1, key: "140213")
        #expect(a != b)
        #expect(a == ParallelWork.seed(1, key: "140212"))
        #expect(a != ParallelWork.seed(2, key: "140212"))
    }
}

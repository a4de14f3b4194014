// The search solution's invariant check: clean after loading and after moves, and it catches planted faults.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct SearchSolutionInvariantsTests {
    /// A loaded search solution on plain or rich data (5 route slots, two vehicle types when rich).
    private func loaded(rich: Bool, seed: UInt64 = 3) throws -> SearchSolution {
        let data =
            rich
            ? try TestSupport.richData(clients: 16, seed: seed)
            : try TestSupport.randomData(clients: 16, capacity: 40, seed: seed)
        let s = SearchSolution(data: data, vehicleTypeOfRoute: rich ? [0, 0, 0, 1, 1] : [0, 0, 0, 0, 0])
        s.evaluator = CostEvaluator(loadPenalty: 2, timeWarpPenalty: 1.5, distancePenalty: 0.5, coldChainPenalty: 20)
        var random = SeededGenerator(seed: seed)
        s.load(TestSupport.randomRoutes(data, routes: 5, random: &random))
        return s
    }

    /// The first route slot with at least two clients.
    private func busyRoute(_ s: SearchSolution) -> Int {
        (0..<s.numRoutes).first { s.clientCount[$0] >= 2 }!
    }

    @Test(arguments: [false, true])
    func aLoadedSolutionIsConsistent(rich: Bool) throws {
        let s = try loaded(rich: rich)
        #expect(s.invariantViolations() == [])
        s.checkInvariants()
    }

    @Test(arguments: [false, true])
    func everyNodeOperatorKeepsTheInvariants(rich: Bool) throws {
        let s = try loaded(rich: rich)
        s.prunes = false
        var random = SeededGenerator(seed: 7)
        var applied = 0
        for op in AnyNodeOperator.all {
            for _ in 0..<100 {
                let u = s.position(of: s.data.numDepots + random.next(below: s.numLocations - s.data.numDepots))
                let v = s.position(of: s.data.numDepots + random.next(below: s.numLocations - s.data.numDepots))
                guard u != v, op.evaluate(u, v, in: s) < 0 else { continue }
                s.moveCount += 1
                op.apply(u, v, in: s)
                applied += 1
                #expect(s.invariantViolations() == [], "\(op.name)")
            }
        }
        #expect(applied > 10)
    }

    @Test func catchesAStaleRouteDistance() throws {
        let s = try loaded(rich: false)
        s.routeDistance[busyRoute(s)] += 1
        #expect(s.invariantViolations().contains { $0.contains("distance") })
    }

    @Test func catchesAStalePrefixSum() throws {
        let s = try loaded(rich: false)
        s.stops[busyRoute(s) * s.stride + 1].deliveryBefore += 1
        #expect(s.invariantViolations().contains { $0.contains("prefix sums") })
    }

    @Test func catchesAWrongPositionIndex() throws {
        let s = try loaded(rich: false)
        let r = busyRoute(s)
        let client = Int(s.location(r, 1))
        s.indexOf[client] = 2
        #expect(s.invariantViolations().contains { $0.contains("client \(client) indexed") })
    }

    @Test func catchesAClientOnTwoRoutes() throws {
        let s = try loaded(rich: false)
        let r = busyRoute(s)
        // Overwrite the second client with the first: one client twice, another missing.
        let second = Int(s.location(r, 2))
        s.stops[r * s.stride + 2].location = s.location(r, 1)
        let problems = s.invariantViolations()
        #expect(problems.contains { $0.contains("client \(second) is on 0 routes") })
    }

    @Test func catchesAStaleCachedCost() throws {
        let s = try loaded(rich: true)
        s.routeCost[busyRoute(s)] -= 5
        #expect(s.invariantViolations().contains { $0.contains("cached cost") })
    }

    @Test func catchesStaleTimingData() throws {
        let s = try loaded(rich: true)
        let r = busyRoute(s)
        s.richStops[r * s.stride + 1].timeAfter.duration += 7
        #expect(s.invariantViolations().contains { $0.contains("suffix") })
        s.refresh(r)
        #expect(s.invariantViolations() == [])
        s.richStops[r * s.stride + 1].timeBefore.duration += 7
        #expect(s.invariantViolations().contains { $0.contains("prefix") })
    }
}

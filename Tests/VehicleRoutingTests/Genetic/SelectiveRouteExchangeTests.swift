// Tests of SREX: every child serves every client exactly once, keeps whole parent routes, and is reproducible.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct SelectiveRouteExchangeTests {
    private func parents(_ data: ProblemData, seed: UInt64) -> ([[Int]], [[Int]]) {
        var random = SeededGenerator(seed: seed)
        let a = TestSupport.randomRoutes(data, routes: 5, random: &random).filter { !$0.isEmpty }
        let b = TestSupport.randomRoutes(data, routes: 6, random: &random).filter { !$0.isEmpty }
        return (a, b)
    }

    @Test func everyChildServesEveryClientOnce() throws {
        let data = try TestSupport.randomData(clients: 30, seed: 9)
        var exchange = SelectiveRouteExchange(numLocations: data.numLocations)
        for seed in UInt64(1)...50 {
            let (a, b) = parents(data, seed: seed)
            var random = SeededGenerator(seed: seed &* 7)
            let child = exchange.cross(a, b, data: data, random: &random) { Double($0.count) }
            #expect(child.flatMap { $0 }.sorted() == Array(1...30))
            #expect(child.allSatisfy { !$0.isEmpty })
            #expect(child.count <= a.count + 1)
        }
    }

    @Test func theChildKeepsWholeRoutesOfTheSecondParentAndIsReproducible() throws {
        let data = try TestSupport.randomData(clients: 30, seed: 4)
        var exchange = SelectiveRouteExchange(numLocations: data.numLocations)
        let (a, b) = parents(data, seed: 3)
        var first = SeededGenerator(seed: 5), second = SeededGenerator(seed: 5)
        // Pricing every child by how few of b's routes it keeps whole picks the child with a's routes whole;
        // pricing by how many picks the one with b's moved routes whole.
        let keepsB = exchange.cross(a, b, data: data, random: &first) { child in -Double(child.count { b.contains($0) })
        }
        #expect(keepsB.contains { b.contains($0) })
        let again = exchange.cross(a, b, data: data, random: &second) { child in -Double(child.count { b.contains($0) })
        }
        #expect(keepsB == again)
    }
}

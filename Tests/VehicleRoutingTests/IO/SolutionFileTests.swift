// Tests of CVRPLIB .sol reading and writing.
import Testing

@testable import VehicleRouting

@Suite struct SolutionFileTests {
    @Test func roundTripsThroughText() throws {
        let file = SolutionFile(routes: [[3, 1], [2]], cost: 42)
        let text = file.text(extra: [("Seconds", "1.00")])
        #expect(text == "Route #1: 3 1\nRoute #2: 2\nCost 42\nSeconds 1.00\n")
        #expect(try SolutionFile.parse(text) == file)
    }

    @Test func readsThePublishedOptimumAndItVerifies() throws {
        let instance = try TestSupport.instance("A-n32-k5")
        let file = try SolutionFile.read(path: TestSupport.resource("A-n32-k5.sol"))
        #expect(file.cost == 784)
        let solution = try file.solution(for: instance)
        let report = RouteVerifier.verify(solution, data: try TestSupport.capped(instance, 5), claimedCost: 784)
        #expect(report.isFeasible)
        #expect(SolutionFile(solution, instance: instance, cost: 784) == file)
    }

    @Test func unknownCustomerIsBadInput() throws {
        let instance = try TestSupport.instance("E-n22-k4")
        let file = SolutionFile(routes: [[1, 99]], cost: nil)
        #expect(throws: RoutingError.self) { try file.solution(for: instance) }
    }

    @Test func malformedLinesAreNamed() {
        #expect(throws: RoutingError.badInput("x.sol:2: 'a' is not a customer number")) {
            try SolutionFile.parse("Route #1: 1 2\nRoute #2: a\n", file: "x.sol")
        }
    }
}

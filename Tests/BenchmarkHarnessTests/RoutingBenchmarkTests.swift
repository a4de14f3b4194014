// Tests of the routing benchmark's rows and tables: CSV round trip (for --resume), gaps and summaries.
import Foundation
import Testing

@testable import BenchmarkHarness

@Suite struct RoutingBenchmarkTests {
    private let instance = RoutingBenchInstance(
        name: "P-n55-k8", set: "P", customers: 54, bks: 588, reference: 576,
        fleet: 8, path: "P/P-n55-k8.vrp", note: "")

    private func row(ours: Int?, pyvrp: Int?) -> RoutingBenchRow {
        RoutingBenchRow(
            instance: instance, timeLimit: 10,
            ours: RoutingBenchResult(cost: ours, routes: 7, seconds: 10.01, feasible: ours != nil),
            iterations: 1234,
            pyvrp: pyvrp.map { RoutingBenchResult(cost: $0, routes: 7, seconds: 10, feasible: true) },
            ortools: RoutingBenchResult(cost: 600, routes: 8, seconds: 10, feasible: true))
    }

    @Test func csvRowsReadBackForResuming() throws {
        let original = row(ours: 582, pyvrp: 576)
        let parsed = try #require(RoutingBenchRow(csv: Substring(original.csv), instances: ["P-n55-k8": instance]))
        #expect(parsed.ours.cost == 582)
        #expect(parsed.iterations == 1234)
        #expect(parsed.pyvrp?.cost == 576)
        #expect(parsed.ortools?.cost == 600)
        #expect(
            original.csv.split(separator: ",", omittingEmptySubsequences: false).count
                == RoutingBenchRow.csvHeader.split(separator: ",").count)
    }

    @Test func gapsAreAgainstTheReference() {
        #expect(abs((row(ours: 582, pyvrp: nil).ours.gap(to: 576) ?? 0) - 100.0 * 6 / 576) < 1e-9)
        #expect(row(ours: nil, pyvrp: nil).ours.gap(to: 576) == nil)
    }

    @Test func summaryComparesWithThePeers() {
        let markdown = RoutingBenchReport.markdown([row(ours: 582, pyvrp: 579)], context: "test")
        #expect(markdown.contains("| A, B, E, P | 1 | 1.042 | 1.042 | 0 | 0 | 0.52 | 2.00 | 1/1 |"))
    }
}

@Suite struct RoutingBenchSummaryGroupTests {
    @Test(arguments: [
        ("A", "A, B, E, P"), ("P", "A, B, E, P"), ("X", "X"), ("solomon", "Solomon"),
        ("homberger_200", "Homberger"),
    ])
    func setsLandInTheirSummaryRow(set: String, group: String) {
        let instance = RoutingBenchInstance(
            name: "n", set: set, customers: 1, bks: 1, reference: 1, fleet: nil,
            path: "", note: "")
        #expect(RoutingBenchReport.summaryGroup(instance) == group)
    }
}

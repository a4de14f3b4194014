// Tests of the large-instance benchmark: the rural family's files and the side-by-side table.
import Foundation
import Testing

@testable import BenchmarkHarness

@Suite struct ScaleBenchmarkTests {
    @Test func ruralInstancesAreDeterministicVRPLIB() {
        let text = RuralInstances.vrplib(customers: 120, seed: 1)
        #expect(text == RuralInstances.vrplib(customers: 120, seed: 1))
        #expect(text != RuralInstances.vrplib(customers: 120, seed: 2))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("DIMENSION : 121"))
        #expect(lines.contains("CAPACITY : \(RuralInstances.capacity)"))
        let coordinates = lines.drop { $0 != "NODE_COORD_SECTION" }.dropFirst().prefix { $0 != "DEMAND_SECTION" }
        let demands = lines.drop { $0 != "DEMAND_SECTION" }.dropFirst().prefix { $0 != "DEPOT_SECTION" }
        #expect(coordinates.count == 121 && demands.count == 121)
        for line in coordinates {
            let fields = line.split(separator: " ").compactMap { Int($0) }
            #expect(fields.count == 3 && (0...6_000).contains(fields[1]) && (0...6_000).contains(fields[2]))
        }
        let parcels = demands.dropFirst().map { Int($0.split(separator: " ")[1])! }
        #expect(parcels.allSatisfy { (1...RuralInstances.capacity).contains($0) })
    }

    private func row(
        _ family: ScaleBenchInstance.Family, ours: Int?, pyvrp: Int?, name: String = "i", seed: UInt64 = 0
    ) -> ScaleBenchRow {
        ScaleBenchRow(
            instance: ScaleBenchInstance(name: name, family: family, customers: 500, bks: 1000, path: ""),
            timeLimit: 60, seed: seed,
            ours: RoutingBenchResult(
                cost: ours, routes: 9, seconds: 60, feasible: ours != nil,
                iterations: 300),
            pyvrp: RoutingBenchResult(
                cost: pyvrp, routes: 9, seconds: 60, feasible: pyvrp != nil,
                iterations: 6000))
    }

    @Test func ratiosAndIterationRates() {
        let r = row(.cvrp, ours: 1010, pyvrp: 1000)
        #expect(abs(r.costRatio! - 1.01) < 1e-12)
        #expect(abs(r.speedRatio! - 0.05) < 1e-12)
        #expect(row(.cvrp, ours: nil, pyvrp: 1000).costRatio == nil)
        #expect(
            r.csv.split(separator: ",", omittingEmptySubsequences: false).count
                == ScaleBenchRow.csvHeader.split(separator: ",").count)
    }

    @Test func theSeedIsTheLastColumn() {
        let fields = row(.cvrp, ours: 1010, pyvrp: 1000, seed: 7).csv.split(separator: ",")
        #expect(fields.last == "7")
        #expect(ScaleBenchRow.csvHeader.split(separator: ",").last == "seed")
    }

    @Test func theSummaryCountsRunsWithoutASolution() {
        let rows = [
            row(.vrptw, ours: 1010, pyvrp: 1000, name: "a"), row(.vrptw, ours: nil, pyvrp: 1000, name: "b"),
            row(.vrptw, ours: 990, pyvrp: 1000, name: "c"),
        ]
        let markdown = ScaleBenchReport.markdown(rows, context: "test")
        #expect(markdown.contains("| VRPTW Homberger | 3 | 1.0000 | 1.0100 | 1 | 1 / 0 | 0.05 | 0.000 / 0.000 |"))
    }

    @Test func theSummaryAveragesGapsOverTheInstancesWhereBothHaveOne() {
        // Best known 1,000 everywhere: ours 1% and 3% above it, PyVRP's 0% and 2%; the run without a
        // solution of ours is left out of both means.
        let rows = [
            row(.cvrp, ours: 1010, pyvrp: 1000, name: "a"), row(.cvrp, ours: 1030, pyvrp: 1020, name: "b"),
            row(.cvrp, ours: nil, pyvrp: 1100, name: "c"),
        ]
        let markdown = ScaleBenchReport.markdown(rows, context: "test")
        #expect(markdown.contains("| CVRP X | 3 | 1.0099 | 1.0100 | 2 | 1 / 0 | 0.05 | 2.000 / 1.000 |"))
        #expect(!markdown.contains("Means over seeds"))
    }

    @Test func seedsOfOneInstanceAreComparedByTheirMeans() {
        // Instance a: ours 1,030 and 990 (mean 1,010), PyVRP 1,000 and 1,020 (mean 1,010): ratio 1, although
        // seed 0 alone is 1.03 above. Instance b: one seed, 1,010 / 1,000. Seed 2 of a: PyVRP found nothing.
        let rows = [
            row(.vrptw, ours: 1030, pyvrp: 1000, name: "a", seed: 0),
            row(.vrptw, ours: 990, pyvrp: 1020, name: "a", seed: 1),
            row(.vrptw, ours: 900, pyvrp: nil, name: "a", seed: 2),
            row(.vrptw, ours: 1010, pyvrp: 1000, name: "b", seed: 0),
        ]
        let groups = ScaleBenchInstanceRuns.grouped(rows)
        #expect(groups.map(\.instance.name) == ["a", "b"])
        #expect(groups.map(\.runs.count) == [3, 1])
        #expect(abs(groups[0].costRatio! - 1) < 1e-12)
        #expect(abs(groups[1].costRatio! - 1.01) < 1e-12)
        let markdown = ScaleBenchReport.markdown(rows, context: "test")
        #expect(markdown.contains("| a | 0, 1, 2 | 1010 | 990-1030 | 1010 | 1000-1020 | 1.0000 |"))
        #expect(markdown.contains("| b | 0 | 1010 | 1010-1010 | 1000 | 1000-1000 | 1.0100 |"))
        // Two instances; mean of 1 and 1.01; worst 1.01; one above 1.005; one run without PyVRP's solution.
        #expect(markdown.contains("| VRPTW Homberger | 2 | 1.0050 | 1.0100 | 1 | 0 / 1 |"))
    }
}

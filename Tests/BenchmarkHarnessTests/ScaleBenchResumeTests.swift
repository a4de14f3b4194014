// Tests of reading a scale.csv back for --resume: the rebuilt rows report what the written ones did.
import Foundation
import Testing

@testable import BenchmarkHarness

@Suite struct ScaleBenchResumeTests {
    private func row(
        _ family: ScaleBenchInstance.Family, ours: Int?, pyvrp: Int??, name: String, bks: Int? = 1000,
        seed: UInt64 = 0
    ) -> ScaleBenchRow {
        ScaleBenchRow(
            instance: ScaleBenchInstance(name: name, family: family, customers: 500, bks: bks, path: "p"),
            timeLimit: 1200, seed: seed,
            ours: RoutingBenchResult(cost: ours, routes: 9, seconds: 1200.5, feasible: ours != nil, iterations: 480),
            pyvrp: pyvrp.map { cost in
                RoutingBenchResult(cost: cost, routes: 7, seconds: 1199, feasible: cost != nil, iterations: 9000)
            })
    }

    private var rows: [ScaleBenchRow] {
        [
            row(.cvrp, ours: 1010, pyvrp: 1000, name: "X-n502-k39", seed: 3),
            row(.vrptw, ours: nil, pyvrp: 1000, name: "R2_4_1"),
            row(.rural, ours: 70_000, pyvrp: .some(nil), name: "rural-n500-s1", bks: nil),
            row(.rural, ours: 71_000, pyvrp: .none, name: "rural-n500-s2", bks: nil),
        ]
    }

    private func table(_ rows: [ScaleBenchRow]) -> String {
        ([ScaleBenchRow.csvHeader] + rows.map(\.csv)).joined(separator: "\n") + "\n"
    }

    @Test func rowsReadBackWriteTheSameTableAndReport() throws {
        let read = try ScaleBenchRow.rows(fromCSV: table(rows), file: "scale.csv")
        #expect(table(read) == table(rows))
        #expect(ScaleBenchReport.markdown(read, context: "c") == ScaleBenchReport.markdown(rows, context: "c"))
        #expect(read.map(\.instance.name) == rows.map(\.instance.name))
        #expect(read.map(\.seed) == [3, 0, 0, 0])
        #expect(read[0].ours.routes == 9 && read[0].ours.feasible && !read[1].ours.feasible)
        #expect(read[3].pyvrp == nil)
    }

    @Test func anotherHeaderIsRefused() {
        let old = table(rows).replacingOccurrences(of: ",seed\n", with: "\n")
        #expect(throws: (any Error).self) { try ScaleBenchRow.rows(fromCSV: old, file: "scale.csv") }
    }

    @Test func aBadFieldIsNamedWithItsLine() {
        let bad = table(rows).replacingOccurrences(
            of: "R2_4_1,VRPTW Homberger,500", with: "R2_4_1,VRPTW Homberger,many")
        do {
            _ = try ScaleBenchRow.rows(fromCSV: bad, file: "out/scale.csv")
            Issue.record("a bad customer count was read")
        } catch {
            #expect("\(error)".contains("out/scale.csv line 3: customers 'many'"))
        }
        let family = table(rows).replacingOccurrences(of: "CVRP X", with: "TSP")
        do {
            _ = try ScaleBenchRow.rows(fromCSV: family, file: "scale.csv")
            Issue.record("an unknown family was read")
        } catch {
            #expect("\(error)".contains("scale.csv line 2: family 'TSP'"))
        }
    }

    @Test func sittingsAreOrderedAsOneRunWouldBe() {
        let instances = ["b", "a"].map {
            ScaleBenchInstance(name: $0, family: .cvrp, customers: 500, bks: 1000, path: "")
        }
        let rows = [
            row(.cvrp, ours: 1, pyvrp: 1, name: "a", seed: 1), row(.cvrp, ours: 2, pyvrp: 1, name: "c", seed: 0),
            row(.cvrp, ours: 3, pyvrp: 1, name: "b", seed: 1), row(.cvrp, ours: 4, pyvrp: 1, name: "a", seed: 0),
            row(.cvrp, ours: 5, pyvrp: 1, name: "b", seed: 7), row(.cvrp, ours: 6, pyvrp: 1, name: "b", seed: 0),
        ]
        // Outside the selection first (c; b's seed 7), then b's seeds 0 and 1, then a's.
        let ordered = ScaleBenchRow.ordered(rows, instances: instances, seeds: [0, 1])
        #expect(ordered.map { $0.ours.cost! } == [2, 5, 6, 3, 4, 1])
    }
}

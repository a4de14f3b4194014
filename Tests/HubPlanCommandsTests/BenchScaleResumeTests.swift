// `hubplan-bench scale --resume` as a user runs it: a second sitting adds only the runs the first one lacks.
import Foundation
import Testing

@Suite struct BenchScaleResumeTests {
    private func scale(_ out: String, seeds: String, limit: String = "5", resume: Bool) throws -> HubPlanRun {
        try HubPlanProcess.run(
            [
                "scale", "--families", "rural", "--rural-sizes", "40", "--rural-seeds", "1", "--no-peers",
                "--iterations", "30", "--time-limit", limit, "--seeds", seeds, "--out", out,
            ] + (resume ? ["--resume"] : []), executable: HubPlanProcess.bench)
    }

    @Test func aSecondSittingRunsOnlyTheMissingSeeds() throws {
        let out = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let first = try scale(out, seeds: "0", resume: false)
        #expect(first.status == 0, "\(first.stderr)")
        let firstTable = try String(contentsOfFile: out + "/scale.csv", encoding: .utf8)
        let second = try scale(out, seeds: "0,1", resume: true)
        #expect(second.status == 0, "\(second.stderr)")
        // Only seed 1 ran; seed 0's line is the first sitting's, unchanged.
        #expect(!second.stderr.contains("seed 0:") && second.stderr.contains("rural-n40-s1 seed 1:"))
        let lines = try String(contentsOfFile: out + "/scale.csv", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3 && firstTable.split(separator: "\n") == Array(lines.prefix(2)))
        #expect(second.stdout.contains("1 of the 2 runs come from earlier sittings (--resume)"))
        // Another budget is refused, naming the table and the instance, and leaves the table alone.
        let other = try scale(out, seeds: "0,1", limit: "6", resume: true)
        #expect(other.status == 2)
        #expect(other.stderr.contains("scale.csv: rural-n40-s1 ran with 5 s, this run gives 6 s"))
        #expect(try String(contentsOfFile: out + "/scale.csv", encoding: .utf8).split(separator: "\n") == lines)
    }
}

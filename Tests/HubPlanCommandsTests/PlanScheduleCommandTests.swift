// Tests of `hubplan plan` with `years`: build-out lines show each hub's tier per year; `diff --years` compares them.
import Foundation
import Testing

struct PlanScheduleCommandTests {
    @Test func buildOutLinesShowEachYearsHubTiersAndThePlanVerifies() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let out = (dir as NSString).appendingPathComponent("out")
        let scenario = try PlanCommandTests.scenario(
            in: dir,
            extra: """
                years:
                  steps: [{year: 2026, growth: 1}, {year: 2027, growth: 3}]
                  hub_tiers:
                    - {name: S, parcels_per_day: 2000, capital: 1000000, operating_per_year: 100000}
                    - {name: M, parcels_per_day: 6000, capital: 2500000, operating_per_year: 200000}

                """)
        let run = try HubPlanProcess.run(["plan", PlanCommandTests.network, "--scenario", scenario, "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let years = lines.filter { $0.hasPrefix("  2026: ") || $0.hasPrefix("  2027: ") }
        #expect(lines.contains("build-out (yuan, undiscounted):") && years.count == 2, "\(run.stdout)")
        #expect(years.allSatisfy { $0.contains("; hubs ") && $0.contains("line-haul") }, "\(years)")
        let verify = try HubPlanProcess.run(["verify", PlanCommandTests.network, out])
        #expect(verify.status == 0, "\(verify.stdout)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/plan.json"))
        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(String(decoding: data, as: UTF8.self).contains("\"hubTiers\""))
        #expect(html.contains("schedule-hubs"))
        // `hubplan diff` between the plan's years: what 2027 adds to 2026; a year the plan lacks is bad input.
        let diff = try HubPlanProcess.run(["diff", out, "--years", "2026", "2027"])
        #expect(diff.status == 0 && diff.stdout.hasPrefix("2026 -> 2027"), "\(diff.stdout)\(diff.stderr)")
        #expect(diff.stdout.contains("lineHaul"), "line-haul grows with the parcels: \(diff.stdout)")
        let missing = try HubPlanProcess.run(["diff", out, "--years", "2026", "2030"])
        #expect(missing.status == 2 && missing.stderr.contains("2030 is not a year"), "\(missing.stderr)")
        let twoPlans = try HubPlanProcess.run(["diff", out, out, "--years", "2026", "2027"])
        #expect(twoPlans.status == 2, "\(twoPlans.stderr)")
    }
}

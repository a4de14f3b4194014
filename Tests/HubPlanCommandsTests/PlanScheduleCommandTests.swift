// Tests of `hubplan plan` with `years`: the terminal summary's build-out lines show each hub's tier per year.
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
    }
}

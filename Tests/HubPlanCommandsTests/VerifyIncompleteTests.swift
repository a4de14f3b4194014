// `hubplan verify` on a plan cut short: exit 1 saying so, or a warning with --allow-incomplete.
import Foundation
import Testing

struct VerifyIncompleteTests {
    @Test func anIncompletePlanExitsOneUnlessAllowed() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let out = (dir as NSString).appendingPathComponent("out")
        let network = PlanCommandTests.network
        let made = try HubPlanProcess.run([
            "plan", network, "--scenario", try PlanCommandTests.scenario(in: dir),
            "--out", out, "--quiet",
        ])
        #expect(made.status == 0, "\(made.stderr)")
        let path = (out as NSString).appendingPathComponent("plan.json")
        var json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        #expect(try HubPlanProcess.run(["verify", network, out]).status == 0)
        json["complete"] = false
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))

        let refused = try HubPlanProcess.run(["verify", network, out])
        #expect(refused.status == 1, "\(refused.stdout)")
        #expect(refused.stdout.contains("incomplete: the plan is incomplete (\"complete\": false"), "\(refused.stdout)")
        #expect(!refused.stdout.contains("ok:"))
        let report = try HubPlanProcess.run(["verify", network, out, "--json"])
        #expect(report.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as! [String: Any]
        #expect(parsed["complete"] as? Bool == false && parsed["valid"] as? Bool == false)

        let allowed = try HubPlanProcess.run(["verify", network, out, "--allow-incomplete"])
        #expect(allowed.status == 0, "\(allowed.stdout)\(allowed.stderr)")
        #expect(allowed.stderr.contains("warning: the plan is incomplete"))
    }
}

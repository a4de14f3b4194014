// Test support: `hubplan plan` then `hubplan verify` on a network, both expected to succeed; the plan.json read back.
import Foundation
import Testing

extension HubPlanProcess {
    /// Plans `network` with `scenario` into `out`, expects exit 0 from the plan and from `verify`, and returns
    /// plan.json.
    static func planAndVerify(_ network: String, scenario: String, out: String) throws -> [String: Any] {
        let plan = try run(["plan", network, "--scenario", scenario, "--out", out, "--quiet"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let verify = try run(["verify", network, out])
        #expect(verify.status == 0, "\(verify.stdout)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/plan.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}

// `hubplan verify` on a tampered policy plan: a subsidy above the cap, an award paid twice, a subsidised feeder line.
import Foundation
import Testing

struct PolicyVerifyCommandTests {
    /// The Yanggao sample with two gateways (Beijing outside Shanxi, Taiyuan inside), written to `folder`.
    static func network(in folder: String) throws -> String {
        let source = HubPlanProcess.root.appendingPathComponent("Networks/samples/yanggao/network.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as! [String: Any]
        let carriers = (json["carriers"] as! [[String: Any]]).map { $0["id"] as! String }
        func flows(_ x: Double) -> [String: Double] { Dictionary(uniqueKeysWithValues: carriers.map { ($0, x) }) }
        var nodes = json["nodes"] as! [[String: Any]]
        for (id, province, lon, lat) in [("gw-beijing", "11", 116.407, 39.904), ("gw-taiyuan", "14", 112.549, 37.870)] {
            nodes.append([
                "id": id, "name": id, "kind": "gateway", "lon": lon, "lat": lat,
                "gateway": ["province": province, "inbound": flows(100), "outbound": flows(50), "transit": flows(10)],
            ])
        }
        json["nodes"] = nodes
        let path = (folder as NSString).appendingPathComponent("network.json")
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Plans once, then verifies the plan after `tamper`; returns exit status and output.
    static func verifyTampered(_ tamper: (inout [String: Any]) -> Void) throws -> (status: Int32, stdout: String) {
        let dir = try HubPlanProcess.scratchFolder()
        let network = try network(in: dir)
        let out = (dir as NSString).appendingPathComponent("out")
        let scenario = (dir as NSString).appendingPathComponent("s.yaml")
        try "name: policy\nhubs: {count: 1}\ntime_limits: {routing_per_county: 0.3}\n".write(
            toFile: scenario, atomically: true, encoding: .utf8)
        let plan = try HubPlanProcess.run(["plan", network, "--scenario", scenario, "--out", out, "--quiet"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let path = (out as NSString).appendingPathComponent("plan.json")
        var json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        tamper(&json)
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        let run = try HubPlanProcess.run(["verify", network, path])
        return (run.status, run.stdout)
    }

    @Test func subsidyAboveTheCapAwardTwiceAndSubsidisedFeederExitOne() throws {
        let run = try Self.verifyTampered { json in
            var firms = json["firms"] as! [[String: Any]]
            firms[0]["tollSubsidy"] = 750_000.0
            firms[1]["award"] = 600_000.0
            json["firms"] = firms
            var lines = json["lines"] as! [[String: Any]]
            let i = lines.firstIndex { $0["kind"] as? String == "feeder" && $0["firm"] as? String == "sf" }!
            lines[i]["subsidy"] = 1_000.0
            json["lines"] = lines
        }
        #expect(run.status == 1)
        #expect(run.stdout.contains("firm ems: toll subsidy 750000.00 above the cap 500000.00 a year"), "\(run.stdout)")
        #expect(
            run.stdout.contains("firm sf: award 600000.00 is more than 300000.00 paid once per firm"), "\(run.stdout)")
        #expect(
            run.stdout.contains("firm sf line ") && run.stdout.contains("subsidy 1000.00 on a feeder line"),
            "\(run.stdout)")
    }
}

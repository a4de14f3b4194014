// `hubplan shards` and `hubplan merge` end to end on Wuhai (3 counties): merged and verified, a missing shard
// refused (exit 2), a planted cost error in a shard caught by the verifier (exit 1).
import Foundation
import Testing

struct ShardsMergeCommandTests {
    @Test func wuhaiByCountyMergesVerifiedAndFaultsAreCaught() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let data = HubPlanProcess.root.appendingPathComponent("Networks/sources").path
        let shards = (dir as NSString).appendingPathComponent("shards")
        let made = try HubPlanProcess.run([
            "shards", "--region", "1503", "--by", "county", "--data", data, "--out", shards,
        ])
        #expect(made.status == 0, "\(made.stderr)")
        let manifest = try String(
            contentsOfFile: (shards as NSString).appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        #expect(
            manifest.split(separator: "\n").count == 3
                && manifest.hasPrefix("{\"counties\":[\"150302\"],\"id\":0,\"region\":\"150302\""))
        let scenario = (dir as NSString).appendingPathComponent("s.yaml")
        try "name: s\ntime_limits: {routing_iterations: 20}\n".write(
            toFile: scenario, atomically: true, encoding: .utf8)
        for (id, region) in ["150302", "150303", "150304"].enumerated() {
            let net = "\(shards)/\(id)/network"
            #expect(
                try HubPlanProcess.run(["network", "synthesize", "--region", region, "--data", data, "--out", net])
                    .status == 0)
            let plan = try HubPlanProcess.run([
                "plan", net, "--scenario", scenario, "--quiet", "--workers", "1", "--out", "\(shards)/\(id)",
            ])
            #expect(plan.status == 0, "\(plan.stderr)")
        }
        let whole = "\(shards)/network"
        #expect(
            try HubPlanProcess.run(["network", "synthesize", "--region", "1503", "--data", data, "--out", whole]).status
                == 0)
        let merged = try HubPlanProcess.run(["merge", shards, "--network", whole, "--out", "\(dir)/plan"])
        #expect(merged.status == 0, "\(merged.stdout)\(merged.stderr)")
        #expect(merged.stdout.contains("merged 3 shards: 3 counties") && merged.stdout.contains("ok: verified"))
        #expect(try HubPlanProcess.run(["verify", whole, "\(dir)/plan"]).status == 0)

        // A route's cost off by 1000 yuan in the first shard with routes: the verifier on the merged plan finds it.
        let routed = try (0..<3).first { id in
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(shards)/\(id)/plan.json"))
            return !((try JSONSerialization.jsonObject(with: data) as! [String: Any])["routes"] as! [Any]).isEmpty
        }
        let id = try #require(routed)
        let path = "\(shards)/\(id)/plan.json"
        var json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        var routes = json["routes"] as! [[String: Any]]
        routes[0]["cost"] = (routes[0]["cost"] as! Double) + 1000
        json["routes"] = routes
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        let caught = try HubPlanProcess.run(["merge", shards, "--network", whole, "--out", "\(dir)/bad"])
        #expect(caught.status == 1 && caught.stdout.contains("violation:"), "\(caught.stdout)\(caught.stderr)")

        try FileManager.default.removeItem(atPath: path)
        let missing = try HubPlanProcess.run(["merge", shards, "--network", whole, "--out", "\(dir)/missing"])
        #expect(missing.status == 2 && missing.stderr.contains("\(id)/plan.json"), "\(missing.stderr)")
    }
}

// `hubplan shards`, `plan --manifest --shard` and `merge` end to end on Wuhai (3 counties): merged, verified and
// equal in cost to the one-machine plan; a missing shard refused (exit 2), a planted cost error caught (exit 1).
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
        for id in 0..<3 {
            let plan = try HubPlanProcess.run([
                "plan", "--manifest", "\(shards)/manifest.jsonl", "--shard", "\(id)", "--data", data, "--seed", "2027",
                "--scenario", scenario, "--quiet", "--workers", "1", "--out", "\(shards)/\(id)",
            ])
            #expect(plan.status == 0, "\(plan.stderr)")
            #expect(try HubPlanProcess.run(["verify", "\(shards)/\(id)/network.json", "\(shards)/\(id)"]).status == 0)
        }
        let merged = try HubPlanProcess.run(["merge", shards, "--data", data, "--out", "\(dir)/plan"])
        #expect(merged.status == 0, "\(merged.stdout)\(merged.stderr)")
        #expect(merged.stdout.contains("merged 3 shards: 3 counties") && merged.stdout.contains("ok: verified"))
        let whole = "\(dir)/plan/network.json"
        #expect(try HubPlanProcess.run(["verify", whole, "\(dir)/plan"]).status == 0)

        // The one-machine plan of the whole region costs what the merged plan costs.
        let one = try HubPlanProcess.run([
            "plan", whole, "--seed", "2027", "--scenario", scenario, "--quiet", "--workers", "1", "--out", "\(dir)/one",
        ])
        #expect(one.status == 0, "\(one.stderr)")
        func total(_ path: String) throws -> Double {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
            return ((json as! [String: Any])["costs"] as! [String: Any])["total"] as! Double
        }
        let (a, b) = (try total("\(dir)/plan/plan.json"), try total("\(dir)/one/plan.json"))
        #expect(abs(a - b) <= 1e-6 * b, "merged \(a), one machine \(b)")

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

    @Test func theNationByProvinceAndBadShardFlags() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let data = HubPlanProcess.root.appendingPathComponent("Networks/sources").path
        let made = try HubPlanProcess.run([
            "shards", "--region", "00", "--by", "province", "--data", data, "--out", dir,
        ])
        #expect(made.status == 0, "\(made.stderr)")
        let lines = try String(contentsOfFile: "\(dir)/manifest.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 31 && lines[0].contains("\"region\":\"11\"") && lines[30].contains("\"region\":\"65\""))
        #expect(
            try HubPlanProcess.run(["shards", "--region", "13", "--by", "province", "--data", data, "--out", dir])
                .status == 2)
        let beyond = try HubPlanProcess.run([
            "plan", "--manifest", "\(dir)/manifest.jsonl", "--shard", "31", "--data", data, "--out", "\(dir)/31",
        ])
        #expect(beyond.status == 2 && beyond.stderr.contains("has 31 shards"), "\(beyond.stderr)")
        let alone = try HubPlanProcess.run(["plan", "--shard", "0", "--out", "\(dir)/x"])
        #expect(alone.status == 2 && alone.stderr.contains("--manifest and --shard go together"), "\(alone.stderr)")
    }
}

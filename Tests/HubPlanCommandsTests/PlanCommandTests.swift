// Tests of `hubplan plan`, `verify`, `diff` and `sweep` as a planner runs them: files, exit codes, messages.
import Foundation
import Testing

struct PlanCommandTests {
    static let network = HubPlanProcess.root.appendingPathComponent("Networks/samples/yanggao").path

    /// A scenario with short routing by iteration count (the same routes however loaded the machine), written
    /// to `folder`.
    static func scenario(in folder: String, extra: String = "") throws -> String {
        let path = (folder as NSString).appendingPathComponent("s.yaml")
        let limits =
            extra.contains("time_limits") ? "" : "time_limits: {routing_per_county: 0.5, routing_iterations: 200}\n"
        try "name: test\nnetwork: \(network)\n\(limits)\(extra)".write(
            toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func planWritesFourFilesThatVerify() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let out = (dir as NSString).appendingPathComponent("out")
        let run = try HubPlanProcess.run([
            "plan", Self.network, "--scenario", try Self.scenario(in: dir), "--out", out, "--json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(summary["complete"] as? Bool == true)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        // Atomic writes leave no temporary files behind.
        #expect(files == ["counties", "plan.geojson", "plan.json", "plan.xlsx", "report.html", "summary.csv"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: (out as NSString).appendingPathComponent("counties"))
                == ["140221.html"])
        let csv = try Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent("summary.csv")))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let report = try String(
            contentsOfFile: (out as NSString).appendingPathComponent("report.html"), encoding: .utf8)
        #expect(report.contains("<html lang=\"zh-CN\">") && report.contains("县界：天地图"))
        let verify = try HubPlanProcess.run(["verify", Self.network, out])
        #expect(verify.status == 0, "\(verify.stdout)")
        let diff = try HubPlanProcess.run(["diff", out, (out as NSString).appendingPathComponent("plan.json")])
        #expect(diff.status == 0 && diff.stdout == "no differences\n")
    }

    @Test func languageFromTheScenarioNoBOMAndProgressToAPipe() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let out = (dir as NSString).appendingPathComponent("out")
        let scenario = try Self.scenario(in: dir, extra: "lang: en\n")
        let run = try HubPlanProcess.run(["plan", Self.network, "--scenario", scenario, "--out", out, "--no-bom"])
        #expect(run.status == 0, "\(run.stderr)")
        // stderr is a pipe here: one line per county, with the phase and the count.
        #expect(run.stderr.contains("routes: 1/1 counties") && !run.stderr.contains("\r"))
        let report = try String(
            contentsOfFile: (out as NSString).appendingPathComponent("report.html"), encoding: .utf8)
        #expect(report.contains("<html lang=\"en\">") && report.contains("<h2>Key figures</h2>"))
        let csv = try Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent("summary.csv")))
        #expect(csv.first == UInt8(ascii: "c"))
        let quiet = try HubPlanProcess.run([
            "plan", Self.network, "--scenario", scenario, "--out", out, "--quiet", "--lang", "zh",
        ])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty && quiet.stdout.isEmpty)
        let zh = try String(contentsOfFile: (out as NSString).appendingPathComponent("report.html"), encoding: .utf8)
        #expect(zh.contains("<h2>主要指标</h2>"))
        let bad = try HubPlanProcess.run(["plan", Self.network, "--lang", "fr", "--out", out])
        #expect(bad.status == 2 && bad.stderr.contains("--lang must be zh or en"))
        let outlines = try HubPlanProcess.run(["plan", Self.network, "--boundaries", "/no/such/folder", "--out", out])
        #expect(outlines.status == 2 && outlines.stderr.contains("--boundaries /no/such/folder: no such folder"))
    }

    @Test func verifyExitsOneListingViolations() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let out = (dir as NSString).appendingPathComponent("out")
        #expect(
            try HubPlanProcess.run([
                "plan", Self.network, "--scenario", try Self.scenario(in: dir), "--out", out, "--quiet",
            ]).status == 0)
        let path = (out as NSString).appendingPathComponent("plan.json")
        var json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        var assignments = json["assignments"] as! [[String: Any]]
        let dropped = assignments.removeFirst()["node"] as! String
        json["assignments"] = assignments
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        let run = try HubPlanProcess.run(["verify", Self.network, path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("violation: demand point \(dropped): assigned 0 times"))
    }

    @Test func workersBelowOneExitTwo() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let run = try HubPlanProcess.run(["plan", Self.network, "--workers", "0", "--out", dir])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--workers must be at least 1"))
    }

    @Test func badScenarioExitsTwoNamingFileLineAndKey() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let scenario = try Self.scenario(in: dir, extra: "hubs:\n  count: many\n")
        let run = try HubPlanProcess.run(["plan", Self.network, "--scenario", scenario, "--out", dir])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(scenario):5: hubs.count: expected a number or a range"))
        #expect(!FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent("plan.json")))
    }

    @Test func sweepWritesOneRowPerPoint() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let out = (dir as NSString).appendingPathComponent("sweep")
        let run = try HubPlanProcess.run([
            "sweep", try Self.scenario(in: dir, extra: "time_limits: {routing_per_county: 0.2}\n"), "--vary",
            "growth=1,2",
            "--vary", "hubs=1", "--out", out, "--quiet",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent("sweep.csv")))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix("growth,hubs,status"))
        #expect(rows[1].hasPrefix("1,1,ok") && rows[2].hasPrefix("2,1,"))
        for name in ["sweep.json", "sweep.html", "point-1/report.html"] {
            #expect(FileManager.default.fileExists(atPath: (out as NSString).appendingPathComponent(name)))
        }
    }
}

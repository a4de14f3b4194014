// `hubplan plan` with a bus_lines file: a bad file exits 2 naming file, line and field; a good one is planned on.
import Foundation
import Testing

struct BusLinesFileCommandTests {
    /// The Yanggao sample's scenario with `bus_lines: {file: lines.json}` and that file's `text`, in a scratch folder.
    static func scenario(_ text: String) throws -> (scenario: String, lines: String, folder: String) {
        let dir = try HubPlanProcess.scratchFolder()
        let lines = (dir as NSString).appendingPathComponent("lines.json")
        try text.write(toFile: lines, atomically: true, encoding: .utf8)
        return (try PlanCommandTests.scenario(in: dir, extra: "bus_lines: {file: lines.json}\n"), lines, dir)
    }

    @Test func aBadFileExitsTwoNamingFileLineAndField() throws {
        let s = try Self.scenario(
            "{\"lines\": [\n  {\"seat\": \"ts-140221101\"},\n  {\"seat\": \"ts-140221100\", \"parcels_per_trip\": -4}\n]}\n"
        )
        let run = try HubPlanProcess.run([
            "plan", PlanCommandTests.network, "--scenario", s.scenario, "--out", s.folder,
        ])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(s.lines):3: lines[1].parcels_per_trip: -4.0 is outside 1.0...1000000.0"))
        #expect(!FileManager.default.fileExists(atPath: (s.folder as NSString).appendingPathComponent("plan.json")))
        let unknown = try Self.scenario("{\"lines\": [{\"seat\": \"ts-999\"}]}")
        let missing = try HubPlanProcess.run([
            "plan", PlanCommandTests.network, "--scenario", unknown.scenario, "--out", unknown.folder,
        ])
        #expect(missing.status == 2 && missing.stderr.contains("lines[0].seat: ") && missing.stderr.contains("ts-999"))
    }

    @Test func aGoodFileIsPlannedOnAndVerifies() throws {
        let s = try Self.scenario(
            "{\"lines\": [{\"seat\": \"ts-140221101\", \"departures_per_day\": 9, \"parcels_per_trip\": 400,"
                + " \"fee_per_parcel\": 0}]}")
        let out = (s.folder as NSString).appendingPathComponent("out")
        let run = try HubPlanProcess.run(["plan", PlanCommandTests.network, "--scenario", s.scenario, "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        let plan = (out as NSString).appendingPathComponent("plan.json")
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan))) as! [String: Any]
        let bus = (json["operatingModels"] as! [String: Any])["busLines"] as! [String: Any]
        let lines = bus["lines"] as! [[String: Any]]
        #expect(lines.count == 1 && lines[0]["seat"] as? String == "ts-140221101")
        #expect(lines[0]["departuresPerDay"] as? Int == 9 && lines[0]["stationPositionSource"] as? String == "modelled")
        let verify = try HubPlanProcess.run(["verify", PlanCommandTests.network, plan])
        #expect(verify.status == 0, "\(verify.stdout)")
    }
}

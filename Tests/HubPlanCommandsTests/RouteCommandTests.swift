// Tests of `hubplan route` as a planner runs it: JSON on stdout, exit codes, named infeasible stops.
import Foundation
import Testing

struct RouteCommandTests {
    /// A shipped sample network.
    static func sample(_ name: String) -> String {
        HubPlanProcess.root.appendingPathComponent("Networks/samples/\(name)").path
    }

    /// The Yanggao sample with the window of its first village closing at 07:01, before any van can arrive.
    static func unreachableVillageNetwork() throws -> (path: String, village: String) {
        let url = URL(fileURLWithPath: sample("yanggao")).appendingPathComponent("network.json")
        var root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var nodes = root["nodes"] as! [[String: Any]]
        let k = nodes.firstIndex { $0["kind"] as? String == "village" }!
        nodes[k]["timeWindow"] = ["open": 400, "close": 421]
        root["nodes"] = nodes
        let path = try HubPlanProcess.scratchFolder() + "/network.json"
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: path))
        return (path, nodes[k]["id"] as! String)
    }

    @Test func jsonHasRoutesForEveryVillageAndNothingElseOnStdout() throws {
        let run = try HubPlanProcess.run(["route", Self.sample("yanggao"), "--time-limit", "0.5", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(json["format"] as? String == "hubplan-routes/1")
        #expect(json["feasible"] as? Bool == true && json["complete"] as? Bool == true)
        let counties = json["counties"] as! [[String: Any]]
        let stops = counties.flatMap { ($0["routes"] as! [[String: Any]]).flatMap { $0["stops"] as! [String] } }
        #expect(stops.count == 8 && Set(stops).count == 8)
        #expect(run.stderr.contains("county 1/1"))
    }

    /// With --iterations the clock no longer stops the search: two runs give the same routes (counties'
    /// `seconds` aside), and a negative count is a usage error.
    @Test func iterationsMakeRoutesIndependentOfTheClock() throws {
        let arguments = ["route", Self.sample("laiyuan"), "--iterations", "3", "--json", "--quiet"]
        let runs = try (0..<2).map { _ in try HubPlanProcess.run(arguments) }
        let routes = try runs.map { run in
            #expect(run.status == 0, "\(run.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
            let counties = json["counties"] as! [[String: Any]]
            return counties.map { ($0["routes"] as! [[String: Any]]).map { $0["stops"] as! [String] } }
        }
        #expect(routes[0] == routes[1] && !routes[0].isEmpty)
        let negative = try HubPlanProcess.run(["route", Self.sample("laiyuan"), "--iterations", "-1", "--quiet"])
        #expect(negative.status == 2 && negative.stderr.contains("--iterations"))
    }

    @Test func quietTableRun() throws {
        let run = try HubPlanProcess.run(["route", Self.sample("laiyuan"), "--time-limit", "0.5", "--quiet"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("涞源县") && run.stdout.contains("total"))
        #expect(run.stderr.isEmpty)
    }

    @Test func anUnreachableVillageExitsOneByNameOrIsSkipped() throws {
        let (path, village) = try Self.unreachableVillageNetwork()
        let failed = try HubPlanProcess.run(["route", path, "--time-limit", "0.5", "--quiet"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains(village) && failed.stderr.contains("after its window closes"))
        let skipped = try HubPlanProcess.run([
            "route", path, "--time-limit", "0.5", "--quiet", "--skip-infeasible", "--json",
        ])
        #expect(skipped.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(skipped.stdout.utf8)) as! [String: Any]
        #expect((json["skipped"] as! [[String: Any]]).map { $0["node"] as! String } == [village])
    }

    @Test func badCountyAndBadPlanAreUsageErrors() throws {
        let county = try HubPlanProcess.run(["route", Self.sample("yanggao"), "--county", "999999", "--quiet"])
        #expect(county.status == 2 && county.stderr.contains("no county 999999"))
        let plan = try HubPlanProcess.run(["route", Self.sample("yanggao"), "--centers", "/nonexistent/plan.json"])
        #expect(plan.status == 2 && plan.stderr.contains("plan.json"))
    }

    @Test func aFleetFileReplacesTheDefaultAndIsChecked() throws {
        let folder = try HubPlanProcess.scratchFolder()
        let van =
            #"{"name":"big van","capacityParcels":900,"fixedCostPerDay":80,"costPerKm":1,"costPerHour":30,"coldChain":true,"kgCO2PerKm":0.3}"#
        let good = folder + "/fleet.json", bad = folder + "/bad.json"
        try Data(
            #"{"vans":[\#(van)],"shiftHours":8,"depotOpenMinute":420,"depotCloseMinute":1140,"defaultServiceMinutes":5}"#
                .utf8
        )
        .write(to: URL(fileURLWithPath: good))
        try Data(
            #"{"vans":[],"shiftHours":8,"depotOpenMinute":420,"depotCloseMinute":1140,"defaultServiceMinutes":5}"#.utf8
        )
        .write(to: URL(fileURLWithPath: bad))
        let run = try HubPlanProcess.run([
            "route", Self.sample("yanggao"), "--fleet", good, "--time-limit", "0.5", "--json", "--quiet",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let routes = (json["counties"] as! [[String: Any]]).flatMap { $0["routes"] as! [[String: Any]] }
        #expect(!routes.isEmpty && routes.allSatisfy { $0["van"] as? String == "big van" })
        let failed = try HubPlanProcess.run(["route", Self.sample("yanggao"), "--fleet", bad, "--quiet"])
        #expect(failed.status == 2 && failed.stderr.contains("no van type"))
    }
}

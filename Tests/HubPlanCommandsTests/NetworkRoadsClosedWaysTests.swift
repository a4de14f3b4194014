// `hubplan network roads --close-way` and a scenario's closed_ways: the detour in the pairs, the plan verifies, mismatches caught.
import Foundation
import RoadNetwork
import Testing

@Suite(.enabled(if: osrmInstalled, "OSRM not installed: run `make osrm`"), .serialized)
struct NetworkRoadsClosedWaysTests {
    /// Way 5 of NetworkRoadsCommandTests' grid: column 1, from (1,0) up to (1,2).
    static let column1 = "5"

    @Test func aClosedWayLengthensItsPairsAndAScenarioPlansOnIt() throws {
        let dir = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(NetworkRoadsCommandTests.osm().utf8).write(to: URL(fileURLWithPath: dir + "/grid.osm"))
        try CanonicalJSON.encode(NetworkRoadsCommandTests.network()).write(
            to: URL(fileURLWithPath: dir + "/network.json"))
        let out = dir + "/roads"
        let run = try HubPlanProcess.run([
            "network", "roads", dir, "--osm", dir + "/grid.osm", "--profile", "car", "--close-way", Self.column1,
            "--out", out, "--quiet",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let network = try NetworkFile.read(out)
        #expect(network.distance.closedWays == [5])
        let dx = greatCircleKm(lon1: 113, lat1: 40, lon2: 113.01, lat2: 40)
        let dy = greatCircleKm(lon1: 113, lat1: 40, lon2: 113, lat2: 40.01)
        // v0 (1,0) -> rh (1,1): up column 1 is closed; east to (2,0), up, west along row 1: 2 dx + dy.
        #expect(abs(network.distance.pairs!.lookup(from: "v0", to: "rh")!.km - (2 * dx + dy)) < 0.03)

        let scenario = dir + "/s.yaml"
        try
            "name: closed\ntime_limits: {routing_per_county: 0.5, routing_iterations: 100}\nhubs: {count: 1..1}\nclosed_ways: [5]\n"
            .write(toFile: scenario, atomically: true, encoding: .utf8)
        let saved = try HubPlanProcess.planAndVerify(out, scenario: scenario, out: dir + "/plan")
        #expect((saved["distance"] as? [String: Any])?["closedWays"] as? [Int] == [5])

        // The same scenario on pairs computed with the way open is bad input that names the command.
        var open = network
        open.distance.closedWays = []
        try CanonicalJSON.encode(open).write(to: URL(fileURLWithPath: out + "/network.json"))
        let refused = try HubPlanProcess.run(["plan", out, "--scenario", scenario, "--out", dir + "/p2", "--quiet"])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("closed_ways[0]: way 5 is open") && refused.stderr.contains("--close-way 5"))
        // closed_roads between two places means nothing on OSRM pairs: refused, pointing at closed_ways.
        try "name: closed\nclosed_roads: [{from: v0, to: rh}]\n".write(
            toFile: scenario, atomically: true, encoding: .utf8)
        let byPlaces = try HubPlanProcess.run(["plan", out, "--scenario", scenario, "--out", dir + "/p3", "--quiet"])
        #expect(byPlaces.status == 2 && byPlaces.stderr.contains("closed_ways"), "\(byPlaces.stderr)")
    }

    @Test func aWayNotInTheExtractIsBadInput() throws {
        let dir = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(NetworkRoadsCommandTests.osm().utf8).write(to: URL(fileURLWithPath: dir + "/grid.osm"))
        try CanonicalJSON.encode(NetworkRoadsCommandTests.network()).write(
            to: URL(fileURLWithPath: dir + "/network.json"))
        let run = try HubPlanProcess.run([
            "network", "roads", dir, "--osm", dir + "/grid.osm", "--close-way", "5,4242", "--out", dir + "/o",
        ])
        #expect(run.status == 2 && run.stderr.contains("no way 4242"), "\(run.stderr)")
        #expect(!run.stderr.contains("osrm-routed pid"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/o/network.json"))
    }
}

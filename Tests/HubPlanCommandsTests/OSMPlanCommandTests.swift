// A Datong county planned end to end on an `osm` source: generated OSM roads, network roads, plan, verify.
import Foundation
import RoadNetwork
import Testing

@Suite(.enabled(if: osrmInstalled, "OSRM not installed: run `make osrm`"), .serialized)
struct OSMPlanCommandTests {
    @Test func aDatongCountyPlansAndVerifiesOnOSMRoads() throws {
        let dir = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Yanggao's 20 places with a generated road graph around them (hubplan-bench osm, ~5,000 OSM nodes).
        let osm = try HubPlanProcess.run(
            ["osm", PlanCommandTests.network, "--nodes", "5000", "--seed", "1", "--out", dir + "/yanggao.osm"],
            executable: HubPlanProcess.bench)
        #expect(osm.status == 0, "\(osm.stderr)")
        let out = dir + "/roads"
        let roads = try HubPlanProcess.run([
            "network", "roads", PlanCommandTests.network, "--osm", dir + "/yanggao.osm", "--profile", "van",
            "--out", out,
        ])
        #expect(roads.status == 0, "\(roads.stderr)")
        #expect(!roads.stderr.contains("no road route") && !roads.stderr.contains("from the nearest road"))
        let network = try NetworkFile.read(out)
        let places = network.nodes.count
        #expect(network.distance.source == .osm && network.distance.pairs!.count >= places * (places - 1))
        // Every road pair is at least the straight line: the roads bend, they never shortcut.
        let at = Dictionary(uniqueKeysWithValues: network.nodes.map { ($0.id, $0) })
        for pair in network.distance.pairs!.entries {
            let a = at[pair.from]!, b = at[pair.to]!
            #expect(pair.km >= greatCircleKm(lon1: a.lon, lat1: a.lat, lon2: b.lon, lat2: b.lat) - 0.01)
        }

        let saved = try HubPlanProcess.planAndVerify(
            out, scenario: try PlanCommandTests.scenario(in: dir), out: dir + "/plan")
        let distance = saved["distance"] as? [String: Any]
        #expect(distance?["source"] as? String == "osm" && distance?["profile"] as? String == "van")
        #expect((saved["warnings"] as? [String] ?? []).allSatisfy { !$0.contains("no pair") })
    }
}

// `hubplan network import-points` as a planner runs it: GCJ-02 rows moved to WGS84, unmatched and ambiguous listed.
import Foundation
import RoadNetwork
import Testing

struct NetworkImportPointsCommandTests {
    @Test func importsGCJPointsAndListsWhatItCouldNotMatch() throws {
        let dir = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let network = try NetworkFile.read(PlanCommandTests.network)
        let village = network.nodes.first { $0.kind == .village }!
        let seat = network.nodes.first { $0.tags.contains("township-seat") }!
        let csv =
            "id,county,township,name,lon,lat\n\(village.id),,,,113.75,40.36\n,\(village.county!),\(seat.name),不存在村,113.7,40.3\n"
        try csv.write(toFile: dir + "/p.csv", atomically: true, encoding: .utf8)
        let run = try HubPlanProcess.run([
            "network", "import-points", PlanCommandTests.network, dir + "/p.csv", "--datum", "gcj02", "--out",
            dir + "/o",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains("matched 1 rows")
                && run.stdout.contains("unmatched \(dir)/p.csv:3: no node named \"不存在村\""))
        let moved = try NetworkFile.read(dir + "/o").nodes.first { $0.id == village.id }!
        let w = Datum.gcj02.toWGS84(lon: 113.75, lat: 40.36)
        #expect(moved.positionSource == .surveyed && abs(moved.lon - w.lon) < 1e-12 && abs(moved.lat - w.lat) < 1e-12)
        let bad = try HubPlanProcess.run([
            "network", "import-points", PlanCommandTests.network, dir + "/p.csv", "--datum", "utm", "--out", dir + "/o",
        ])
        #expect(bad.status == 2)
    }
}

// OSRM on an OSM file the test writes: hand-computed shortest paths, the project's own Dijkstra, server stopped by pid.
import Foundation
import SolverControl
import Testing

@testable import RoadNetwork

/// Whether the OSRM programs are here; `make test` installs them and sets HUBPLAN_REQUIRE_OSRM=1, so there a
/// missing install fails instead of skipping.
let osrmAvailable: Bool = {
    if (try? OSRMToolchain.locate()) != nil { return true }
    return ProcessInfo.processInfo.environment["HUBPLAN_REQUIRE_OSRM"] == "1"
}()

/// Whether a process with `pid` still exists.
func processAlive(_ pid: Int32) -> Bool { kill(pid, 0) == 0 }

@Suite(.enabled(if: osrmAvailable, "OSRM not installed: run `make osrm`"), .serialized)
struct OSRMTests {
    /// Builds the grid with `profile`, runs `body` against a fresh server, and checks the server is gone after.
    private func withServer(_ profile: String, _ body: (OSRMServer) throws -> Void) throws {
        let toolchain = try OSRMToolchain.locate()
        let folder = try Samples.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let osm = try GridOSM.write(to: folder)
        let data = try OSRMServer.prepare(
            osm: osm, profile: try toolchain.profile(profile), toolchain: toolchain, folder: folder + "/osrm")
        let server = try OSRMServer(data: data, toolchain: toolchain)
        let pid = server.pid
        // Registered while it runs, so a Ctrl-C or SIGTERM handler's stopAll reaches it.
        #expect(processAlive(pid) && ChildProcesses.shared.contains(server.process))
        do { try body(server) } catch { server.stop(); throw error }
        server.stop()
        #expect(!processAlive(pid), "osrm-routed \(pid) still running after stop()")
        #expect(!ChildProcesses.shared.contains(server.process))
    }

    /// Grid points as (lon, lat).
    private func points(_ cells: [(Int, Int)]) -> [(lon: Double, lat: Double)] {
        cells.map { GridOSM.point($0.0, $0.1) }
    }

    @Test func carAnswersMatchHandComputedPaths() throws {
        try withServer("car") { server in
            let cells = [(0, 0), (4, 0), (0, 1), (0, 3), (0, 4)]
            let answer = try OSRMTable(url: server.url).query(sources: points(cells), destinations: points(cells))
            let km = answer.metres.map { $0.map { ($0 ?? .nan) / 1000 } }
            let dx = GridOSM.dx, dy = GridOSM.dy
            func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 0.01 * b + 0.02 }
            #expect(near(km[0][1], 4 * dx))  // along the one-way row, eastbound
            #expect(near(km[1][0], 4 * dx + 2 * dy))  // westbound: up to row 1 and back
            // (0,1) -> (0,3) by the motorway: ramp, motorway, ramp.
            let ramp = greatCircleKm(lon1: 113.0, lat1: 40.01, lon2: 112.99, lat2: 40.01)
            #expect(near(km[2][3], 2 * ramp + 2 * dy))
            #expect(answer.sourceSnaps.allSatisfy { $0.metres < 1 })
        }
    }

    @Test func vanStaysOffTheMotorwayAndCrossesTheRiverByTheBridge() throws {
        try withServer("van") { server in
            let cells = [(0, 1), (0, 3), (0, 0), (0, 4)]
            let answer = try OSRMTable(url: server.url).query(sources: points(cells), destinations: points(cells))
            let dx = GridOSM.dx, dy = GridOSM.dy
            let km = answer.metres.map { $0.map { ($0 ?? .nan) / 1000 } }
            // (0,1) -> (0,3): east to the bridge at column 4, across, and back west: 8 dx + 2 dy.
            #expect(abs(km[0][1] - (8 * dx + 2 * dy)) < 0.05)
            #expect(abs(km[2][3] - (8 * dx + 4 * dy)) < 0.05)
        }
    }

    @Test func osrmAgreesWithTheProjectsDijkstraOnTheSameRoads() throws {
        for (profile, motorways) in [("car", true), ("van", false)] {
            try withServer(profile) { server in
                let network = GridOSM.network(motorways: motorways)
                let grid = network.nodes.indices.filter { network.nodes[$0].id.count == 5 }  // n1000...n1044
                let dijkstra = RoadDistances(network: network, metric: .minutes).matrix(from: grid, to: grid)
                let points = grid.map { (lon: network.nodes[$0].lon, lat: network.nodes[$0].lat) }
                let answer = try OSRMTable(url: server.url, batch: 25).query(sources: points, destinations: points)
                for r in grid.indices {
                    for c in grid.indices where r != c {
                        let osrm = (answer.metres[r][c] ?? .nan) / 1000, own = dijkstra.km(r, c)
                        // Both take the fastest path (OSRM adds turn costs, too small here to change a path's choice).
                        #expect(
                            abs(osrm - own) <= 0.01 * own + 0.02,
                            "\(profile) \(network.nodes[grid[r]].id) -> \(network.nodes[grid[c]].id): OSRM \(osrm), Dijkstra \(own)"
                        )
                    }
                }
            }
        }
    }

    @Test func aServerThatCannotLoadItsDataFailsAndLeavesNoProcess() throws {
        let toolchain = try OSRMToolchain.locate()
        let folder = try Samples.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: OSRMError.self) { try OSRMServer(data: folder + "/missing.osrm", toolchain: toolchain) }
        let bad = folder + "/bad.osm"
        try Data("<osm version=\"0.6\"><node id=\"1\"".utf8).write(to: URL(fileURLWithPath: bad))
        #expect(throws: OSRMError.self) {
            try OSRMServer.prepare(
                osm: bad, profile: try toolchain.profile("car"), toolchain: toolchain, folder: folder + "/o")
        }
    }

    @Test func pairsCoverEachCountyAndTheSitesAndNameFarSnaps() throws {
        try withServer("van") { server in
            var network = Network(name: "two", counties: [County(code: "1", name: "A"), County(code: "2", name: "B")])
            let a = GridOSM.point(0, 0), b = GridOSM.point(4, 4)
            network.nodes = [
                Node(id: "ca", name: "ca", kind: .countyCenter, county: "1", lon: a.lon, lat: a.lat, site: SiteInfo()),
                Node(
                    id: "va", name: "va", kind: .village, county: "1", lon: GridOSM.point(1, 2).lon,
                    lat: GridOSM.point(1, 2).lat),
                Node(id: "cb", name: "cb", kind: .countyCenter, county: "2", lon: b.lon, lat: b.lat, site: SiteInfo()),
                // 5.5 km north of the grid
                Node(id: "vb", name: "vb", kind: .village, county: "2", lon: 113.02, lat: 40.09),
            ]
            let result = try OSRMPairs.compute(network, table: OSRMTable(url: server.url, batch: 1), maxSnapKm: 2)
            #expect(
                result.pairs.lookup(from: "va", to: "ca") != nil && result.pairs.lookup(from: "ca", to: "cb") != nil)
            #expect(result.pairs.lookup(from: "va", to: "vb") == nil)  // different counties, not sites
            #expect(result.pairs.count == 2 + 2 + 2)
            #expect(result.requests == 4 + 4 + 4)  // batch 1: 2x2 tiles per group
            #expect(result.warnings.contains { $0.contains("node vb is") && $0.contains("km from the nearest road") })
            #expect(result.snaps[3].metres > 5000 && result.snaps[0].metres < 1)
        }
    }
}

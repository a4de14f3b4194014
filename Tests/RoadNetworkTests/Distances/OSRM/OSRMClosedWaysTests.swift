// Closed OpenStreetMap ways: the grid's only bridge closed gives the hand-computed detour, as the project's Dijkstra does.
import Foundation
import Testing

@testable import RoadNetwork

@Suite(.enabled(if: osrmAvailable, "OSRM not installed: run `make osrm`"), .serialized)
struct OSRMClosedWaysTests {
    /// The OSM id of the grid's bridge (ways are numbered from 1 in GridOSM's order).
    static let bridge = Int64(GridOSM.ways.firstIndex { $0.tags["bridge"] == "yes" }! + 1)

    /// km from each of `cells` to each, with `closed` ways left out under `profile`; nil where OSRM finds no route.
    private func km(_ profile: String, closed: [Int64], _ cells: [(Int, Int)]) throws -> [[Double?]] {
        let toolchain = try OSRMToolchain.locate()
        let folder = try Samples.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let data = try OSRMServer.prepare(
            osm: try GridOSM.write(to: folder), profile: try toolchain.profile(profile), toolchain: toolchain,
            folder: folder + "/osrm", closedWays: closed)
        let server = try OSRMServer(data: data, toolchain: toolchain)
        let pid = server.pid
        defer {
            server.stop()
            #expect(!processAlive(pid), "osrm-routed \(pid) still running after stop()")
        }
        let points = cells.map { GridOSM.point($0.0, $0.1) }
        let answer = try OSRMTable(url: server.url).query(sources: points, destinations: points)
        return answer.metres.map { $0.map { $0.map { $0 / 1000 } } }
    }

    @Test func closingTheBridgeSendsTheCrossingRoundByTheMotorway() throws {
        let dx = GridOSM.dx, dy = GridOSM.dy
        let open = try km("car", closed: [], [(4, 1), (4, 3)])
        #expect(abs(open[0][1]! - 2 * dy) < 0.03)  // straight over the bridge
        let closed = try km("car", closed: [Self.bridge], [(4, 1), (4, 3)])
        // West along row 1 (4 dx), the ramp (dx), the motorway north (2 dy), the ramp (dx), east along row 3 (4 dx).
        let detour = 10 * dx + 2 * dy
        #expect(abs(closed[0][1]! - detour) <= 0.01 * detour + 0.02, "\(String(describing: closed[0][1]))")
        #expect(abs(closed[1][0]! - detour) <= 0.01 * detour + 0.02)
        // The project's Dijkstra on the same roads without the bridge's edge finds the same detour.
        var network = GridOSM.network(motorways: true)
        let a = "n\(GridOSM.id(4, 2))", b = "n\(GridOSM.id(4, 3))"
        network.edges.removeAll { ($0.from == a && $0.to == b) || ($0.from == b && $0.to == a) }
        let from = network.nodes.firstIndex { $0.id == "n\(GridOSM.id(4, 1))" }!
        let to = network.nodes.firstIndex { $0.id == "n\(GridOSM.id(4, 3))" }!
        #expect(abs(RoadDistances(network: network).matrix(from: [from], to: [to]).km(0, 0) - detour) < 0.02)
    }

    @Test func theVanHasNoCrossingWithoutTheBridge() throws {
        let km = try km("van", closed: [Self.bridge], [(0, 1), (0, 3), (4, 1)])
        #expect(km[0][1] == nil && km[1][0] == nil)  // no motorway for the van: the river cuts the grid in two
        #expect(km[0][2] != nil)  // the same bank still routes
    }

    @Test func aWayNotInTheExtractIsRefusedAndLeavesNoServer() throws {
        let toolchain = try OSRMToolchain.locate()
        let folder = try Samples.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect {
            try OSRMServer.prepare(
                osm: try GridOSM.write(to: folder), profile: try toolchain.profile("van"), toolchain: toolchain,
                folder: folder + "/osrm", closedWays: [Self.bridge, 999])
        } throws: { error in
            (error as? OSRMError).map { "\($0)".contains("no way 999") && !"\($0)".contains("\(Self.bridge),") }
                ?? false
        }
    }
}

// `hubplan network roads` on an OSM file the test writes: OSRM built and stopped, pairs and snaps written, plan verifies.
import Foundation
import RoadNetwork
import Testing

/// Whether OSRM is installed (`make test` installs it and requires it).
let osrmInstalled: Bool = {
    if (try? OSRMToolchain.locate()) != nil { return true }
    return ProcessInfo.processInfo.environment["HUBPLAN_REQUIRE_OSRM"] == "1"
}()

@Suite(.enabled(if: osrmInstalled, "OSRM not installed: run `make osrm`"), .serialized)
struct NetworkRoadsCommandTests {
    /// A 3 x 3 street grid 0.01 degrees apart at (113 E, 40 N), row 0 one-way eastbound.
    static func osm() -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<osm version=\"0.6\" generator=\"hubplan-tests\">"]
        for i in 0..<3 {
            for j in 0..<3 {
                lines.append(
                    String(
                        format: "<node id=\"%d\" version=\"1\" lat=\"%.2f\" lon=\"%.2f\"/>", 10 * i + j + 1,
                        40 + 0.01 * Double(j), 113 + 0.01 * Double(i)))
            }
        }
        var way = 1
        for j in 0..<3 {
            let refs = (0..<3).map { "<nd ref=\"\(10 * $0 + j + 1)\"/>" }.joined()
            lines.append(
                "<way id=\"\(way)\" version=\"1\">\(refs)<tag k=\"highway\" v=\"residential\"/>\(j == 0 ? "<tag k=\"oneway\" v=\"yes\"/>" : "")</way>"
            )
            way += 1
        }
        for i in 0..<3 {
            let refs = (0..<3).map { "<nd ref=\"\(10 * i + $0 + 1)\"/>" }.joined()
            lines.append("<way id=\"\(way)\" version=\"1\">\(refs)<tag k=\"highway\" v=\"residential\"/></way>")
            way += 1
        }
        return (lines + ["</osm>"]).joined(separator: "\n") + "\n"
    }

    /// A one-county network on the grid: a county center, a candidate site, a hub candidate, five villages and
    /// one village 4.4 km north of any road.
    static func network() -> Network {
        var n = Network(
            name: "grid", carriers: [Carrier(id: "ems", name: "EMS", postal: true)],
            counties: [County(code: "100001", name: "Grid")])
        func at(_ i: Int, _ j: Int) -> (Double, Double) { (113 + 0.01 * Double(i), 40 + 0.01 * Double(j)) }
        let cc = at(0, 0), ts = at(2, 2), hub = at(1, 1)
        n.nodes.append(
            Node(
                id: "cc", name: "县城", kind: .countyCenter, county: "100001", lon: cc.0, lat: cc.1,
                site: SiteInfo(fixedCost: 1000, capacity: 1000)))
        n.nodes.append(
            Node(
                id: "ts", name: "镇", kind: .candidateSite, county: "100001", lon: ts.0, lat: ts.1,
                site: SiteInfo(fixedCost: 1000, capacity: 1000)))
        n.nodes.append(
            Node(
                id: "rh", name: "分拨", kind: .regionalHub, county: "100001", lon: hub.0, lat: hub.1,
                site: SiteInfo(fixedCost: 1000, capacity: 100000)))
        for (k, (i, j)) in [(1, 0), (2, 0), (0, 2), (2, 1), (0, 1)].enumerated() {
            let p = at(i, j)
            n.nodes.append(
                Node(
                    id: "v\(k)", name: "村\(k)", kind: .village, county: "100001", lon: p.0, lat: p.1,
                    parcels: ["ems": 5]))
        }
        n.nodes.append(
            Node(id: "far", name: "远村", kind: .village, county: "100001", lon: 113.01, lat: 40.06, parcels: ["ems": 2]))
        return n
    }

    @Test func roadsWritesPairsAndSnapsStopsOSRMAndThePlanVerifies() throws {
        let dir = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(Self.osm().utf8).write(to: URL(fileURLWithPath: dir + "/grid.osm"))
        try CanonicalJSON.encode(Self.network()).write(to: URL(fileURLWithPath: dir + "/network.json"))
        let out = dir + "/roads"
        let run = try HubPlanProcess.run([
            "network", "roads", dir, "--osm", dir + "/grid.osm", "--profile", "car", "--out", out,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        // The server was started, named by pid, and is gone.
        let pid = run.stderr.components(separatedBy: "osrm-routed pid ").dropFirst().first.flatMap {
            Int32($0.prefix { $0.isNumber })
        }
        #expect(pid != nil)
        if let pid { #expect(kill(pid, 0) != 0, "osrm-routed \(pid) outlived the command") }
        #expect(run.stderr.contains("warning: roads: node far is"))

        let network = try NetworkFile.read(out)
        #expect(network.distance.source == .osm && network.distance.profile == "car")
        #expect(network.distance.extractSHA256 == SHA256.hex(file: dir + "/grid.osm"))
        let dx = greatCircleKm(lon1: 113, lat1: 40, lon2: 113.01, lat2: 40)
        let dy = greatCircleKm(lon1: 113, lat1: 40, lon2: 113, lat2: 40.01)
        // cc (0,0) -> v1 (2,0) east along the one-way row: 2 dx; back west: up a row, across, down: 2 dx + 2 dy.
        #expect(abs(network.distance.pairs!.lookup(from: "cc", to: "v1")!.km - 2 * dx) < 0.03)
        #expect(abs(network.distance.pairs!.lookup(from: "v1", to: "cc")!.km - (2 * dx + 2 * dy)) < 0.03)
        let snaps = try String(contentsOfFile: out + "/snaps.csv", encoding: .utf8).split(separator: "\n")
        #expect(snaps.first == "id,lon,lat,snapLon,snapLat,snapKm" && snaps.count == 1 + network.nodes.count)

        let matrix = try HubPlanProcess.run(["network", "matrix", out, "--ids", "cc,v1", "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(matrix.stdout.utf8)) as! [String: Any]
        #expect(json["source"] as? String == "osm")

        let scenario = dir + "/s.yaml"
        try "name: roads\ntime_limits: {routing_per_county: 0.5}\nhubs: {count: 1..1}\n".write(
            toFile: scenario, atomically: true, encoding: .utf8)
        let saved = try HubPlanProcess.planAndVerify(out, scenario: scenario, out: dir + "/plan")
        #expect((saved["distance"] as? [String: Any])?["source"] as? String == "osm")
    }

    @Test func aBrokenExtractFailsWithExitTwoAndLeavesNoServer() throws {
        let dir = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("<osm version=\"0.6\"><node".utf8).write(to: URL(fileURLWithPath: dir + "/bad.osm"))
        try CanonicalJSON.encode(Self.network()).write(to: URL(fileURLWithPath: dir + "/network.json"))
        let run = try HubPlanProcess.run([
            "network", "roads", dir, "--osm", dir + "/bad.osm", "--profile", "van", "--out", dir + "/o",
        ])
        #expect(run.status == 2 && run.stderr.contains("osrm-extract exited"), "\(run.stderr)")
        #expect(!run.stderr.contains("osrm-routed pid"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/o/network.json"))
    }

    /// Ctrl-C exits 130; SIGTERM (a `timeout`, a scheduler) ends the command by that signal; both stop the server.
    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalStopsTheServerByItsPid(_ number: Int32) throws {
        let dir = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(Self.osm().utf8).write(to: URL(fileURLWithPath: dir + "/grid.osm"))
        var network = Self.network()
        // Enough villages, asked one pair a request, that the Table phase is still running when Ctrl-C comes.
        for k in 0..<80 {
            network.nodes.append(
                Node(
                    id: "x\(k)", name: "x\(k)", kind: .village, county: "100001",
                    lon: 113 + 0.0002 * Double(k), lat: 40.01, parcels: ["ems": 1]))
        }
        try CanonicalJSON.encode(network).write(to: URL(fileURLWithPath: dir + "/network.json"))
        let process = Process()
        process.executableURL = HubPlanProcess.binary
        process.arguments = [
            "network", "roads", dir, "--osm", dir + "/grid.osm", "--profile", "car", "--out", dir + "/o", "--batch",
            "1",
        ]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var text = "", pid: Int32?
        while pid == nil, process.isRunning {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            pid = text.components(separatedBy: "osrm-routed pid ").dropFirst().first.flatMap {
                Int32($0.prefix { $0.isNumber })
            }
        }
        #expect(pid != nil, "\(text)")
        kill(process.processIdentifier, number)
        process.waitUntilExit()
        if number == SIGTERM {
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
        } else {
            #expect(process.terminationReason == .exit && process.terminationStatus == 130)
        }
        if let pid { #expect(kill(pid, 0) != 0, "osrm-routed \(pid) outlived signal \(number)") }
        #expect(!FileManager.default.fileExists(atPath: dir + "/o/network.json"))
    }

    @Test func osrmURLUsesARunningServerAndStartsNone() throws {
        let dir = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(Self.osm().utf8).write(to: URL(fileURLWithPath: dir + "/grid.osm"))
        try CanonicalJSON.encode(Self.network()).write(to: URL(fileURLWithPath: dir + "/network.json"))
        let toolchain = try OSRMToolchain.locate()
        let data = try OSRMServer.prepare(
            osm: dir + "/grid.osm", profile: try toolchain.profile("car"), toolchain: toolchain, folder: dir + "/osrm")
        let server = try OSRMServer(data: data, toolchain: toolchain)
        defer { server.stop() }
        let run = try HubPlanProcess.run([
            "network", "roads", dir, "--osrm-url", server.url, "--out", dir + "/o", "--profile", "car",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("osrm-routed pid") && !FileManager.default.fileExists(atPath: dir + "/o/osrm"))
        let network = try NetworkFile.read(dir + "/o")
        #expect(network.distance.source == .osm && network.distance.extractSHA256 == nil)
        #expect(network.distance.pairs!.lookup(from: "cc", to: "v1") != nil)
        let refused = try HubPlanProcess.run([
            "network", "roads", dir, "--osrm-url", "http://127.0.0.1:1", "--out", dir + "/p",
        ])
        #expect(refused.status == 2 && refused.stderr.contains("osrm:"), "\(refused.stderr)")
    }
}

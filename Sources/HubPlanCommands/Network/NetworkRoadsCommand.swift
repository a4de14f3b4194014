// `hubplan network roads NETWORK --osm FILE --out DIR`: road km and minutes from OpenStreetMap with OSRM, cached beside the network.
import ArgumentParser
import Dispatch
import Foundation
import RoadNetwork
import SolverControl

/// Builds OSRM data from an extract, runs osrm-routed on loopback for the run, and writes the network with its
/// road distances (`distance.source: osm`).
struct NetworkRoadsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roads",
        abstract: "Road distances from an OpenStreetMap extract with OSRM, written beside the network.",
        discussion: """
            Runs osrm-extract (with the profile), osrm-partition and osrm-customize (MLD) in DIR/osrm, starts \
            osrm-routed on 127.0.0.1 on a free port, snaps every node (snaps.csv keeps the snap distance; a \
            node farther than --max-snap-km from a road is a warning naming it), asks the Table service in \
            tiles of --batch x --batch for every pair within each county and every pair of sites, then stops \
            the server by its pid (also on errors and Ctrl-C). DIR gets network.json (distance.source osm, \
            the extract's SHA-256, the profile), distances.csv (from,to,km,minutes) and snaps.csv.

            With --osrm-url the planner's own OSRM is used and nothing is built or started (--osm is then \
            optional and only recorded by its SHA-256). `make osrm` installs the OSRM programs (PyPI \
            osrm-bindings) into .build/osrm-venv; HUBPLAN_OSRM_BIN points at others.

            --close-way ID[,ID...] leaves those OpenStreetMap ways (closed roads: a bridge, a pass) out of the \
            roads in both directions; the network records them (distance.closedWays) and a scenario's \
            closed_ways must name them (docs/plan.md, "Closed roads"). Needs --osm.

            Profiles: car (OSRM's), van (scripts/osrm/van.lua: a rural delivery van, no motorways, slow on \
            tracks and unpaved roads), or a path to a .lua file.

            Example:
              hubplan network roads Networks/datong --osm shanxi-datong.osm.pbf --profile van --out out/datong-roads
              hubplan plan out/datong-roads --out out/plan-roads
            """
    )

    @Argument(help: "The network: .json, .geojson, or a folder.")
    var file: String

    @Option(help: "The OpenStreetMap extract (.osm or .osm.pbf).")
    var osm: String?

    @Option(help: "car, van, or a path to an OSRM .lua profile.")
    var profile = "van"

    @Option(help: "Output folder for network.json, distances.csv and snaps.csv.")
    var out: String

    @Option(help: "Use this OSRM server (e.g. http://127.0.0.1:5000) instead of building one.")
    var osrmURL: String?

    @Option(
        name: .customLong("close-way"),
        help: "OpenStreetMap way ids to leave out (closed roads), comma-separated; repeatable.")
    var closeWay: [String] = []

    /// The ids of --close-way, ascending and each once.
    var closedWays: [Int64] {
        Array(
            Set(
                closeWay.flatMap { $0.split(separator: ",") }.compactMap {
                    Int64($0.trimmingCharacters(in: .whitespaces))
                })
        )
        .sorted()
    }

    @Option(help: "Warn about nodes farther than this from any road, km.")
    var maxSnapKm = 2.0

    @Option(help: "Sources and destinations per Table request.")
    var batch = 100

    @Flag(help: "No progress on stderr.")
    var quiet = false

    func validate() throws {
        if osrmURL == nil, osm == nil {
            throw ValidationError("give --osm FILE (or --osrm-url URL for a running OSRM)")
        }
        if let osm, !FileManager.default.fileExists(atPath: osm) { throw ValidationError("--osm: no file \(osm)") }
        guard maxSnapKm > 0, maxSnapKm.isFinite else { throw ValidationError("--max-snap-km must be > 0") }
        guard batch >= 1 else { throw ValidationError("--batch must be >= 1") }
        for item in closeWay.flatMap({ $0.split(separator: ",") }) {
            guard let way = Int64(item.trimmingCharacters(in: .whitespaces)), way >= 1 else {
                throw ValidationError("--close-way: \"\(item)\" is not an OpenStreetMap way id")
            }
        }
        if !closeWay.isEmpty, osrmURL != nil {
            throw ValidationError(
                "--close-way needs --osm without --osrm-url: HubPlan rebuilds the roads without those ways, "
                    + "and a running OSRM cannot drop them")
        }
    }

    func run() throws {
        var network = try NetworkFile.read(file)
        let say: (String) -> Void = { if !quiet { FileHandle.standardError.write(Data(($0 + "\n").utf8)) } }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var server: OSRMServer?
        let signals = StopOnSignal()
        defer { server?.stop(); signals.cancel() }
        let url: String
        if let osrmURL {
            url = osrmURL
        } else {
            let toolchain = try OSRMToolchain.locate()
            let profilePath = try toolchain.profile(profile)
            say("roads: building OSRM data (\(profile)) in \(out)/osrm")
            let data = try OSRMServer.prepare(
                osm: osm!, profile: profilePath, toolchain: toolchain, folder: out + "/osrm", closedWays: closedWays)
            server = try OSRMServer(data: data, toolchain: toolchain)
            url = server!.url
            say("roads: osrm-routed pid \(server!.pid) on \(url)")
        }
        let result: OSRMPairs.Result
        do {
            result = try OSRMPairs.compute(
                network, table: OSRMTable(url: url, batch: batch), maxSnapKm: maxSnapKm, progress: say)
        } catch {
            // A request cut by a signal fails; the handler is ending the process and must win over exit code 2.
            if signals.fired { signals.waitForExit() }
            throw error
        }
        server?.stop()
        for warning in result.warnings { FileHandle.standardError.write(Data(("warning: " + warning + "\n").utf8)) }

        network.distance.source = .osm
        network.distance.file = DistancePairsFile.defaultFileName
        network.distance.extractSHA256 = osm.flatMap { SHA256.hex(file: $0) }
        network.distance.profile = URL(fileURLWithPath: profile).deletingPathExtension().lastPathComponent
        network.distance.closedWays = closedWays
        network.distance.pairs = result.pairs
        try AtomicFile.write(DistancePairsFile.encode(result.pairs), to: out + "/" + DistancePairsFile.defaultFileName)
        try AtomicFile.write(SnapsFile.encode(network: network, snaps: result.snaps), to: out + "/snaps.csv")
        try AtomicFile.write(CanonicalJSON.encode(network), to: out + "/network.json")
        say("roads: \(result.pairs.count) pairs in \(result.requests) requests -> \(out)/network.json")
    }
}

/// snaps.csv: where OSRM put each node, and how far it moved.
enum SnapsFile {
    static func encode(network: Network, snaps: [OSRMTable.Snap]) -> Data {
        var text = "id,lon,lat,snapLon,snapLat,snapKm\n"
        for (node, snap) in zip(network.nodes, snaps) {
            let id =
                node.id.contains(",") || node.id.contains("\"")
                ? "\"" + node.id.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : node.id
            text +=
                "\(id),\(node.lon),\(node.lat),\(snap.lon),\(snap.lat),\(String(format: "%.4f", snap.metres / 1000))\n"
        }
        return Data(text.utf8)
    }
}

/// Stops every child (``ChildProcesses``) on SIGINT or SIGTERM while alive, so no `osrm-routed` outlives an
/// interrupted command; then exits 130 on SIGINT and ends by SIGTERM on SIGTERM (``Interrupt/end(by:)``).
final class StopOnSignal: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var didFire = false

    /// Whether a signal arrived (the handler then stops the servers and ends the process).
    var fired: Bool { lock.lock(); defer { lock.unlock() }; return didFire }

    /// Blocks while the handler finishes; it ends the process.
    func waitForExit() -> Never {
        while true { sleep(1) }
    }

    init() {
        sources = [SIGINT, SIGTERM].map { number in
            Interrupt.handle(number) { [weak self] in
                self?.lock.lock(); self?.didFire = true; self?.lock.unlock()
                ChildProcesses.shared.stopAll()
                FileHandle.standardError.write(Data("\ninterrupted: OSRM stopped\n".utf8))
                if number == SIGTERM { Interrupt.end(by: SIGTERM) }
                Foundation.exit(130)
            }
        }
    }

    /// Restores the default handlers.
    func cancel() {
        for source in sources { source.cancel() }
        sources.removeAll()
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}

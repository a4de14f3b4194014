// `hubplan-bench osm NETWORK --out FILE.osm`: a synthetic OpenStreetMap road graph over a network, for road benchmarks.
import ArgumentParser
import Foundation
import HubPlanCommands
import RoadNetwork

/// Writes the road graph of ``SyntheticOSM`` for a network: what `scripts/bench-roads.sh` builds with OSRM when no
/// real extract is at hand.
struct BenchOSMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "osm",
        abstract: "Write a synthetic OpenStreetMap road graph (OSM XML) over a network's places.",
        discussion: """
            Trunk roads between county seats (each to its two nearest) and from gateways to their nearest seat, \
            secondary roads from township seats to their county seat, village roads growing as a tree from each \
            township seat, tertiary roads to the other sites, and a square grid of tracks over the extent of the \
            places with a county, its pitch chosen so the file has about --nodes nodes. Roads cross the tracks at \
            shared nodes; every road bends by a seeded sine. The same network, --nodes, --spacing-km and --seed \
            give the same file byte for byte. Not a model of real roads: a graph of a real region's size and \
            shape for timing OSRM and for seeing how plans move off great-circle distances.

            Example:
              hubplan-bench osm Networks/datong --nodes 200000 --seed 1 --out out/bench/roads/datong.osm
            """
    )

    @Argument(help: "The network: .json, .geojson, or a folder.")
    var network: String

    @Option(help: "About this many OSM nodes in all.")
    var nodes = 200_000

    @Option(help: "Distance between shape points along roads and tracks, km.")
    var spacingKm = 0.2

    @Option(help: "Seed of the road bends.")
    var seed: UInt64 = 1

    @Option(help: "The OSM XML file to write.")
    var out: String

    func validate() throws {
        guard nodes >= 0 else { throw ValidationError("--nodes must be >= 0") }
        guard spacingKm > 0.01, spacingKm.isFinite else { throw ValidationError("--spacing-km must be > 0.01") }
    }

    func run() throws {
        let net = try NetworkFile.read(network)
        let (xml, stats) = SyntheticOSM.generate(network: net, targetNodes: nodes, seed: seed, spacingKm: spacingKm)
        let folder = (out as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try xml.write(to: URL(fileURLWithPath: out), options: .atomic)
        print(
            String(
                format: "osm: %d nodes (%d on roads, %d on tracks), %d ways, track grid every %.4f degrees -> %@",
                stats.nodes, stats.roadNodes, stats.trackNodes, stats.ways, stats.gridDegrees, out))
    }
}

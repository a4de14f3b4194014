// `hubplan merge`: joins the shard plans of a sharded run, plans the hubs across them, and verifies the result.
import ArgumentParser
import DeliveryPlanning
import Foundation
import NetworkSynthesis
import RoadNetwork

/// Reads DIR/manifest.jsonl and DIR/ID/plan.json of every shard, writes PLAN_DIR/plan.json and verifies it.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the shard plans of a sharded run (DIR/ID/plan.json), plan hubs across them, and verify.",
        discussion: """
            Keeps each county's centers, assignments and routes as its shard planned them (counties are \
            independent there) and sums parcels, savings, stage objectives and seconds (summed planning time, not \
            the array's wall time). Then runs what crosses shards on the whole network: the regional-hub stage \
            and line-haul on every shard's centers and their parcels (county-aggregated demand), with gateways \
            and firms when the network has them, and the costs and national totals. The whole network is \
            --network, or (without it) the region the shards cut up synthesized from --data with the plans' seed. \
            The merged plan is then checked by the verifier against that network. Exit 0 when it holds, 1 with \
            the violations listed or an incomplete shard, 2 for a missing shard or unreadable input.

            Examples:
              hubplan merge out/hebei-shards --out out/hebei-plan
              hubplan merge out/hebei-shards --network Networks/hebei --out out/hebei-plan
            """)

    @Argument(help: "The shard folder: manifest.jsonl and one sub-folder per shard id holding plan.json.")
    var shards: String

    @Option(help: "The network of the whole region (default: synthesized from --data; written to PLAN/network.json).")
    var network: String?

    @Option(help: "Source tables the whole region is synthesized from when --network is not given.")
    var data: String = "Networks/sources"

    @Option(help: "Folder for the merged plan.json.")
    var out: String

    @Flag(help: "Print the verification as JSON on stdout.")
    var json = false

    func run() throws {
        try OutputPath.checkFolder(out)
        let folder = URL(fileURLWithPath: shards)
        let manifest = try ShardManifest.read(folder.appendingPathComponent("manifest.jsonl").path)
        let plans = try manifest.map { shard in
            try PlanFile.read(folder.appendingPathComponent("\(shard.id)/plan.json").path)
        }
        let (net, networkPath) = try wholeNetwork(manifest, seed: plans.first?.seed ?? 0)
        let merged = try PlanMerge.merge(plans, network: net, networkPath: networkPath, cancellation: Interrupt.token())
        let path = URL(fileURLWithPath: out).appendingPathComponent("plan.json").path
        try AtomicFile.write(try PlanFile.encode(merged), to: path)
        let violations = try PlanVerifier.verify(merged, network: net)
        if json {
            try JSONOutput.print(
                VerifyReport(
                    valid: violations.isEmpty && merged.complete, complete: merged.complete,
                    violations: violations))
        } else {
            print(
                "merged \(plans.count) shards: \(merged.counties.count) counties, \(merged.centers.count) centers, "
                    + "\(merged.routes.count) routes, \(merged.hubs.count) hubs, total \(Int(merged.costs.total.rounded())) yuan/year -> \(path)"
            )
            for v in violations { print("violation: \(v)") }
            if violations.isEmpty { print("ok: verified against \(networkPath)") }
        }
        if !violations.isEmpty {
            throw CommandLineError("\(violations.count) violation(s) in the merged plan \(path)", category: .infeasible)
        }
        if !merged.complete {
            throw CommandLineError(
                "\(path): a shard plan is incomplete (\(merged.stoppedBy ?? "cut short"))", category: .infeasible)
        }
    }

    /// --network as read, or the shards' region synthesized with the plans' seed and written beside the plan.
    func wholeNetwork(_ manifest: [Shard], seed: UInt64) throws -> (Network, String) {
        if let network { return (try NetworkFile.read(network), network) }
        let prefix = ShardManifest.region(of: manifest)
        let region = try SynthesisRegion.parse(prefix.isEmpty ? "00" : prefix)
        let sources = try SourceData.load(directory: data, prefix: region.prefix)
        let net = try NetworkSynthesizer.synthesize(sources, options: SynthesisOptions(region: region, seed: seed))
        let path = URL(fileURLWithPath: out).appendingPathComponent("network.json").path
        try AtomicFile.write(CanonicalJSON.encode(net), to: path)
        return (net, path)
    }
}

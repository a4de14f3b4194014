// `hubplan plan --manifest M --shard K`: which shard to plan, and its network (cut from a network or synthesized).
import ArgumentParser
import DeliveryPlanning
import Foundation
import NetworkSynthesis
import RoadNetwork

/// The options that make `hubplan plan` plan one shard of a manifest written by `hubplan shards`.
struct ShardFlags: ParsableArguments {
    @Option(help: "A shard manifest (manifest.jsonl of `hubplan shards`): plan the shard --shard of it.")
    var manifest: String?

    @Option(help: "The shard id to plan (a line of --manifest; SLURM_ARRAY_TASK_ID in scripts/slurm/plan.sbatch).")
    var shard: Int?

    @Option(help: "Source tables the shard's network is synthesized from when no network is given.")
    var data: String = "Networks/sources"

    /// Whether a shard is planned (then the hub stage is left to `hubplan merge`).
    var isSharded: Bool { manifest != nil }

    /// Checks that a network or a shard is given, and a shard only with its manifest.
    func validate(network: String?) throws {
        if (manifest == nil) != (shard == nil) { throw ValidationError("--manifest and --shard go together") }
        if manifest == nil && network == nil {
            throw ValidationError("give a network, or --manifest and --shard to plan one shard")
        }
        if let shard, shard < 0 { throw ValidationError("--shard must be 0 or more") }
    }

    /// The network to plan and the path it is recorded under: `network` as read, or this shard's counties cut
    /// from it, or (no network given) the shard's region synthesized from --data with `seed` and written to
    /// OUT/network.json so `hubplan verify OUT/network.json OUT` can check the shard alone.
    func network(given path: String?, seed: UInt64, out: String) throws -> (network: Network, path: String) {
        guard let manifest, let shard else { return (try NetworkFile.read(path!), path!) }
        let shards = try ShardManifest.read(manifest)
        guard shards.indices.contains(shard) else {
            throw CommandLineError(
                "--shard \(shard): \(manifest) has \(shards.count) shards (ids 0-\(shards.count - 1))",
                category: .badInput)
        }
        let chosen = shards[shard]
        if let path { return (try chosen.network(cutFrom: NetworkFile.read(path)), path) }
        let region = try SynthesisRegion.parse(chosen.region)
        let sources = try SourceData.load(directory: data, prefix: region.prefix)
        let network = try NetworkSynthesizer.synthesize(
            sources, options: SynthesisOptions(region: region, seed: seed))
        let written = URL(fileURLWithPath: out).appendingPathComponent("network.json").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try AtomicFile.write(CanonicalJSON.encode(network), to: written)
        return (network, written)
    }
}

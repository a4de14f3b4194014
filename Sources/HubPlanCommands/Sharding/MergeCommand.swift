// `hubplan merge`: joins the shard plans of a sharded run into one plan and verifies it against the whole network.
import ArgumentParser
import DeliveryPlanning
import Foundation
import RoadNetwork

/// Reads DIR/manifest.jsonl and DIR/ID/plan.json of every shard, writes PLAN_DIR/plan.json and verifies it.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the shard plans of a sharded run (DIR/ID/plan.json) into one verified plan.",
        discussion: """
            Keeps each county's centers, assignments and routes as its shard planned them (counties are \
            independent there) and sums the totals: parcels, costs, savings, stage objectives and seconds \
            (summed planning time, not the array's wall time). Hubs and line-haul are each shard's; a hub \
            opened by two shards is listed once. The merged plan is then checked by the verifier against \
            --network (the union of the shards, e.g. `hubplan network synthesize --region 13`). \
            Exit 0 when it holds, 1 with the violations listed, 2 for a missing shard or unreadable input.

            Example:
              hubplan merge out/hebei-shards --network out/hebei-net --out out/hebei-plan
            """)

    @Argument(help: "The shard folder: manifest.jsonl and one sub-folder per shard id holding plan.json.")
    var shards: String

    @Option(help: "The network of the whole region, for the merged plan and its verification.")
    var network: String

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
        let net = try NetworkFile.read(network)
        let merged = try PlanMerge.merge(plans, network: net.name, networkPath: network)
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
            if violations.isEmpty { print("ok: verified against \(network)") }
        }
        if !violations.isEmpty {
            throw CommandLineError("\(violations.count) violation(s) in the merged plan \(path)", category: .infeasible)
        }
        if !merged.complete {
            throw CommandLineError(
                "\(path): a shard plan is incomplete (\(merged.stoppedBy ?? "cut short"))", category: .infeasible)
        }
    }
}

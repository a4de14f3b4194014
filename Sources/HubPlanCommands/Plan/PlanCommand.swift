// `hubplan plan`: network (+ scenario) -> hubs, county centers, routes, line-haul, costs; plan files and a report.
import ArgumentParser
import DeliveryPlanning
import Foundation
import RoadNetwork
import SolverControl

/// Runs the whole planning chain and writes plan.json, plan.geojson, summary.csv and report.html.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a network end to end: county centers, regional hubs, co-delivery routes, line-haul, costs.",
        discussion: """
            Stages: county centers (every county has one; county-center model) -> regional hubs for those centers \
            (two-level model, Datong's 3-5 by default) -> shared delivery routes from each center to its villages, \
            compared with each carrier alone -> direct line-haul from the hubs -> yearly costs with the ETC toll \
            subsidy (30%, at most 500,000 yuan per firm) and the one-time award per regional center (300,000 yuan). \
            A scenario file (YAML or JSON; see docs/plan.md) changes demand, hubs, radius, closures, fleet, policy \
            and limits. Writes into --out: plan.json, plan.geojson, summary.csv (UTF-8 with a byte-order mark unless \
            --no-bom), report.html (interactive map, offline), plan.xlsx and counties/NNNNNN.html (atomically), in \
            --lang zh or en (default: the scenario's lang, else zh for a Chinese network). \
            --time-limit or Ctrl-C stops early: the plan so far is written with "complete": false. The limit \
            counts from the start: reading the network and writing the files come out of it too.

            Example:
              hubplan plan Networks/datong --out out/datong
              hubplan plan Networks/datong --lang en --no-bom --out out/datong-en
              hubplan plan Networks/datong --scenario Examples/scenarios/growth-600m.yaml --out out/growth --json
              hubplan plan Networks/datong --scenario next-year.yaml --from out/datong/plan.json --out out/next
              hubplan plan --manifest out/hebei-shards/manifest.jsonl --shard 3 --out out/hebei-shards/3

            With --manifest and --shard it plans one shard of `hubplan shards`: the shard's counties cut from the \
            network when one is given, else synthesized from --data; the hub stage is left to `hubplan merge`.
            """
    )

    @Argument(help: "The network (folder, network.json or .geojson); optional with --manifest and --shard.")
    var network: String?

    @OptionGroup var sharding: ShardFlags

    @Option(help: "A scenario file (YAML or JSON).")
    var scenario: String?

    @Option(help: "Folder for plan.json, plan.geojson, summary.csv and report.html.")
    var out: String

    @Option(
        name: .customLong("time-limit"),
        help: "Seconds for the whole plan (overrides the scenario's time_limits.total).")
    var timeLimit: Double?

    @Option(help: "Seed (overrides the scenario's).")
    var seed: UInt64?

    @Option(name: .customLong("from"), help: "A previous plan.json: its centers become existing sites (re-planning).")
    var from: String?
    @Option(
        help:
            "Counties planned at once (default: every core). The plan is the same for any count when the scenario sets time_limits.routing_iterations."
    )
    var workers: Int?

    @Flag(help: "Print a JSON summary on stdout and nothing else.")
    var json = false

    @Flag(help: "No progress and no table.")
    var quiet = false

    @OptionGroup var report: ReportFlags

    func validate() throws {
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be positive") }
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        try sharding.validate(network: network)
    }

    func run() throws {
        // Held until the files are written: a second run into the same folder exits 2 naming this pid.
        let lock = try OutputLock(folder: out)
        defer { withExtendedLifetime(lock) {} }
        let started = TimeBudget(seconds: nil)
        var chosen = try scenario.map { try ScenarioFile.read($0) } ?? Scenario()
        if let timeLimit { chosen.timeLimits.total = timeLimit }
        if let seed { chosen.seed = seed }
        let previous = try from.map { try PlanFile.read($0) }
        if let previous { chosen = PlanContinuity.scenario(chosen, continuing: previous) }
        let (net, network) = try sharding.network(given: self.network, seed: chosen.seed, out: out)
        var pipeline = PlanPipeline(scenario: chosen, networkPath: network)
        pipeline.cancellation = Interrupt.token()
        // The limit covers the whole command: reading the network is done, the files are still to write.
        pipeline.deadline = PlanOutput.deadline(
            total: chosen.timeLimits.total, spent: started.elapsed,
            reserve: PlanOutput.writeSeconds(nodes: net.nodes.count, workers: workers ?? ParallelWork.allCores),
            cancellation: pipeline.cancellation)
        if let chain = pipeline.deadline?.limit { chosen.timeLimits.total = max(0.1, chain) }
        pipeline.scenario = chosen
        pipeline.workers = workers ?? ParallelWork.allCores
        pipeline.previous = previous
        pipeline.isShard = sharding.isSharded
        let progress = PlanOutput.progress(quiet: quiet || json)
        if let progress { pipeline.progress = { @Sendable message in progress.note(message) } }
        var plan: NetworkPlan
        do {
            defer { progress?.finish() }
            plan = try pipeline.run(on: net)
        }
        if let previous {
            plan.continuity?.from = from
            plan.warnings += PlanContinuity.changes(from: previous, to: plan)
        }
        let prepared = try ScenarioNetwork(network: net, scenario: chosen).network
        let options = try report.options(network: prepared, networkPath: network, scenario: chosen)
        let files = try PlanOutput.write(
            plan, network: prepared, to: out, options: options, workers: workers ?? ParallelWork.allCores)
        if json {
            try JSONOutput.print(PlanSummary(plan: plan, files: files))
        } else if !quiet {
            print(PlanOutput.summary(plan))
            print("report: \(files[3])")
        }
    }
}

/// The `--json` output of `hubplan plan`: the figures a script needs, and where the files are.
struct PlanSummary: Encodable {
    var network: String
    var complete: Bool
    var stoppedBy: String?
    var seconds: Double
    var hubs: [String]
    var centers: [String]
    var routes: Int
    var costs: NetworkPlan.Costs
    var savings: Double?
    var stages: [NetworkPlan.Stage]
    var files: [String]

    init(plan: NetworkPlan, files: [String]) {
        network = plan.network
        complete = plan.complete
        stoppedBy = plan.stoppedBy
        seconds = plan.seconds
        hubs = plan.hubs.map(\.id)
        centers = plan.centers.map(\.id)
        routes = plan.routes.count
        costs = plan.costs
        savings = plan.savings?.costSaving
        stages = plan.stages
        self.files = files
    }
}

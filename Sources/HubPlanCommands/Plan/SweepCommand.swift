// `hubplan sweep`: one plan per point of a scenario grid; sweep.csv, sweep.json and sweep.html side by side.
import ArgumentParser
import DeliveryPlanning
import Foundation
import Reports
import RoadNetwork
import SolverControl

/// Runs a grid of scenarios on the scenario's network.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Plan a grid of scenarios and compare them (sweep.csv, sweep.json, sweep.html).",
        discussion: """
            The scenario file names its network (network: path, relative to the file). Each --vary KEY=VALUES adds \
            an axis: a list (growth=1.0,1.5,2.0) or whole steps (hubs=3..5). Keys: hubs, growth, radius_km, \
            radius_min, per_county, toll_subsidy_share, award_per_hub, co_delivery. Every point's plan files go to \
            DIR/point-K/; an infeasible point is a row with its reason, not a failure of the sweep.

            Example:
              hubplan sweep Examples/scenarios/datong.yaml --vary hubs=3..5 --vary growth=1.0,1.5,2.0 --out out/sweep
            """
    )

    @Argument(help: "The scenario file (it names the network).")
    var scenario: String

    @Option(parsing: .singleValue, help: "An axis: KEY=a,b,c or KEY=lo..hi (repeatable).")
    var vary: [String] = []

    @Option(help: "Folder for sweep.csv, sweep.json, sweep.html and each point's plan.")
    var out: String

    @Flag(help: "Print sweep.json on stdout too.")
    var json = false

    @Flag(help: "No progress and no table.")
    var quiet = false

    @OptionGroup var report: ReportFlags

    func run() throws {
        let lock = try OutputLock(folder: out)
        defer { withExtendedLifetime(lock) {} }
        let base = try ScenarioFile.read(scenario)
        guard let networkPath = base.network else {
            throw CommandLineError("\(scenario): network: missing (a sweep's scenario names its network)")
        }
        let axes = try vary.map { try SweepAxis.parse($0) }
        let net = try NetworkFile.read(networkPath)
        let token = Interrupt.token()
        var points: [SweepPoint] = []
        for (k, point) in try SweepPoint.grid(base, axes).enumerated() {
            if token.isCancelled { break }
            let folder = "point-\(k + 1)"
            let label = zip(point.keys, point.values).map { "\($0)=\(String(format: "%g", $1))" }.joined(separator: " ")
            if !quiet && !json { FileHandle.standardError.write(Data("sweep \(k + 1): \(label)\n".utf8)) }
            let start = TimeBudget(seconds: nil)
            do {
                var pipeline = PlanPipeline(scenario: point.scenario, networkPath: networkPath)
                pipeline.cancellation = token
                let plan = try pipeline.run(on: net)
                let prepared = try ScenarioNetwork(network: net, scenario: point.scenario).network
                let options = try report.options(network: prepared, networkPath: networkPath, scenario: point.scenario)
                try PlanOutput.write(
                    plan, network: prepared, to: (out as NSString).appendingPathComponent(folder), options: options)
                points.append(SweepPoint(keys: point.keys, values: point.values, folder: folder, plan: plan))
            } catch let error as CategorizedError {
                let status: SweepPoint.Status = error.category == .infeasible ? .infeasible : .badInput
                points.append(
                    SweepPoint(
                        keys: point.keys, values: point.values, folder: folder, status: status,
                        message: error.description, seconds: start.elapsed))
            }
        }
        let path = { (name: String) in (out as NSString).appendingPathComponent(name) }
        try AtomicFile.write(SweepReport.csv(points, byteOrderMark: !report.noBOM), to: path("sweep.csv"))
        try AtomicFile.write(try JSONOutput.data(points), to: path("sweep.json"))
        try AtomicFile.write(SweepReport.html(points, title: base.name), to: path("sweep.html"))
        if json {
            try JSONOutput.print(points)
        } else if !quiet {
            print(String(decoding: SweepReport.csv(points, byteOrderMark: false), as: UTF8.self), terminator: "")
            print("report: \(path("sweep.html"))")
        }
    }
}

// `hubplan-bench scale`: large CVRP, VRPTW and rural instances, ours and PyVRP side by side at the same moment.
import ArgumentParser
import Foundation
import HubPlanCommands
import SolverControl
import VehicleRouting

/// Runs our solver and PyVRP on the same large instance at the same time (one core each, so machine load
/// affects both alike) and writes out/bench/scale.csv and scale.md with cost ratios and iteration rates.
struct BenchScaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract: "Large instances beside PyVRP: CVRP X 500-1001, Homberger 400-1000, a rural family.",
        discussion: """
            Families: 'cvrp' (CVRPLIB X with 500 to 1,001 customers, unlimited fleet, rounded Euclidean), \
            'vrptw' (Gehring & Homberger 400-1,000 from vrptw/homberger-large, DIMACS convention, at most K \
            vehicles, distance objective) and 'rural' (generated county days, RuralInstances, written under \
            --out/rural). For each instance PyVRP starts first and our solver runs meanwhile, each on one core \
            for --time-limit seconds; every solution of ours goes through the RouteVerifier. The table gives \
            gaps to the best-known values, ours/PyVRP cost ratios and iterations a second.

            Example:
              hubplan-bench scale --families cvrp --instances 'X-n1001*' --time-limit 60
              hubplan-bench scale --families vrptw,rural --instances 'R1_4_1,rural-n800*'
              hubplan-bench scale --families cvrp --seconds-per-client 2.4 --resume --out out/x-published
            """
    )

    @Option(help: "Comma-separated families: cvrp, vrptw, rural.")
    var families = "cvrp,vrptw,rural"

    @Option(help: "Only instances whose name matches one of these comma-separated globs.")
    var instances: String?

    @Option(name: .customLong("time-limit"), help: "Seconds per instance for each solver.")
    var timeLimit: Double = 60

    @Option(
        name: .customLong("seconds-per-client"),
        help: "Instead of --time-limit: this many seconds a customer (2.4 is PyVRP's published budget on X).")
    var secondsPerClient: Double?

    @Option(name: .customLong("rural-sizes"), help: "Customer counts of the rural family.")
    var ruralSizes = "500,800,1000"

    @Option(
        name: .customLong("rural-seeds"),
        help: "Generator seeds of the rural family (each size with each seed; tables before 2026-12-05 20:00 had 1).")
    var ruralSeeds = "1,2"

    @Flag(name: .customLong("no-peers"), help: "Run our solver alone.")
    var noPeers = false

    @Option(
        name: .customLong("peers-dir"),
        help: "The peers harness folder with .venv (default $HUBPLAN_PEERS or ../shared/peers).")
    var peersDirectory: String?

    @Option(name: .customLong("scripts-dir"), help: "Folder holding vrptw_pyvrp.py.")
    var scriptsDirectory = "scripts/peers"

    @Option(help: "The benchmarks folder holding cvrp/ and vrptw/homberger-large/.")
    var data = "../shared/benchmarks"

    @Option(
        name: .customLong("initial-population"),
        help: "Our seed population (default: by size, SolverParameters.initialPopulation).")
    var initialPopulation: Int?

    @Option(
        name: .customLong("seeding-share"),
        help: "Largest share of the time limit our population seeding may take (SolverParameters).")
    var seedingShare: Double?

    @Option(help: "Stop our solver after this many iterations (then --time-limit bounds PyVRP only).")
    var iterations: Int?

    @Option(help: "Our granular neighbourhood size (default: SolverParameters.granularity).")
    var granularity: Int?

    @Option(
        name: [.customLong("seeds"), .customLong("seed")],
        help: """
            Random seeds, comma-separated: each instance runs once a seed, PyVRP with the same seed beside ours; \
            the summary compares each instance's mean costs over its seeds (a 60-s run varies by about 1%).
            """)
    var seeds = "0"

    @Option(help: "Our search: automatic (by size and budget), genetic or iterated.")
    var algorithm = RoutingAlgorithm.automatic

    @Option(
        help: """
            The genetic search's crossover: automatic is srex for one vehicle type with times, order (OX, \
            then Split) otherwise.
            """)
    var crossover = Crossover.automatic

    @Option(
        name: .customLong("child-routes"),
        help: "How many routes Split may cut an OX child into: fleet (every slot) or parent (HGS-CVRP's rule).")
    var childRoutes = ChildRoutes.fleet

    @Option(
        name: .customLong("swap-star"),
        help: "When our genetic search runs SWAP*: every-pass (HGS-CVRP's order) or settled (PyVRP's).")
    var swapStar = SwapStarTiming.everyPass

    @Option(
        help: """
            Whether our genetic search decomposes (every 500 iterations an elite solution's routes, by their \
            barycentres' angle, are searched again in groups of at most 200 clients; Santini et al. 2023): \
            automatic (without times, from 600 clients and 2.4 s a client), always or never.
            """)
    var decomposition = Decomposes.automatic

    @Option(help: "Folder for scale.csv, scale.md and the rural instances.")
    var out = "out/bench"

    @Flag(
        help: """
            Keep the runs already in --out's scale.csv and run only the instance-seed pairs it lacks: a long \
            budget (2.4 s a customer on X is 16 hours) over several sittings. Their budgets must equal this run's.
            """)
    var resume = false

    func run() throws {
        if let secondsPerClient, !(secondsPerClient > 0) {
            throw CommandLineError("--seconds-per-client: \(secondsPerClient) is not a positive number")
        }
        let seedList = try parsedSeeds()
        let selected = try selection()
        guard !selected.isEmpty else { throw CommandLineError("no instance matches the selection") }
        let peersDir = peersDirectory ?? ProcessInfo.processInfo.environment["HUBPLAN_PEERS"] ?? "../shared/peers"
        let cvrpPeer = PeerSolver(script: "cvrp_pyvrp.py", directory: peersDir)
        let vrptwPeer = PeerSolver(script: "vrptw_pyvrp.py", directory: peersDir, scriptDirectory: scriptsDirectory)
        if !noPeers && !(cvrpPeer.isAvailable && vrptwPeer.isAvailable) {
            throw CommandLineError("peers not found in \(peersDir) (run `make peers`, or set --peers-dir)")
        }
        var rows = resume ? try earlierRows() : []
        let earlier = rows.count
        // A run Ctrl-C cut: reported last in scale.md, left out of scale.csv so that --resume runs it again.
        var cut: ScaleBenchRow?
        // In the order one sitting would run them, also when this one ran nothing.
        func table() -> [ScaleBenchRow] { ScaleBenchRow.ordered(rows, instances: selected, seeds: seedList) }
        let token = Interrupt.token()
        for instance in selected where !token.isCancelled {
            for seed in seedList where !token.isCancelled {
                if rows.contains(where: { $0.instance.name == instance.name && $0.seed == seed }) { continue }
                let row = try runPair(
                    instance, seed: seed, peer: instance.family == .vrptw ? vrptwPeer : cvrpPeer, cancellation: token)
                FileHandle.standardError.write(
                    Data(
                        ("\(instance.name) seed \(seed): \(row.ours.cost.map(String.init) ?? "none") "
                            + "(\(row.ours.iterations ?? 0) iterations)  "
                            + "PyVRP \(row.pyvrp?.cost.map(String.init) ?? "-") "
                            + "(\(row.pyvrp?.iterations ?? 0) iterations)  ratio "
                            + (row.costRatio.map { String(format: "%.4f", $0) } ?? "-") + "\n").utf8))
                if token.isCancelled {
                    cut = row
                } else {
                    rows.append(row)
                    try writeCSV(table())
                }
            }
        }
        // Also when no run finished, so an older table in --out never outlives this sitting.
        try writeCSV(table())
        var loads = [Double](repeating: 0, count: 3)
        let load = getloadavg(&loads, 3) == 3 ? loads.map { String(format: "%.2f", $0) }.joined(separator: " ") : "?"
        let context =
            "Side by side: PyVRP and HubPlan at the same moment, one core each, "
            + (secondsPerClient.map { "\($0) s a customer" } ?? "\(timeLimit) s") + " each, "
            + (seedList.count == 1
                ? "seed \(seedList[0])" : "seeds " + seedList.map(String.init).joined(separator: ", "))
            + "; CVRP costs in rounded Euclidean units, VRPTW in DIMACS tenths (distance, at most K "
            + "vehicles). \(ProcessInfo.processInfo.activeProcessorCount) cores, load average at the end \(load)."
            + (earlier > 0
                ? " \(earlier) of the \(rows.count) full runs \(earlier == 1 ? "comes" : "come") from earlier sittings (--resume)."
                : "")
            + BenchInterruption.note(token) + (cut != nil ? " scale.csv leaves the cut run out." : "")
        let markdown = ScaleBenchReport.markdown(table() + (cut.map { [$0] } ?? []), context: context)
        try AtomicFile.write(markdown, to: out + "/scale.md")
        print(markdown, terminator: "")
    }

    /// scale.csv, rewritten whole after every run: an interrupted sitting leaves every full run before it.
    private func writeCSV(_ rows: [ScaleBenchRow]) throws {
        try AtomicFile.write(
            ([ScaleBenchRow.csvHeader] + rows.map(\.csv)).joined(separator: "\n") + "\n", to: out + "/scale.csv")
    }

    /// Seconds each solver gets on an instance of `customers` customers.
    private func budget(customers: Int) -> Double {
        secondsPerClient.map { $0 * Double(customers) } ?? timeLimit
    }

    /// The runs of an earlier sitting in --out's scale.csv (none when there is no file yet), each checked to
    /// have had this run's budget, so that one table never mixes budgets.
    private func earlierRows() throws -> [ScaleBenchRow] {
        let path = out + "/scale.csv"
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CommandLineError("\(path): cannot be read as UTF-8 text")
        }
        let rows = try ScaleBenchRow.rows(fromCSV: text, file: path)
        for row in rows {
            let expected = budget(customers: row.instance.customers)
            guard String(format: "%g", row.timeLimit) == String(format: "%g", expected) else {
                throw CommandLineError(
                    "\(path): \(row.instance.name) ran with \(String(format: "%g", row.timeLimit)) s, this run gives "
                        + "\(String(format: "%g", expected)) s; resume with the same budget or choose another --out")
            }
        }
        return rows
    }

    /// The instances of the chosen families that match ``instances``, smallest first within each family.
    private func selection() throws -> [ScaleBenchInstance] {
        let chosen = families.lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for family in chosen where !["cvrp", "vrptw", "rural"].contains(family) {
            throw CommandLineError("unknown family '\(family)' (cvrp, vrptw or rural)")
        }
        var all: [ScaleBenchInstance] = []
        if chosen.contains("cvrp") {
            all += try RoutingBenchInstance.load(directory: data + "/cvrp")
                .filter { $0.set == "X" && $0.customers >= 500 }
                .map {
                    ScaleBenchInstance(
                        name: $0.name, family: .cvrp, customers: $0.customers, bks: $0.bks,
                        path: $0.path)
                }
        }
        if chosen.contains("vrptw") {
            all += try BenchVRPTWCommand.loadInstances(from: data + "/vrptw/homberger-large")
                .map {
                    ScaleBenchInstance(
                        name: $0.name, family: .vrptw, customers: $0.customers, bks: $0.bks,
                        path: $0.path)
                }
        }
        if chosen.contains("rural") {
            let seeds = try ruralSeeds.split(separator: ",").map { text in
                guard let seed = UInt64(text.trimmingCharacters(in: .whitespaces)) else {
                    throw CommandLineError("--rural-seeds: '\(text)' is not a non-negative whole number")
                }
                return seed
            }
            for size in ruralSizes.split(separator: ",") {
                guard let customers = Int(size.trimmingCharacters(in: .whitespaces)), customers > 0 else {
                    throw CommandLineError("--rural-sizes: '\(size)' is not a positive number")
                }
                for seed in seeds {
                    let path = try RuralInstances.write(customers: customers, seed: seed, into: out + "/rural")
                    all.append(
                        ScaleBenchInstance(
                            name: RuralInstances.name(customers: customers, seed: seed),
                            family: .rural, customers: customers, bks: nil, path: path))
                }
            }
        }
        let globs = instances?.split(separator: ",").map(String.init)
        return all.filter { instance in globs.map { $0.contains { fnmatch($0, instance.name, 0) == 0 } } ?? true }
    }

    /// The seeds of ``seeds``, in order, each once.
    private func parsedSeeds() throws -> [UInt64] {
        var list: [UInt64] = []
        for text in seeds.split(separator: ",", omittingEmptySubsequences: false) {
            guard let seed = UInt64(text.trimmingCharacters(in: .whitespaces)) else {
                throw CommandLineError("--seeds: '\(text)' is not a non-negative whole number")
            }
            if !list.contains(seed) { list.append(seed) }
        }
        return list
    }

    /// PyVRP started on `instance` with `seed`, and ours with the same seed meanwhile.
    private func runPair(
        _ instance: ScaleBenchInstance, seed: UInt64, peer: PeerSolver, cancellation: CancellationToken
    ) throws -> ScaleBenchRow {
        let seconds = budget(customers: instance.customers)
        let running = noPeers ? nil : peer.start(instance: instance.path, seconds: seconds, vehicles: nil, seed: seed)
        defer { running?.stop() }
        let ours = try solveOurs(instance, seconds: seconds, seed: seed, cancellation: cancellation)
        return ScaleBenchRow(
            instance: instance, timeLimit: seconds, seed: seed, ours: ours,
            pyvrp: running?.finish(cancellation: cancellation))
    }

    private func solveOurs(
        _ instance: ScaleBenchInstance, seconds: Double, seed: UInt64,
        cancellation: CancellationToken
    ) throws -> RoutingBenchResult {
        let data =
            instance.family == .vrptw
            ? try SolomonReader.read(path: instance.path, convention: .dimacs).data
            : try VRPLIBReader.read(path: instance.path).data
        var parameters = SolverParameters()
        parameters.seed = seed
        parameters.initialPopulationSize = initialPopulation
        if let seedingShare { parameters.seedingTimeShare = seedingShare }
        parameters.maxIterations = iterations
        if let granularity { parameters.granularity = granularity }
        parameters.crossover = crossover
        parameters.childRoutes = childRoutes
        parameters.swapStar = swapStar
        parameters.decomposes = decomposition
        let solved = try VerifiedSolve.solve(
            data, parameters: parameters,
            budget: TimeBudget(seconds: iterations == nil ? seconds : nil, cancellation: cancellation),
            algorithm: algorithm)
        let cost = instance.family == .vrptw ? solved.report.distance : solved.report.cost
        return RoutingBenchResult(
            cost: solved.isFeasible ? cost : nil, routes: solved.result.solution.routes.count,
            seconds: solved.result.seconds, feasible: solved.isFeasible,
            iterations: solved.result.iterations)
    }
}

extension RoutingAlgorithm: ExpressibleByArgument {}
extension Crossover: ExpressibleByArgument {}
extension ChildRoutes: ExpressibleByArgument {}
extension SwapStarTiming: ExpressibleByArgument {}
extension Decomposes: ExpressibleByArgument {}

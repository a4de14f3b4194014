// `hubplan solve vrplib`: solve a CVRPLIB instance with the routing search and print or save the routes.
import ArgumentParser
import Foundation
import SolverControl
import VehicleRouting

/// Solves a VRPLIB `.vrp` file.
struct SolveVRPLIBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vrplib",
        abstract: "Solve a CVRPLIB (.vrp) capacitated vehicle routing instance.",
        discussion: """
            Reads a VRPLIB file (EUC_2D rounded as TSPLIB does, or EXPLICIT weights) and runs the hybrid genetic \
            search (from \(RoutingSearch.iteratedFromClients) customers the iterated local search, unless the time \
            limit gives at least \(RoutingSearch.geneticFromSecondsPerClient) s a customer) until the time limit or \
            the iteration limit. The fleet is unlimited unless the file has a \
            VEHICLES field or --vehicles caps it. Ctrl-C stops early with the best routes so far (marked \
            incomplete). Routes use CVRPLIB customer numbers (node id - 1), as in .sol files.

            With --exact, the search runs for a tenth of the time (at most 5 s) and its best solution is the warm \
            start of a GLPK branch-and-cut on the two-index model with rounded capacity cuts, which gets the rest \
            of the time (default 120 s) and reports a lower bound and whether the solution is proven optimal.

            Exit codes: 0 a feasible solution, 1 none found (or a customer heavier than the vehicle), 2 bad input.

            Example:
              hubplan solve vrplib A-n32-k5.vrp --vehicles 5 --time-limit 10 --json --solution A-n32-k5.sol
            """
    )

    @Argument(help: "The .vrp file.")
    var file: String

    @Option(help: "At most this many vehicles (overrides the file's VEHICLES).")
    var vehicles: Int?

    @Option(name: .customLong("time-limit"), help: "Seconds to search (default 10 unless --iterations is given).")
    var timeLimit: Double?

    @Option(help: "Stop after this many iterations (reproducible regardless of machine speed).")
    var iterations: Int?

    @Option(help: "Random seed.")
    var seed: UInt64 = 0

    @Flag(help: "Prove optimality with GLPK (two-index model with capacity cuts; up to about 30 customers).")
    var exact = false

    @Flag(help: "Print JSON on stdout.")
    var json = false

    @Option(help: "Also write the solution to this .sol file.")
    var solution: String?

    func validate() throws {
        if let vehicles, vehicles < 1 { throw ValidationError("--vehicles must be at least 1") }
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be positive") }
        if let iterations, iterations < 0 { throw ValidationError("--iterations must not be negative") }
    }

    func run() throws {
        if let solution { try OutputPath.checkFile(solution, option: "--solution") }
        let instance = try VRPLIBReader.read(path: file)
        var parameters = SolverParameters()
        parameters.seed = seed
        parameters.maxIterations = iterations
        let limit = timeLimit ?? (exact ? 120 : (iterations == nil ? 10 : nil))
        let budget = TimeBudget(seconds: limit, cancellation: Interrupt.token())
        let quiet = json
        let solved = try VerifiedSolve.solve(
            instance.data, vehicles: vehicles, parameters: parameters,
            budget: budget, prove: exact
        ) { progress in
            guard !quiet else { return }
            FileHandle.standardError.write(
                Data(
                    String(
                        format: "%8.2fs  iteration %7d  cost %d\n",
                        progress.seconds, progress.iteration, progress.cost
                    ).utf8))
        }
        var result = solved.result
        result.seconds = budget.elapsed
        let report = solved.report, proof = solved.proof
        let feasible = solved.isFeasible
        let sol = SolutionFile(result.solution, instance: instance, cost: report.cost)
        if let path = solution {
            try AtomicFile.write(
                sol.text(extra: [
                    ("Solver", "hubplan"),
                    (
                        "Seconds",
                        String(
                            format: "%.2f",
                            result.seconds)
                    ),
                ]),
                to: path)
        }
        let complete = result.stopReason != .cancelled
        if json {
            try JSONOutput.print(
                SolveVRPLIBOutput(
                    instance: instance.name, cost: report.cost, routes: sol.routes, vehicles: sol.routes.count,
                    feasible: feasible, seconds: (result.seconds * 1000).rounded() / 1000,
                    iterations: result.iterations,
                    seed: seed, complete: complete, stopReason: result.stopReason.rawValue,
                    violations: report.violations.map(\.description), bound: proof?.bound,
                    optimal: proof.map { _ in solved.isProvenOptimal }))
        } else {
            print(sol.text(), terminator: "")
            print(
                "\(instance.name): cost \(report.cost), \(sol.routes.count) routes, "
                    + (feasible ? "feasible" : "INFEASIBLE") + ", \(result.iterations) iterations in "
                    + String(format: "%.2f", result.seconds) + " s" + (complete ? "" : " (interrupted: best so far)"))
            if let proof {
                print(
                    "exact: "
                        + (solved.isProvenOptimal
                            ? "proven optimal"
                            : "lower bound \(proof.bound.map { String(format: "%.1f", $0) } ?? "none")")
                        + " (\(proof.nodes) nodes, \(proof.cutsAdded) capacity cuts, "
                        + String(format: "%.2f", proof.seconds) + " s)")
            }
        }
        if !feasible {
            throw CommandLineError(
                "no feasible solution found for \(instance.name): "
                    + report.violations.map(\.description).joined(separator: "; "), category: .infeasible)
        }
    }
}

/// The JSON printed by `hubplan solve vrplib --json`.
struct SolveVRPLIBOutput: Encodable {
    var instance: String
    var cost: Int
    var routes: [[Int]]
    var vehicles: Int
    var feasible: Bool
    var seconds: Double
    var iterations: Int
    var seed: UInt64
    var complete: Bool
    var stopReason: String
    var violations: [String]
    /// With --exact: the proven lower bound and whether the cost is proven optimal.
    var bound: Double?
    var optimal: Bool?

    enum CodingKeys: String, CodingKey {
        case instance, cost, routes, vehicles, feasible, seconds, iterations, seed, complete, violations, bound
        case optimal
        case stopReason
    }
}

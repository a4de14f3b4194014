// `hubplan solve solomon`: solve a Solomon/Homberger VRPTW instance with the routing search.
import ArgumentParser
import Foundation
import SolverControl
import VehicleRouting

/// Solves a Solomon or Gehring-Homberger VRPTW `.txt` file.
struct SolveSolomonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solomon",
        abstract: "Solve a Solomon or Gehring-Homberger vehicle routing instance with time windows.",
        discussion: """
            Reads a Solomon/Homberger file (VEHICLE block with K and Q, CUSTOMER rows: id x y demand ready due \
            service; row 0 is the depot, whose due date ends the shift) and runs the hybrid genetic search with \
            time windows (from \(RoutingSearch.iteratedFromClients) customers the iterated local search) until the \
            time limit. Travel time equals distance; a vehicle arriving early waits.

            Distances are Euclidean in double precision (the SINTEF convention; held as integers x 10 000, \
            travel times rounded up), or with --dimacs truncated to one decimal per leg (the DIMACS/CVRPLIB \
            convention of the distance-only best-known values and of PyVRP). The objective is total distance, \
            or with --objective vehicles-then-distance the fewest vehicles first (a fixed cost per vehicle \
            above any total distance). At most K vehicles are used. Routes list customer numbers (rows 1..n).

            Exit codes: 0 a feasible solution, 1 none found, 2 bad input (the message names file:line).

            Example:
              hubplan solve solomon solomon/C101.txt --dimacs --time-limit 30 --json
            """
    )

    @Argument(help: "The Solomon/Homberger .txt file.")
    var file: String

    @Option(name: .customLong("time-limit"), help: "Seconds to search (default 10 unless --iterations is given).")
    var timeLimit: Double?

    @Option(help: "Stop after this many iterations (reproducible regardless of machine speed).")
    var iterations: Int?

    @Option(help: "Random seed.")
    var seed: UInt64 = 0

    @Option(help: "distance (default) or vehicles-then-distance.")
    var objective: SolomonObjective = .distance

    @Flag(help: "Truncate each leg to one decimal (DIMACS / CVRPLIB convention).")
    var dimacs = false

    @Flag(help: "Print JSON on stdout.")
    var json = false

    func validate() throws {
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be positive") }
        if let iterations, iterations < 0 { throw ValidationError("--iterations must not be negative") }
    }

    func run() throws {
        let instance = try SolomonReader.read(
            path: file, convention: dimacs ? .dimacs : .exact,
            objective: objective)
        var parameters = SolverParameters()
        parameters.seed = seed
        parameters.maxIterations = iterations
        let budget = TimeBudget(seconds: timeLimit ?? (iterations == nil ? 10 : nil), cancellation: Interrupt.token())
        let scale = Double(instance.data.scale)
        let quiet = json
        let solved = try VerifiedSolve.solve(instance.data, parameters: parameters, budget: budget) { progress in
            guard !quiet else { return }
            FileHandle.standardError.write(
                Data(
                    String(
                        format: "%8.2fs  iteration %7d  cost %.2f\n",
                        progress.seconds, progress.iteration,
                        Double(progress.cost) / scale
                    ).utf8))
        }
        let result = solved.result, report = solved.report
        let feasible = solved.isFeasible
        let routes = result.solution.routes.map(\.visits)
        let distance = Double(report.distance) / scale
        let complete = result.stopReason != .cancelled
        if json {
            try JSONOutput.print(
                SolveSolomonOutput(
                    instance: instance.name, cost: distance, vehicles: routes.count, routes: routes, feasible: feasible,
                    seconds: (budget.elapsed * 1000).rounded() / 1000, iterations: result.iterations, seed: seed,
                    complete: complete, stopReason: result.stopReason.rawValue,
                    convention: instance.convention.rawValue,
                    objective: objective.rawValue, violations: report.violations.map(\.description)))
        } else {
            for (k, route) in routes.enumerated() {
                print("Route #\(k + 1): " + route.map(String.init).joined(separator: " "))
            }
            print(
                "\(instance.name): distance " + String(format: "%.2f", distance) + ", \(routes.count) vehicles, "
                    + (feasible ? "feasible" : "INFEASIBLE") + ", \(result.iterations) iterations in "
                    + String(format: "%.2f", budget.elapsed) + " s" + (complete ? "" : " (interrupted: best so far)"))
        }
        if !feasible {
            throw CommandLineError(
                "no feasible solution found for \(instance.name): "
                    + report.violations.prefix(5).map(\.description).joined(separator: "; "), category: .infeasible)
        }
    }
}

/// The JSON printed by `hubplan solve solomon --json`.
struct SolveSolomonOutput: Encodable {
    var instance: String
    /// Total distance in the file's units (the objective's distance part).
    var cost: Double
    var vehicles: Int
    var routes: [[Int]]
    var feasible: Bool
    var seconds: Double
    var iterations: Int
    var seed: UInt64
    var complete: Bool
    var stopReason: String
    var convention: String
    var objective: String
    var violations: [String]

    enum CodingKeys: String, CodingKey {
        case instance, cost, vehicles, routes, feasible, seconds, iterations, seed, complete, convention, objective
        case violations
        case stopReason
    }
}

// `hubplan solve pmed`: solve an OR-Library p-median instance to proven optimality and print the medians.
import ArgumentParser
import FacilityLocation
import Foundation
import SolverControl

/// Solves an OR-Library `pmedN.txt` file.
struct SolvePMedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pmed",
        abstract: "Solve an OR-Library p-median instance (pmed1...pmed40) to proven optimality.",
        discussion: """
            Reads the edge list (a pair listed twice keeps its last length, as OR-Library does), expands it by \
            all-pairs shortest paths, and runs HubPlan's exact p-median method: greedy + fast interchange, a \
            Lagrangian bound with subgradient optimisation, penalty reduction and a Lagrangian branch-and-bound \
            (docs/location.md). The result reports the objective, the proven lower bound and whether the \
            medians are proven optimal. Medians are 1-based vertex numbers. Ctrl-C stops with the best so far.

            Exit codes: 0 solved (optimal or not), 1 no solution, 2 bad input.

            Example:
              hubplan solve pmed pmed26.txt --time-limit 60 --json
            """
    )

    @Argument(help: "The pmedN.txt file.")
    var file: String

    @OptionGroup var flags: LocationSolveFlags

    func run() throws {
        let problem = try PMedianFile.read(path: file)
        let options = flags.options()
        let result = try PMedianSolver(options: options).solve(problem)
        guard let solution = result.solution else {
            throw CommandLineError("\(file): no p-median solution found", category: .infeasible)
        }
        try LocationSolveFlags.verify(
            solution, rules: problem.verificationRules, objective: problem.verificationObjective,
            claimed: result.objective)
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let output = SolvePMedOutput(
            instance: name, n: problem.clients, p: problem.p, objective: result.objective, bound: result.bound,
            gap: result.gap, optimal: result.isOptimal, status: result.status.rawValue,
            seconds: (result.seconds * 1000).rounded() / 1000, medians: solution.open.map { $0 + 1 },
            method: Dictionary(result.statistics.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))
        if flags.json {
            try JSONOutput.print(output)
        } else {
            print("\(name): n = \(problem.clients), p = \(problem.p)")
            print(LocationOutput.summary(result))
            print("medians: " + output.medians.map(String.init).joined(separator: " "))
        }
    }
}

/// The JSON printed by `hubplan solve pmed --json`.
struct SolvePMedOutput: Encodable {
    var instance: String
    var n: Int
    var p: Int
    var objective: Double
    var bound: Double
    var gap: Double
    var optimal: Bool
    var status: String
    var seconds: Double
    /// 1-based vertex numbers of the open medians, ascending.
    var medians: [Int]
    /// What the method did (bounds, nodes), as strings.
    var method: [String: String]
}

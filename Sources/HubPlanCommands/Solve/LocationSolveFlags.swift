// The flags every location command shares (--time-limit, --json, --verbose, --export-lp) and their checks.
import ArgumentParser
import FacilityLocation

/// `--time-limit`, `--json`, `--verbose` and `--export-lp`, with what they turn into.
struct LocationSolveFlags: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: "Seconds to search (default: until proven optimal).")
    var timeLimit: Double?

    @Flag(help: "Print JSON on stdout.")
    var json = false

    @Flag(help: "Print progress (bounds, nodes, GLPK output) on stderr.")
    var verbose = false

    @Option(name: .customLong("export-lp"), help: "Write the MIP handed to GLPK (CPLEX LP format) to this file.")
    var exportLP: String?

    func validate() throws {
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be positive") }
        // GLPK writes the model itself (not through AtomicFile): a device or folder is refused here (exit 2).
        if let exportLP {
            do { try OutputPath.checkFile(exportLP, option: "--export-lp") } catch { throw ValidationError("\(error)") }
        }
    }

    /// Solver options with Ctrl-C wired to cancellation.
    func options() -> LocationOptions {
        LocationOptions(
            timeLimit: timeLimit, cancellation: Interrupt.token(), verbose: verbose, exportLP: exportLP,
            log: LocationOutput.logger(verbose))
    }

    /// Throws unless `solution` passes the independent verifier (a failure is a bug, reported as such).
    static func verify(
        _ solution: LocationSolution, rules: LocationRules, objective: LocationObjective,
        claimed: Double
    ) throws {
        let report = LocationVerifier.verify(solution, rules: rules, objective: objective, claimedObjective: claimed)
        guard report.isValid else {
            throw CommandLineError(
                "internal error: the plan fails verification: " + report.violations.joined(separator: "; "),
                category: .infeasible)
        }
    }
}

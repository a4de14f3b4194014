// `hubplan solve cap`: solve an OR-Library capacitated warehouse location instance and print the plan.
import ArgumentParser
import FacilityLocation
import Foundation
import SolverControl

/// Solves an OR-Library `capXX.txt` / `capa.txt` file.
struct SolveCapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cap",
        abstract: "Solve an OR-Library capacitated warehouse location instance (cap41...cap134, capa/b/c).",
        discussion: """
            c_ij in the file is the cost of serving ALL of customer j's demand from warehouse i. By default a \
            customer's demand may be split between warehouses (the convention of OR-Library's published optima) \
            and the exact method is a Lagrangian bound (per-warehouse continuous knapsacks plus a covering \
            knapsack on capacities) inside a Lagrangian branch-and-bound, with open sets priced by a \
            transportation algorithm (docs/location.md). --single-source makes every customer use one warehouse \
            (GLPK branch-and-cut, warm-started; large files may end with a gap). --uncapacitated ignores the \
            capacities (UFL). capa, capb and capc hold the word "capacity": give the value with --capacity.

            Output: objective, proven bound, whether optimal, open warehouses and each customer's warehouses \
            (1-based numbers, with fractions). Ctrl-C stops with the best plan so far.

            Exit codes: 0 solved, 1 infeasible or no solution, 2 bad input.

            Example:
              hubplan solve cap capa.txt --capacity 8000 --time-limit 60 --json
            """
    )

    @Argument(help: "The OR-Library cap file.")
    var file: String

    @Option(help: "Capacity of every warehouse (required for capa, capb, capc; overrides the file otherwise).")
    var capacity: Double?

    @Flag(name: .customLong("single-source"), help: "Serve each customer from exactly one warehouse.")
    var singleSource = false

    @Flag(help: "Ignore capacities (uncapacitated facility location).")
    var uncapacitated = false

    @OptionGroup var flags: LocationSolveFlags

    func validate() throws {
        if singleSource && uncapacitated {
            throw ValidationError("--single-source and --uncapacitated exclude each other")
        }
    }

    func run() throws {
        var problem = try CapacitatedFile.read(path: file, capacity: capacity, uncapacitated: uncapacitated)
        problem.singleSource = singleSource
        let options = flags.options()
        if let exportLP = flags.exportLP { try FacilityExport.writeLP(problem, to: exportLP) }
        let result =
            singleSource
            ? SingleSourceSolver(options: options).solve(problem)
            : FacilitySolver(options: options).solve(problem)
        let name =
            URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            + (capacity.map { "_" + LocationOutput.format($0) } ?? "")
        if result.status == .infeasible {
            throw CommandLineError(
                "\(name): infeasible: " + (result.explanation ?? "no plan satisfies the capacities"),
                category: .infeasible)
        }
        guard let solution = result.solution else {
            throw CommandLineError("\(name): no plan found within the time limit", category: .infeasible)
        }
        try LocationSolveFlags.verify(
            solution, rules: problem.verificationRules, objective: problem.verificationObjective,
            claimed: result.objective)
        let output = SolveCapOutput(
            instance: name, warehouses: problem.sites, customers: problem.clients, capacity: capacity,
            singleSource: singleSource, objective: result.objective, bound: result.bound, gap: result.gap,
            optimal: result.isOptimal, status: result.status.rawValue,
            seconds: (result.seconds * 1000).rounded() / 1000,
            open: solution.open.map { $0 + 1 },
            assignment: solution.allocation.map {
                $0.map { SolveCapOutput.Share(warehouse: $0.site + 1, fraction: $0.fraction) }
            },
            method: Dictionary(result.statistics.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))
        if flags.json {
            try JSONOutput.print(output)
        } else {
            print(
                "\(name): \(problem.sites) warehouses, \(problem.clients) customers"
                    + (singleSource
                        ? ", single-source" : (problem.capacities == nil ? ", uncapacitated" : ", split demand")))
            print(LocationOutput.summary(result))
            print("open: " + output.open.map(String.init).joined(separator: " "))
            let split = solution.allocation.filter { $0.count > 1 }.count
            print("customers served by more than one warehouse: \(split)")
        }
    }
}

/// The JSON printed by `hubplan solve cap --json`.
struct SolveCapOutput: Encodable {
    /// A fraction of one customer's demand at one warehouse.
    struct Share: Encodable {
        var warehouse: Int
        var fraction: Double
    }
    var instance: String
    var warehouses: Int
    var customers: Int
    var capacity: Double?
    var singleSource: Bool
    var objective: Double
    var bound: Double
    var gap: Double
    var optimal: Bool
    var status: String
    var seconds: Double
    /// 1-based numbers of the open warehouses.
    var open: [Int]
    /// For each customer (in file order), its warehouses and fractions.
    var assignment: [[Share]]
    var method: [String: String]

    enum CodingKeys: String, CodingKey {
        case instance, warehouses, customers, capacity, objective, bound, gap, optimal, status, seconds, open
        case assignment, method
        case singleSource
    }
}

// `hubplan verify`: the independent verifier on a plan file; exit 1 listing the violations.
import ArgumentParser
import DeliveryPlanning
import Foundation
import RoadNetwork

/// Checks a plan against its network with code independent of the planner.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a plan file against its network: assignments, centers, capacities, radius, routes, costs.",
        discussion: """
            Re-applies the plan's scenario to the network and checks: every demand point assigned once to an \
            open center of its own county; every county has its centers; center and hub capacities; the service \
            radius; each routed village on exactly one route of its center, within the van's capacity, with the \
            route's km recomputed, its cost from its km, minutes and van rates, and its schedule replayed (time \
            windows, shift, depot hours); every center on a line to an open hub; every cost line recomputed. \
            An incomplete plan ("complete": false, cut by a time limit or Ctrl-C) is not a plan to act on: exit 1 \
            saying so, unless --allow-incomplete (then a warning on stderr and the checks decide). \
            Exit 0 when the plan holds, 1 with the violations listed otherwise, 2 for unreadable input.

            Example:
              hubplan verify Networks/datong out/datong/plan.json
            """
    )

    @Argument(help: "The network the plan was made for.")
    var network: String

    @Argument(help: "The plan (plan.json or the folder holding it).")
    var plan: String

    @Flag(help: "Print the violations as JSON on stdout.")
    var json = false

    @Flag(
        name: .customLong("allow-incomplete"),
        help: "Accept a plan cut short by its time limit (a warning, not exit 1).")
    var allowIncomplete = false

    func run() throws {
        let net = try NetworkFile.read(network)
        let loaded = try PlanFile.read(plan)
        let violations = try PlanVerifier.verify(loaded, network: net)
        let incomplete = PlanVerifier.incompleteness(loaded)
        if let incomplete, allowIncomplete { FileHandle.standardError.write(Data("warning: \(incomplete)\n".utf8)) }
        let refused = incomplete != nil && !allowIncomplete
        if json {
            try JSONOutput.print(
                VerifyReport(
                    valid: violations.isEmpty && !refused, complete: incomplete == nil,
                    violations: violations))
        } else if violations.isEmpty && !refused {
            print(
                "ok: \(loaded.network): \(loaded.assignments.count) assignments, \(loaded.centers.count) centers, "
                    + "\(loaded.hubs.count) hubs, \(loaded.routes.count) routes, costs recomputed")
        } else {
            if let incomplete, refused { print("incomplete: \(incomplete)") }
            for v in violations { print("violation: \(v)") }
        }
        if !violations.isEmpty {
            throw CommandLineError("\(violations.count) violation(s) in \(plan)", category: .infeasible)
        }
        if let incomplete, refused {
            throw CommandLineError("\(plan): \(incomplete); --allow-incomplete accepts it", category: .infeasible)
        }
    }
}

/// `hubplan verify --json`.
struct VerifyReport: Encodable {
    var valid: Bool
    /// The plan's own `complete` flag (false: cut short by a time limit or Ctrl-C).
    var complete: Bool
    var violations: [String]
}

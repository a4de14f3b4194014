// `hubplan diff`: what changed between two plans (sites, assignments, routes, costs).
import ArgumentParser
import DeliveryPlanning
import Foundation

/// Compares two plan files.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Say what changed between two plans: hubs, centers, assignments, routes, costs.",
        discussion: """
            Lists hubs and centers open in only one plan, demand points whose center changed, centers whose hub \
            changed, routes (same center and stops, either direction) found in only one plan, and every yearly \
            cost line that differs. Exit 0 either way; --json for scripts.

            Example:
              hubplan diff out/hubs3/plan.json out/hubs5/plan.json
            """
    )

    @Argument(help: "Plan A (plan.json or its folder).")
    var planA: String

    @Argument(help: "Plan B (plan.json or its folder).")
    var planB: String

    @Flag(help: "Print the differences as JSON on stdout.")
    var json = false

    func run() throws {
        let diff = PlanDiff(try PlanFile.read(planA), try PlanFile.read(planB))
        if json {
            try JSONOutput.print(diff)
            return
        }
        if diff.isEmpty {
            print("no differences")
            return
        }
        func list(_ title: String, _ ids: [String]) {
            guard !ids.isEmpty else { return }
            let shown = ids.prefix(12).joined(separator: ", ")
            print("\(title) (\(ids.count)): \(shown)\(ids.count > 12 ? ", ..." : "")")
        }
        list("hubs only in A", diff.hubsOnlyInA)
        list("hubs only in B", diff.hubsOnlyInB)
        list("centers only in A", diff.centersOnlyInA)
        list("centers only in B", diff.centersOnlyInB)
        list("demand points with another center", diff.reassigned)
        list("centers with another hub", diff.rehubbed)
        print(
            "routes: A \(diff.routesA) (\(Quantity.format(diff.routeKmA)) km), B \(diff.routesB) (\(Quantity.format(diff.routeKmB)) km);"
                + " only in A \(diff.routesOnlyInA), only in B \(diff.routesOnlyInB)")
        if !diff.costs.isEmpty {
            var table = TextTable(header: ["cost (yuan/yr)", "A", "B", "B - A"])
            table.rightAligned = [1, 2, 3]
            for c in diff.costs {
                table.add([
                    c.field, Quantity.format(c.a, decimals: 0), Quantity.format(c.b, decimals: 0),
                    Quantity.format(c.b - c.a, decimals: 0),
                ])
            }
            print(table.render())
        }
    }
}

// `hubplan diff`: what changed between two plans, or between two years of one plan's build-out.
import ArgumentParser
import DeliveryPlanning
import Foundation

/// Compares two plan files, or the years of one plan's `schedule`.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Say what changed between two plans, or between two years of one plan's build-out.",
        discussion: """
            Two plans: hubs and centers open in only one plan, demand points whose center changed, centers whose \
            hub changed, routes (same center and stops, either direction) found in only one plan, and every yearly \
            cost line that differs.

            One plan with `years` in its scenario: the same between two of its years (--years A B, or every year \
            against the one before): centers and hubs opened, closed and resized, demand points served by another \
            center or served in one year only, routes where both years were routed, and the year's cost lines. \
            Exit 0 either way; --json for scripts.

            Examples:
              hubplan diff out/hubs3/plan.json out/hubs5/plan.json
              hubplan diff out/datong-2025-2027 --years 2025 2027
            """
    )

    @Argument(help: "Plan A (plan.json or its folder).")
    var planA: String

    @Argument(help: "Plan B (plan.json or its folder); leave out to compare years of plan A.")
    var planB: String?

    @Option(
        parsing: .upToNextOption,
        help: "Two years of plan A's schedule to compare (default: each year against the one before).")
    var years: [Int] = []

    @Flag(help: "Print the differences as JSON on stdout.")
    var json = false

    func validate() throws {
        if planB != nil && !years.isEmpty { throw ValidationError("--years compares years of one plan: give one plan") }
        if !years.isEmpty && years.count != 2 {
            throw ValidationError("--years takes two years, e.g. --years 2025 2027")
        }
    }

    func run() throws {
        let a = try PlanFile.read(planA)
        guard let planB else { return try compareYears(of: a) }
        let diff = PlanDiff(a, try PlanFile.read(planB))
        if json { return try JSONOutput.print(diff) }
        if diff.isEmpty { return print("no differences") }
        list("hubs only in A", diff.hubsOnlyInA)
        list("hubs only in B", diff.hubsOnlyInB)
        list("centers only in A", diff.centersOnlyInA)
        list("centers only in B", diff.centersOnlyInB)
        list("demand points with another center", diff.reassigned)
        list("centers with another hub", diff.rehubbed)
        print(
            "routes: A \(diff.routesA) (\(Quantity.format(diff.routeKmA)) km), B \(diff.routesB) (\(Quantity.format(diff.routeKmB)) km);"
                + " only in A \(diff.routesOnlyInA), only in B \(diff.routesOnlyInB)")
        printCosts(diff.costs, unit: "yuan/yr", a: "A", b: "B")
    }

    private func compareYears(of plan: NetworkPlan) throws {
        guard let schedule = plan.schedule else {
            throw CommandLineError("\(planA): the plan has no years (no `schedule`); give two plans to compare")
        }
        let planYears = schedule.periods.map(\.year)
        for y in years where !planYears.contains(y) {
            throw CommandLineError(
                "--years: \(y) is not a year of \(planA) (its years: \(planYears.map(String.init).joined(separator: ", ")))"
            )
        }
        let pairs = years.isEmpty ? Array(zip(planYears, planYears.dropFirst())) : [(years[0], years[1])]
        let diffs = pairs.compactMap { YearDiff(schedule, routes: plan.routes, yearA: $0.0, yearB: $0.1) }
        if json { return try JSONOutput.print(diffs) }
        if diffs.isEmpty {
            return print("one year only (\(planYears.first.map(String.init) ?? "none")): nothing to compare")
        }
        for (k, d) in diffs.enumerated() {
            if k > 0 { print("") }
            print("\(d.yearA) -> \(d.yearB)\(d.isEmpty ? ": no differences" : "")")
            if d.isEmpty { continue }
            list("centers opened", d.centersOnlyInB)
            list("centers closed", d.centersOnlyInA)
            list("centers resized", d.centersResized.map { "\($0.id) \($0.a)->\($0.b)" })
            list("hubs opened", d.hubsOnlyInB)
            list("hubs closed", d.hubsOnlyInA)
            list("hubs resized", d.hubsResized.map { "\($0.id) \($0.a)->\($0.b)" })
            list("demand points with another center", d.reassigned)
            list("demand points served from \(d.yearB) only", d.servedOnlyInB)
            list("demand points served in \(d.yearA) only", d.servedOnlyInA)
            if let ra = d.routesA, let rb = d.routesB {
                print(
                    "routes: \(d.yearA) \(ra), \(d.yearB) \(rb); only in \(d.yearA) \(d.routesOnlyInA ?? 0), "
                        + "only in \(d.yearB) \(d.routesOnlyInB ?? 0)")
            }
            printCosts(d.costs, unit: "yuan", a: String(d.yearA), b: String(d.yearB))
        }
    }

    private func list(_ title: String, _ ids: [String]) {
        guard !ids.isEmpty else { return }
        let shown = ids.prefix(12).joined(separator: ", ")
        print("\(title) (\(ids.count)): \(shown)\(ids.count > 12 ? ", ..." : "")")
    }

    private func printCosts(_ costs: [PlanDiff.Change], unit: String, a: String, b: String) {
        guard !costs.isEmpty else { return }
        var table = TextTable(header: ["cost (\(unit))", a, b, "\(b) - \(a)"])
        table.rightAligned = [1, 2, 3]
        for c in costs {
            table.add([
                c.field, Quantity.format(c.a, decimals: 0), Quantity.format(c.b, decimals: 0),
                Quantity.format(c.b - c.a, decimals: 0),
            ])
        }
        print(table.render())
    }
}

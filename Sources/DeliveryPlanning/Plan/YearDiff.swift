// What changed between two years of one plan's build-out: sites opened, grown or closed, villages moved, costs.
import Foundation

/// The differences `hubplan diff PLAN --years A B` reports between periods `A` and `B` of a plan's `schedule`.
///
/// A site is open in a year when it is listed there with any action but `close`. Tiers compare by name and
/// modules, so a site or hub that moved up a tier between the years is `expanded`, whatever happened in the
/// years between. Routes compare only when both years were routed (`routing_years: all`, or the last year).
public struct YearDiff: Codable, Sendable, Equatable {
    /// A site whose size differs between the years.
    public struct Resized: Codable, Sendable, Equatable {
        public var id: String
        public var a: String
        public var b: String
    }

    public var yearA: Int
    public var yearB: Int
    /// County centers open only in year A (closed since), only in year B (opened since), and those resized.
    public var centersOnlyInA: [String]
    public var centersOnlyInB: [String]
    public var centersResized: [Resized]
    /// Regional hubs open only in one year, and those resized.
    public var hubsOnlyInA: [String]
    public var hubsOnlyInB: [String]
    public var hubsResized: [Resized]
    /// Demand points served in both years by different centers; served in B only (uncovered or absent in A);
    /// served in A only.
    public var reassigned: [String]
    public var servedOnlyInB: [String]
    public var servedOnlyInA: [String]
    /// Routes of each year (nil where that year was not routed) and those found in one year only.
    public var routesA: Int?
    public var routesB: Int?
    public var routesOnlyInA: Int?
    public var routesOnlyInB: Int?
    /// The year's cost lines (every number in `periods[].costs`) that differ, A against B.
    public var costs: [PlanDiff.Change]

    /// Compares year `a` with year `b` of `schedule`; nil when either year is not one of its periods.
    public init?(_ schedule: NetworkPlan.Schedule, routes lastRoutes: [NetworkPlan.Route], yearA a: Int, yearB b: Int) {
        guard let pa = schedule.periods.first(where: { $0.year == a }),
            let pb = schedule.periods.first(where: { $0.year == b })
        else { return nil }
        yearA = a
        yearB = b
        func sizes(_ sites: [NetworkPlan.Schedule.Site]) -> [String: String] {
            Dictionary(
                sites.filter { $0.action != .close }.map { ($0.id, $0.tier ?? "") }, uniquingKeysWith: { x, _ in x })
        }
        func hubSizes(_ hubs: [NetworkPlan.Schedule.Hub]?) -> [String: String] {
            Dictionary(
                (hubs ?? []).map { ($0.id, $0.modules > 1 ? "\($0.modules) x \($0.tier)" : $0.tier) },
                uniquingKeysWith: { x, _ in x })
        }
        (centersOnlyInA, centersOnlyInB, centersResized) = Self.compare(sizes(pa.sites), sizes(pb.sites))
        (hubsOnlyInA, hubsOnlyInB, hubsResized) = Self.compare(hubSizes(pa.hubs), hubSizes(pb.hubs))
        let centerA = Dictionary(pa.assignments.map { ($0.node, $0.center) }, uniquingKeysWith: { x, _ in x })
        let centerB = Dictionary(pb.assignments.map { ($0.node, $0.center) }, uniquingKeysWith: { x, _ in x })
        reassigned = centerA.filter { node, center in centerB[node].map { $0 != center } ?? false }.keys.sorted()
        servedOnlyInB = centerB.keys.filter { centerA[$0] == nil }.sorted()
        servedOnlyInA = centerA.keys.filter { centerB[$0] == nil }.sorted()
        // The last year's routes are the plan's own `routes`; earlier years carry theirs in the period.
        let last = schedule.periods.last?.year
        let ra = a == last ? lastRoutes : pa.routes, rb = b == last ? lastRoutes : pb.routes
        if let ra, let rb {
            let keysA = Set(ra.map(PlanDiff.routeKey)), keysB = Set(rb.map(PlanDiff.routeKey))
            (routesA, routesB) = (ra.count, rb.count)
            routesOnlyInA = keysA.subtracting(keysB).count
            routesOnlyInB = keysB.subtracting(keysA).count
        }
        costs = Self.costChanges(pa.costs, pb.costs)
    }

    /// Whether the two years decide the same and cost the same.
    public var isEmpty: Bool {
        centersOnlyInA.isEmpty && centersOnlyInB.isEmpty && centersResized.isEmpty && hubsOnlyInA.isEmpty
            && hubsOnlyInB.isEmpty && hubsResized.isEmpty && reassigned.isEmpty && servedOnlyInA.isEmpty
            && servedOnlyInB.isEmpty && (routesOnlyInA ?? 0) == 0 && (routesOnlyInB ?? 0) == 0 && costs.isEmpty
    }

    private static func compare(
        _ a: [String: String], _ b: [String: String]
    ) -> (onlyA: [String], onlyB: [String], resized: [Resized]) {
        let onlyA = a.keys.filter { b[$0] == nil }.sorted(), onlyB = b.keys.filter { a[$0] == nil }.sorted()
        let resized = a.compactMap { id, size in
            b[id].flatMap { $0 != size ? Resized(id: id, a: size, b: $0) : nil }
        }
        return (onlyA, onlyB, resized.sorted { $0.id < $1.id })
    }

    /// Every numeric cost line of the two years that differs, in plan.json's key order. Read through the JSON
    /// encoding so a cost line added to `periods[].costs` is compared without being listed here.
    private static func costChanges(
        _ a: NetworkPlan.Schedule.Costs, _ b: NetworkPlan.Schedule.Costs
    ) -> [PlanDiff.Change] {
        func numbers(_ costs: NetworkPlan.Schedule.Costs) -> [String: Double] {
            guard let data = try? JSONEncoder().encode(costs),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return [:] }
            return object.compactMapValues { ($0 as? NSNumber)?.doubleValue }
        }
        let x = numbers(a), y = numbers(b)
        return Set(x.keys).union(y.keys).sorted().compactMap { field in
            let u = x[field] ?? 0, v = y[field] ?? 0
            return abs(u - v) > 1e-6 * max(1, abs(u), abs(v)) ? PlanDiff.Change(field: field, a: u, b: v) : nil
        }
    }
}

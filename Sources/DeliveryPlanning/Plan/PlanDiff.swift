// What changed between two plans: sites opened or closed, villages moved, routes, costs.

/// The differences `hubplan diff PLAN_A PLAN_B` reports.
public struct PlanDiff: Codable, Sendable, Equatable {
    /// A cost line that changed (yuan a year).
    public struct Change: Codable, Sendable, Equatable {
        public var field: String
        public var a: Double
        public var b: Double
    }

    /// Hubs and centers open only in A, only in B.
    public var hubsOnlyInA: [String]
    public var hubsOnlyInB: [String]
    public var centersOnlyInA: [String]
    public var centersOnlyInB: [String]
    /// Demand points whose center changed.
    public var reassigned: [String]
    /// Centers whose hub changed.
    public var rehubbed: [String]
    /// Routes and route km per plan; routes whose stop sequence exists in only one plan.
    public var routesA: Int
    public var routesB: Int
    public var routeKmA: Double
    public var routeKmB: Double
    public var routesOnlyInA: Int
    public var routesOnlyInB: Int
    /// Cost lines that differ.
    public var costs: [Change]

    /// Whether the plans decide the same.
    public var isEmpty: Bool {
        hubsOnlyInA.isEmpty && hubsOnlyInB.isEmpty && centersOnlyInA.isEmpty && centersOnlyInB.isEmpty
            && reassigned.isEmpty
            && rehubbed.isEmpty && routesOnlyInA == 0 && routesOnlyInB == 0 && costs.isEmpty
    }

    /// A route is the same when it leaves the same center with the same stops (either direction).
    static func routeKey(_ r: NetworkPlan.Route) -> String {
        let forward = r.stops.joined(separator: ","), backward = r.stops.reversed().joined(separator: ",")
        return r.center + ":" + min(forward, backward)
    }

    /// Compares plan `a` with plan `b`.
    public init(_ a: NetworkPlan, _ b: NetworkPlan) {
        func minus(_ x: [String], _ y: [String]) -> [String] {
            let s = Set(y); return x.filter { !s.contains($0) }.sorted()
        }
        hubsOnlyInA = minus(a.hubs.map(\.id), b.hubs.map(\.id))
        hubsOnlyInB = minus(b.hubs.map(\.id), a.hubs.map(\.id))
        centersOnlyInA = minus(a.centers.map(\.id), b.centers.map(\.id))
        centersOnlyInB = minus(b.centers.map(\.id), a.centers.map(\.id))
        let centerB = Dictionary(b.assignments.map { ($0.node, $0.center) }, uniquingKeysWith: { x, _ in x })
        reassigned = a.assignments.filter { x in centerB[x.node].map { $0 != x.center } ?? true }.map(\.node).sorted()
        let hubB = Dictionary(b.centers.map { ($0.id, $0.hub) }, uniquingKeysWith: { x, _ in x })
        rehubbed = a.centers.filter { c in hubB[c.id].map { $0 != c.hub } ?? false }.map(\.id).sorted()
        let keysA = a.routes.map(Self.routeKey), keysB = b.routes.map(Self.routeKey)
        routesA = a.routes.count
        routesB = b.routes.count
        routeKmA = a.routes.reduce(0) { $0 + $1.km }
        routeKmB = b.routes.reduce(0) { $0 + $1.km }
        routesOnlyInA = minus(keysA, keysB).count
        routesOnlyInB = minus(keysB, keysA).count
        let fields: [(String, KeyPath<NetworkPlan.Costs, Double>)] = [
            ("centerFixed", \.centerFixed), ("hubFixed", \.hubFixed), ("villageDelivery", \.villageDelivery),
            ("lineHaul", \.lineHaul), ("tolls", \.tolls), ("tollSubsidy", \.tollSubsidy), ("total", \.total),
            ("hubAward", \.hubAward),
        ]
        costs = fields.compactMap { name, path in
            let x = a.costs[keyPath: path], y = b.costs[keyPath: path]
            return abs(x - y) > 1e-6 * max(1, abs(x), abs(y)) ? Change(field: name, a: x, b: y) : nil
        }
    }
}

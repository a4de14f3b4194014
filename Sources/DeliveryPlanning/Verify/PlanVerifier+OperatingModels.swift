// What the operating models' verifier parts share: whether a part applies, and a model route's load and km.
import RoadNetwork

extension PlanVerifier {
    /// Whether an operating model's part has anything to check: `.done` when its lever is off (a record of it is
    /// then a violation), routing did not run or the record is missing (a violation); `.check` otherwise.
    enum PartScope<Lever, Record> {
        case done([String])
        case check(Lever, Record)
    }

    static func scope<Lever, Record>(
        _ plan: NetworkPlan, lever: Lever?, record: Record?, key: String, scenarioKey: String
    )
        -> PartScope<Lever, Record>
    {
        guard let lever else {
            return .done(record == nil ? [] : ["\(key): in the plan, but the scenario has no \(scenarioKey)"])
        }
        guard plan.stages.contains(where: { $0.name == .routes && $0.status.ran }) else { return .done([]) }
        guard let record else { return .done(["\(key): the scenario turns it on, but the plan has none"]) }
        return .check(lever, record)
    }

    /// A model route's peak load within its van and its km recomputed along `tour` (depot first, back to it).
    static func checkLoadAndKm(_ route: NetworkPlan.Route, name: String, tour: [Int], roads: RoadDistances) -> [String]
    {
        var v: [String] = []
        if route.load > route.capacity * (1 + tolerance) {
            v.append("\(name): load \(fmt(route.load)) over the van's capacity \(fmt(route.capacity))")
        }
        let m = roads.matrix(from: tour, to: tour)
        let d = tour.indices.reduce(0.0) { $0 + m.km($1, ($1 + 1) % tour.count) }
        if abs(d - route.km) > 1e-3 * max(1, d) { v.append("\(name): \(fmt(route.km)) km, recomputed \(fmt(d))") }
        return v
    }

    /// Each of `ids` (unless skipped) on exactly one of a model's routes (`visits` counts them) or on its direct
    /// trips: "KEY: NOUN ID on N ROUTES routes (must be once)", "... on no ROUTES route".
    static func onceEach(
        _ ids: [String], visits: [String: Int], direct: Set<String>, skipped: [String], key: String,
        noun: String, routes: String
    ) -> [String] {
        let skipped = Set(skipped)
        var v: [String] = []
        for id in ids.sorted() where !skipped.contains(id) {
            let n = visits[id] ?? 0
            if n > 1 { v.append("\(key): \(noun) \(id) on \(n) \(routes) routes (must be once)") }
            if n == 0 && !direct.contains(id) { v.append("\(key): \(noun) \(id) on no \(routes) route") }
        }
        return v
    }
}

// The pipeline's build-out stage: county centers' tiers and opening years with the multi-period model.
import FacilityLocation
import RoadNetwork
import SolverControl

/// Plans the county centers over the scenario's `years` with ``MultiPeriodSolver``: one model per county when
/// no budget couples them (villages are served in their own county), one model for the region otherwise.
/// Gives the last year's centers and assignments as a ``LocationPlan`` (for hubs and routes) and the
/// ``NetworkPlan/Schedule``.
struct ScheduleStage {
    let network: Network
    let scenario: Scenario
    let years: Scenario.Years
    /// The demand factor the network already carries (the last year's).
    let growth: Double
    let roads: RoadDistances
    let options: LocationOptions
    /// A re-plan's stability charge, added to every year's assignment costs.
    var stability: StabilityCharge? = nil
    /// Counties solved at once (``ParallelWork``); the plan is the same for any count when every county is proven
    /// optimal.
    var workers = 1

    /// One county's (or the region's) inputs, problem and solve.
    typealias Part = (inputs: LocationInputs, problem: MultiPeriodProblem, result: MultiPeriodResult)

    struct Outcome {
        var located: LocationPlan
        var schedule: NetworkPlan.Schedule
        var stage: NetworkPlan.Stage
    }

    /// Each year's factor on the network as given.
    func factors() -> [Double] {
        let perDay =
            network.nodes.filter(\.kind.isDemandPoint).reduce(0.0) { $0 + ScenarioNetwork.demand(of: $1) } / growth
        var fallback = scenario.demand.growth
        if let target = scenario.demand.targetParcelsPerYear, perDay > 0 {
            fallback = target / (perDay * scenario.rates.daysPerYear)
        }
        return years.factors(perDay: perDay, daysPerYear: scenario.rates.daysPerYear, fallback: fallback)
    }

    func run() throws -> Outcome {
        let budget = options.budget()
        let coupled = years.steps.contains { $0.budget != nil }
        let codes = network.counties.map(\.code)
        try checkNames(codes: codes)
        // Without budgets each county is its own model and matrix (Hebei has no single matrix); time shares by size.
        let groups: [Set<String>?] = coupled ? [nil] : codes.map { [$0] }
        let sizes = groups.map { group in
            Double(
                network.nodes.filter { n in
                    n.kind.isDemandPoint && (group.map { n.county.map($0.contains) ?? false } ?? true)
                }.count
                    * max(
                        1,
                        network.nodes.filter { n in
                            (n.kind == .countyCenter || n.kind == .candidateSite)
                                && (group.map { n.county.map($0.contains) ?? false } ?? true)
                        }.count))
        }
        // Counties on `workers` cores at once, largest first (ParallelWork's start order), merged in county order.
        // Each county gets the time left times its share of the sizes not yet started, so time a county leaves
        // goes to the ones after it (with one worker: exactly the sequential split).
        let cores = Double(max(1, workers))
        let order = groups.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        var sizeFrom = [Double](repeating: 1, count: groups.count)
        var after = 0.0
        for g in order.reversed() {
            after += sizes[g]
            sizeFrom[g] = max(after, 1)
        }
        let weight = { (g: Int) in sizes[g] }
        let parts = try ParallelWork.map(count: groups.count, workers: max(1, workers), weight: weight) {
            [self, sizeFrom] (g: Int) throws -> Part in
            let group = groups[g]
            let inputs = try LocationInputs(network: network, roads: roads, counties: group)
            let problem = try problem(inputs)
            var local = options
            local.timeLimit = budget.remaining.map { $0 * min(1, cores * sizes[g] / sizeFrom[g]) }
            let result = try MultiPeriodSolver(options: local).solve(problem)
            guard result.solution != nil else {
                throw PlanError.infeasible(
                    "centers: the multi-period model found no build-out of"
                        + " \(group.map { "county \($0.sorted().joined())" } ?? "the region") in time; raise time_limits.location"
                )
            }
            return (inputs, problem, result)
        }
        let schedule = ScheduleBuilder(network: network, years: years, factors: factors(), growth: growth).build(
            parts, seconds: budget.elapsed)
        let located = lastYear(parts, schedule: schedule)
        let stage = NetworkPlan.Stage(
            name: .centers, status: StageStatus(schedule.status), objective: schedule.objective, bound: schedule.bound,
            gap: schedule.gap,
            seconds: budget.elapsed,
            note: "multi-period model, \(years.steps.map { String($0.year) }.joined(separator: "-"))"
                + (coupled ? " (one model: budgets couple the counties)" : " (county by county)") + proofs(parts, codes)
        )
        return Outcome(located: located, schedule: schedule, stage: stage)
    }

    /// "; 8/10 models proven optimal; not proven: 140213 (gap 11.6%, 120.0 s)", for the stage's note.
    private func proofs(_ parts: [Part], _ codes: [String]) -> String {
        let open = parts.indices.filter { parts[$0].result.status != .optimal }
        let named = open.map { g in
            let r = parts[g].result
            let gap = (r.gap * 1000).rounded() / 10, seconds = (r.seconds * 10).rounded() / 10
            return "\(parts.count == codes.count ? codes[g] : "region") (gap \(gap)%, \(seconds) s)"
        }
        return "; \(parts.count - open.count)/\(parts.count) models proven optimal"
            + (named.isEmpty ? "" : "; not proven: " + named.joined(separator: ", "))
    }

    /// The multi-period problem of one county (or of the region) from its location inputs.
    func problem(_ x: LocationInputs) throws -> MultiPeriodProblem {
        let f = factors(), last = f.last ?? 1
        let tiers = years.centerTiers
        var p = try MultiPeriodProblem(
            demands: f.map { factor in x.demands.map { $0 * factor / last } }, clientCounty: x.clientCounty,
            siteCounty: x.siteCounty, counties: x.countyCodes.count, km: x.km, tiers: tiers,
            costPerParcelKm: scenario.rates.perParcelKm)
        p.minutes = x.minutes
        p.daysPerYear = scenario.rates.daysPerYear
        p.maxKm = scenario.centers.radiusKm
        p.maxMinutes = scenario.centers.radiusMinutes
        p.reserve = years.reserve
        p.discountRate = years.discountRate
        p.uncoveredCostPerParcel = years.uncoveredCostPerParcel
        p.centersPerCounty = scenario.centers.perCounty
        p.budgets = years.steps.map(\.budget)
        p.labels = x.labels
        if let stability { p.assignmentCharges = try x.assignmentCharges(stability) }
        for (i, n) in x.siteNodes.enumerated() {
            let node = network.nodes[n]
            let entry = years.sites.first { $0.site == node.id || $0.site == node.name }
            p.existingTier[i] = Self.existingTier(node: node, entry: entry, tiers: tiers)
            p.closingCost[i] = years.closingCost
            if let from = entry?.landAvailableFrom {
                p.firstYear[i] = years.steps.firstIndex { $0.year >= from } ?? years.steps.count
            }
            p.closed[i] = scenario.centers.closed.contains { $0 == node.id || $0 == node.name }
            p.forced[i] = scenario.centers.forced.contains { $0 == node.id || $0 == node.name }
        }
        for (c, code) in x.countyCodes.enumerated() {
            let name = network.counties.first { $0.code == code }?.name
            if years.demonstration.contains(where: { $0 == code || $0 == name }) { p.coverFrom[c] = 0 }
        }
        return p
    }

    /// The tier an existing site runs at: the scenario's, or for a network site marked `existing` the smallest
    /// tier that sorts its stated capacity (the largest when none does, the smallest when it states none).
    static func existingTier(node: Node, entry: Scenario.Years.Site?, tiers: [SizeTier]) -> Int? {
        if let name = entry?.tier { return tiers.firstIndex { $0.name == name } }
        guard node.site?.existing ?? false else { return nil }
        guard let capacity = node.site?.capacity else { return 0 }
        return tiers.firstIndex { $0.parcelsPerDay >= capacity } ?? tiers.count - 1
    }

    /// Every site and demonstration county the scenario names must exist.
    private func checkNames(codes: [String]) throws(PlanError) {
        let candidates = network.nodes.filter { $0.kind == .countyCenter || $0.kind == .candidateSite }
        for (i, s) in years.sites.enumerated()
        where !candidates.contains(where: { $0.id == s.site || $0.name == s.site }) {
            throw .badInput("scenario years.sites[\(i)]: \(network.name) has no candidate center \"\(s.site)\"")
        }
        for (i, d) in years.demonstration.enumerated()
        where !network.counties.contains(where: { $0.code == d || $0.name == d }) {
            throw .badInput("scenario years.demonstration[\(i)]: no county with the code or name \"\(d)\" in the plan")
        }
    }

    /// The last year's centers and assignments as a location plan (site fixed costs from the network, as in a
    /// one-year plan; the schedule carries the tiers' costs).
    private func lastYear(
        _ parts: [(inputs: LocationInputs, problem: MultiPeriodProblem, result: MultiPeriodResult)],
        schedule: NetworkPlan.Schedule
    ) -> LocationPlan {
        var plan = LocationPlan(
            network: network.name, model: "multi-period", objective: schedule.objective, bound: schedule.bound,
            gap: schedule.gap, optimal: schedule.status == .optimal, status: schedule.status,
            seconds: schedule.seconds, parameters: [:], sites: [], assignments: [], hubs: [], lines: [],
            costs: .init(), method: [:])
        for part in parts {
            let x = part.inputs, p = part.problem, s = part.result.solution!, t = p.years - 1
            for i in 0..<p.sites where s.tier[i][t] >= 0 {
                let node = network.nodes[x.siteNodes[i]]
                let served = (0..<p.clients).filter { s.center[t][$0] == i }
                let parcels = served.reduce(0.0) { $0 + p.demands[t][$1] }
                let kms = served.map { x.km[$0, i] }
                let transport = served.reduce(0.0) { $0 + p.haulageCost($1, i, year: t) }
                let capacity = p.tiers[s.tier[i][t]].parcelsPerDay
                plan.sites.append(
                    .init(
                        id: node.id, name: node.name, kind: node.kind.rawValue, county: node.county,
                        clients: served.count,
                        parcelsPerDay: parcels, capacity: capacity, load: parcels / capacity,
                        meanKm: kms.isEmpty ? 0 : kms.reduce(0, +) / Double(kms.count), maxKm: kms.max() ?? 0,
                        maxMinutes: served.map { x.minutes[$0, i] }.max() ?? 0, fixedCost: node.site?.fixedCost ?? 0,
                        transportCost: transport))
                for j in served {
                    plan.assignments.append(
                        .init(
                            node: network.nodes[x.clientNodes[j]].id, site: node.id, fraction: 1,
                            km: x.km[j, i], minutes: x.minutes[j, i], covered: nil))
                }
                plan.costs.fixed += node.site?.fixedCost ?? 0
                plan.costs.transport += transport
            }
        }
        plan.costs.total = plan.costs.fixed + plan.costs.transport
        return plan
    }
}

// Network + scenario -> the whole plan: county centers, regional hubs, county routes, line-haul, policy costs.
import FacilityLocation
import Foundation
import RoadNetwork
import SolverControl

/// `hubplan plan`'s chain, stage by stage:
/// 1. **County centers** (county-center model; every county has at least `centers.per_county`), with the
///    scenario's radius, closed and forced sites;
/// 2. **Regional hubs** (two-level model with those centers given; the scenario's hub range, capped toll subsidy),
///    on a thread of its own while stage 3 runs (neither needs the other);
/// 3. **County routes** (co-delivery from each center to its villages, ``CountyRouter``), and the co-delivery
///    comparison against carriers alone;
/// 4. **Direct line-haul** from each hub to its centers and the **costs** with the policy levers.
///
/// The total time limit and Ctrl-C (``cancellation``) stop the chain: the stages done so far make the plan,
/// marked `complete = false`.
public struct PlanPipeline: Sendable {
    /// The assumptions.
    public var scenario: Scenario
    /// Where the network was read from (recorded in the plan).
    public var networkPath: String?
    /// Ctrl-C.
    public var cancellation: CancellationToken?
    /// Progress lines (phase, counties done, elapsed, best cost), for stderr.
    public var progress: (@Sendable (String) -> Void)?
    /// The overall deadline when the caller started the clock before the chain (reading the network before,
    /// writing the files after, count against the same limit); `nil`: the chain starts its own from
    /// `time_limits.total` and ``cancellation``.
    public var deadline: TimeBudget?
    /// Counties planned at once in the county-center and routing stages (``ParallelWork``). The plan is the
    /// same for every count when `time_limits.routing_iterations` is set. Blocks the calling thread; with more
    /// than one, call from a thread outside Swift's cooperative pool (the CLI's main thread).
    public var workers = 1
    /// The plan re-planned from (`--from`): its assignments price the scenario's `stability`, its routes
    /// warm-start the routing search, and the plan records its ``NetworkPlan/Continuity``.
    public var previous: NetworkPlan?
    /// Plans one shard of a sharded run: no hub stage (`hubplan merge` plans hubs and line-haul across every
    /// shard, ``PlanMerge``), and the county centers county by county as the whole region's run would.
    public var isShard = false

    /// A pipeline for `scenario`.
    public init(scenario: Scenario, networkPath: String? = nil) {
        self.scenario = scenario
        self.networkPath = networkPath
    }

    /// Plans `network` under the scenario. Throws ``PlanError`` or the location and routing errors (bad input,
    /// explained infeasibility).
    public func run(on original: Network) throws -> NetworkPlan {
        let budget = deadline ?? TimeBudget(seconds: scenario.timeLimits.total, cancellation: cancellation)
        let prepared = try ScenarioNetwork(network: original, scenario: scenario)
        let network = prepared.network
        let roads = RoadDistances(network: network)
        var plan = NetworkPlan(
            network: original.name, networkPath: networkPath, scenario: scenario, seed: scenario.seed, complete: true,
            stoppedBy: nil, seconds: 0, growth: prepared.growth, parcelsPerDay: 0, parcelsPerYear: 0, stages: [],
            hubs: [],
            centers: [], assignments: [], routes: [], lines: [], counties: [], costs: .init(), savings: nil,
            skippedStops: [], warnings: [])
        plan.distance = PlanDistance(network: network, roads: roads)
        plan.parcelsPerDay = network.nodes.filter(\.kind.isDemandPoint).reduce(0) {
            $0 + ScenarioNetwork.demand(of: $1)
        }
        plan.parcelsPerYear = plan.parcelsPerDay * scenario.rates.daysPerYear

        progress?("centers: county-center model on \(network.counties.count) counties")
        // With `years` the multi-period model sizes and times the centers; the plan goes on with the last year's.
        let scheduled = try scenario.years.map { years in
            try ScheduleStage(
                network: network, scenario: scenario, years: years, growth: prepared.growth, roads: roads,
                options: options(budget, limit: scenario.timeLimits.location), stability: stabilityCharge,
                workers: workers
            ).run()
        }
        let located = try scheduled?.located ?? LocationPlanner.plan(network: network, request: centerRequest(budget))
        plan.schedule = scheduled?.schedule
        plan.stages.append(
            scheduled?.stage
                ?? .init(
                    name: .centers, status: StageStatus(located.status), objective: located.objective,
                    bound: located.bound,
                    gap: located.gap, seconds: located.seconds, note: "county-center model"))
        fillCenters(&plan, from: located, network: network)
        let demand = network.countiesWithDemand()
        for county in network.counties where !demand.contains(county.code) {
            plan.warnings.append(
                "centers: county \(county.code) \(county.name) has no demand points and gets no center")
        }
        for county in network.counties
        where demand.contains(county.code) && !plan.centers.contains(where: { $0.county == county.code }) {
            // Routing needs a center in every county; a model cut short by its time limit may not give one.
            throw PlanError.infeasible(
                "centers: county \(county.code) \(county.name) got no center (county-center model: \(located.status.rawValue),"
                    + String(format: " %.1f s); raise time_limits.location", located.seconds))
        }
        progress?(
            String(
                format: "centers: %d open, %.0f yuan/yr, %.1f s", plan.centers.count, located.objective, budget.elapsed)
        )

        // Hubs and line-haul need the centers only, routes need no hubs: the hub model runs beside the routing.
        var pendingHubs: PendingHubs?
        if budget.isExhausted {
            plan.stages.append(.init(name: .hubs, status: .timeLimit, objective: 0, bound: 0, gap: 0, seconds: 0))
        } else if !isShard {
            pendingHubs = startHubs(for: plan, network: network, roads: roads, budget: budget)
        }
        // Waited for on every path, also when routing throws: the hub thread must not outlive the run.
        var routingError: (any Error)?
        var routedOutcome: (RouteStage.Outcome, OperatingModelsStage, OperatingModelsStage.Split?)?
        if !budget.isExhausted {
            do {
                // Operating models take their villages off the centers' routes first (postal backstop, stations).
                let models = OperatingModelsStage(network: network, scenario: scenario, roads: roads, budget: budget)
                let split = try models.split(centers: located)
                let stage = RouteStage(
                    network: split?.routed ?? network, scenario: scenario, budget: budget, progress: progress,
                    workers: workers, previousRoutes: previous?.routes ?? [])
                routedOutcome = (try stage.run(centers: located), models, split)
            } catch {
                routingError = error
            }
        }
        if let pendingHubs {
            try pendingHubs.wait().apply(to: &plan)
            // Each year's hub tiers and line-haul (with `years`), from the hubs just planned.
            try HubSchedule.apply(to: &plan, network: network, roads: roads)
        }
        if let routingError { throw routingError }

        if let (routed, models, split) = routedOutcome {
            plan.stages.append(routed.stage)
            plan.routes = routed.routes
            plan.warnings += routed.warnings
            plan.skippedStops = routed.skipped
            if let split { try models.finish(split, centers: located, into: &plan) }
            plan.counties = counties(network: network, plan: plan, savings: routed.savings)
            plan.savings = routed.total
            if !routed.complete { plan.complete = false }
            if scenario.years?.routingYears == "all" { try routeEarlierYears(&plan, network: network, budget: budget) }
        } else {
            plan.stages.append(.init(name: .routes, status: .timeLimit, objective: 0, bound: 0, gap: 0, seconds: 0))
        }
        if plan.counties.isEmpty { plan.counties = counties(network: network, plan: plan, savings: [:]) }
        finishCosts(&plan, locationTransport: located.costs.transport)
        if let previous {
            plan.continuity = PlanContinuity.record(previous: previous, plan: plan)
        } else if scenario.stability != nil {
            plan.warnings.append("stability is set, but there is no previous plan (--from): nothing to keep stable")
        }
        if budget.isCancelled {
            plan.complete = false
            plan.stoppedBy = "interrupted"
        } else if plan.stages.contains(where: { $0.status == .timeLimit }) || !plan.complete {
            plan.complete = false
            plan.stoppedBy = "time limit"
        }
        plan.warnings += roads.fallbackWarnings()
        plan.seconds = budget.elapsed
        return plan
    }

    func options(_ budget: TimeBudget, limit: Double?) -> LocationOptions {
        var options = LocationOptions()
        options.timeLimit = budget.slice(seconds: limit).limit
        options.cancellation = cancellation
        return options
    }

    private func centerRequest(_ budget: TimeBudget) -> LocationRequest {
        var request = LocationRequest(model: .countyCenter)
        request.centersPerCounty = .atLeast(scenario.centers.perCounty)
        request.radiusKm = scenario.centers.radiusKm
        request.radiusMinutes = scenario.centers.radiusMinutes
        request.closedSites = scenario.centers.closed
        request.openSites = scenario.centers.forced
        request.costPerParcelKm = scenario.rates.perParcelKm
        request.daysPerYear = scenario.rates.daysPerYear
        request.options = options(budget, limit: scenario.timeLimits.location)
        request.workers = workers
        request.stability = stabilityCharge
        request.byCounty = isShard
        // Split by county (large networks), each county is its own model with the location limit; the stage is
        // bounded by what is left of the total only.
        request.countyTimeLimit = scenario.timeLimits.location
        request.stageTimeLimit = budget.remaining
        return request
    }

    private func fillCenters(_ plan: inout NetworkPlan, from located: LocationPlan, network: Network) {
        let index = network.nodeIndexByID()
        var parcels: [String: Double] = [:]
        for a in located.assignments {
            let node = network.nodes[index[a.node]!]
            let p = a.fraction * ScenarioNetwork.demand(of: node)
            parcels[a.site, default: 0] += p
            plan.assignments.append(.init(node: a.node, center: a.site, km: a.km, minutes: a.minutes, parcelsPerDay: p))
        }
        for site in located.sites {
            let node = network.nodes[index[site.id]!]
            plan.centers.append(
                .init(
                    id: site.id, name: site.name, county: node.county ?? "", lon: node.lon, lat: node.lat,
                    villages: site.clients,
                    parcelsPerDay: parcels[site.id] ?? 0, capacity: site.capacity, fixedCost: site.fixedCost, hub: nil))
        }
        plan.costs.centerFixed = located.costs.fixed
    }

    private func counties(
        network: Network, plan: NetworkPlan, savings: [String: NetworkPlan.Savings]
    ) -> [NetworkPlan.County] {
        // Points, routes and centers grouped by county in one pass each (not a scan of them all per county).
        let scopes = CountyScopes(network)
        var routes = [[NetworkPlan.Route]](repeating: [], count: scopes.codes.count)
        for r in plan.routes { if let k = scopes.position(of: r.county) { routes[k].append(r) } }
        var centers = [[String]](repeating: [], count: scopes.codes.count)
        for c in plan.centers { if let k = scopes.position(of: c.county) { centers[k].append(c.id) } }
        return network.counties.map { county in
            let k = scopes.position(of: county.code)!
            let points = scopes.nodes[k].map { network.nodes[$0] }.filter(\.kind.isDemandPoint)
            return NetworkPlan.County(
                code: county.code, name: county.name, villages: points.count,
                parcelsPerDay: points.reduce(0) { $0 + ScenarioNetwork.demand(of: $1) },
                centers: centers[k], routes: routes[k].count,
                routeKm: routes[k].reduce(0) { $0 + $1.km }, routeCostPerDay: routes[k].reduce(0) { $0 + $1.cost },
                savings: savings[county.code])
        }
    }

    func finishCosts(_ plan: inout NetworkPlan, locationTransport: Double) {
        let routed = plan.stages.contains { $0.name == .routes && $0.status.ran }
        plan.costs.routed = routed
        plan.costs.villageDelivery =
            routed
            ? plan.routes.reduce(0) { $0 + $1.cost } * scenario.rates.daysPerYear : locationTransport
        plan.costs.hubAward = plan.firms.reduce(0) { $0 + $1.award }
        plan.costs.hubAwardPerYear = plan.costs.hubAward / scenario.policy.awardYears
        plan.costs.total = PlanCosts.total(plan.costs)
    }
}

/// The cost identity shared by the pipeline and the verifier.
public enum PlanCosts {
    /// `centerFixed + hubFixed + villageDelivery + lineHaul - tollSubsidy - hubAwardPerYear` (yuan a year).
    public static func total(_ c: NetworkPlan.Costs) -> Double {
        c.centerFixed + c.hubFixed + c.villageDelivery + c.lineHaul - c.tollSubsidy - c.hubAwardPerYear
    }
}

// County-center planning one county at a time, for networks too large for one distance matrix (Hebei).
import FacilityLocation
import Foundation
import RoadNetwork
import SolverControl

/// Solves the county-center model county by county and merges the plans.
///
/// Valid only when counties do not interact: no cross-county service and no budget shared between counties
/// (``LocationPlanner/plan(network:request:)`` checks). Each county gets its own matrices (its demand points
/// x its candidate sites), a share of the time limit, and the closed and forced sites that lie in it.
/// Counties run on `request.workers` cores at once, largest first (``ParallelWork``); the plans are merged
/// in county order, so the merged plan does not depend on the worker count.
enum CountyByCountyPlanner {
    static func plan(network: Network, request: LocationRequest) throws(LocationError) -> LocationPlan {
        let budget =
            request.countyTimeLimit == nil
            ? request.options.budget()
            : TimeBudget(seconds: request.stageTimeLimit, cancellation: request.options.cancellation)
        let roads = RoadDistances(network: network)
        // Each county's nodes, grouped once: a county's model reads its own nodes only (on a 200 MB network,
        // rescanning every node for each county was most of the stage).
        let scopes = CountyScopes(network)
        let nodes = network.nodes
        // A county with no demand points has nothing to serve (Fujian's Kinmen, 350527, has no village in the
        // national tables): it gets no center rather than failing the region; the plan's parameters name it.
        let hasDemand = scopes.codes.indices.map { k in scopes.nodes[k].contains { nodes[$0].kind.isDemandPoint } }
        let served = scopes.codes.indices.filter { hasDemand[$0] }
        let unserved = scopes.codes.indices.filter { !hasDemand[$0] }
        let empty = unserved.map { scopes.codes[$0] }
        let codes = served.map { scopes.codes[$0] }
        let scope = served.map { scopes.nodes[$0] }
        let isSite = { (i: Int) in nodes[i].kind == .countyCenter || nodes[i].kind == .candidateSite }
        let hubs = nodes.indices.filter { nodes[$0].kind == .regionalHub }
        let candidates = scope.map { $0.filter(isSite) }
        let named = Set(
            (scopes.nodes.joined() + scopes.unassigned).filter(isSite).flatMap { [nodes[$0].id, nodes[$0].name] })
        let emptySites = Set(
            unserved.flatMap { scopes.nodes[$0].filter(isSite) }.flatMap { [nodes[$0].id, nodes[$0].name] })
        for name in request.openSites where emptySites.contains(name) {
            throw .badInput("site \"\(name)\" is to open, but its county has no demand points to serve")
        }
        for name in request.closedSites + request.openSites where !named.contains(name) {
            throw .badInput(
                "no candidate site has the id or name \"\(name)\" (candidates are county-center and candidate-site nodes)"
            )
        }
        // With `countyTimeLimit` each county, a model of its own, gets that limit, so that every county is proven
        // optimal (each takes seconds) while the stage's limit lasts. Without it, or where the stage's time is
        // the tighter, the counties share the stage's seconds by size (demand points x candidate sites),
        // `workers` of them at once, so they buy `workers` times as many county-seconds.
        let points = scope.map { $0.count { nodes[$0].kind.isDemandPoint } }
        let sites = candidates.map(\.count)
        let size = codes.indices.map { Double(points[$0] * max(1, sites[$0])) }
        let totalSize = max(size.reduce(0, +), 1)
        let workers = max(1, min(request.workers, codes.count))
        let stageSeconds = budget.remaining
        // Every county is solved even when time runs short: a county out of time keeps its heuristic plan.
        let weight = { (k: Int) in size[k] }
        let plans = try ParallelWork.map(count: codes.count, workers: workers, weight: weight) {
            (k: Int) throws(LocationError) -> LocationPlan in
            let code = codes[k]
            let inCounty = candidates[k]
            let mine = { (names: [String]) in
                names.filter { n in inCounty.contains { nodes[$0].id == n || nodes[$0].name == n } }
            }
            var local = request
            local.closedSites = mine(request.closedSites)
            local.openSites = mine(request.openSites)
            local.options.exportLP = nil
            let share = stageSeconds.map { $0 * Double(workers) * size[k] / totalSize }
            switch (share, request.countyTimeLimit) {
            case let (share?, own?): local.options.timeLimit = min(budget.remaining ?? 0, max(share, own))
            case let (share?, nil): local.options.timeLimit = min(budget.remaining ?? 0, share)
            case let (nil, own): local.options.timeLimit = own
            }
            let inputs = try LocationInputs(
                network: network, roads: roads, nodes: scope[k], hubNodes: hubs, counties: [code])
            return try LocationPlanner(inputs: inputs).plan(local)
        }
        guard var merged = plans.first else {
            throw .badInput("\(network.name): no county to plan")
        }
        for p in plans.dropFirst() {
            merged.objective += p.objective
            merged.bound += p.bound
            merged.optimal = merged.optimal && p.optimal
            merged.sites += p.sites
            merged.assignments += p.assignments
            merged.costs.fixed += p.costs.fixed
            merged.costs.transport += p.costs.transport
            merged.costs.total += p.costs.total
        }
        merged.network = network.name
        merged.seconds = budget.elapsed
        merged.gap = merged.optimal ? 0 : max(0, merged.objective - merged.bound) / max(abs(merged.objective), 1e-9)
        merged.status = merged.optimal ? .optimal : .feasible
        merged.parameters["solved"] = "county by county (\(plans.count) counties)"
        if !empty.isEmpty { merged.parameters["noDemand"] = empty.joined(separator: ",") }
        merged.method = ["counties": String(plans.count)]
        return merged
    }
}

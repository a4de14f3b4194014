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
enum CountyByCountyPlanner {
    static func plan(network: Network, request: LocationRequest) throws(LocationError) -> LocationPlan {
        let budget = request.options.budget()
        let roads = RoadDistances(network: network)
        var codes = network.counties.map(\.code)
        for node in network.nodes {
            if let c = node.county, !codes.contains(c) { codes.append(c) }
        }
        let candidates = network.nodes.filter { $0.kind == .countyCenter || $0.kind == .candidateSite }
        for name in request.closedSites + request.openSites where !candidates.contains(where: { $0.id == name || $0.name == name }) {
            throw .badInput("no candidate site has the id or name \"\(name)\" (candidates are county-center and candidate-site nodes)")
        }
        // Time shares follow each county's size (demand points x candidate sites).
        let size = codes.map { code in
            Double(network.nodes.filter { $0.county == code && $0.kind.isDemandPoint }.count
                * max(1, candidates.filter { $0.county == code }.count))
        }
        var sizeLeft = size.reduce(0, +)
        var plans: [LocationPlan] = []
        // Every county is solved even when time runs short: a county out of time keeps its heuristic plan.
        for (k, code) in codes.enumerated() {
            let inCounty = candidates.filter { $0.county == code }
            let mine = { (names: [String]) in names.filter { n in inCounty.contains { $0.id == n || $0.name == n } } }
            var local = request
            local.closedSites = mine(request.closedSites)
            local.openSites = mine(request.openSites)
            local.options.exportLP = nil
            local.options.timeLimit = budget.remaining.map { $0 * size[k] / max(sizeLeft, 1) }
            sizeLeft -= size[k]
            let inputs = try LocationInputs(network: network, roads: roads, counties: [code])
            plans.append(try LocationPlanner(inputs: inputs).plan(local))
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
        merged.method = ["counties": String(plans.count)]
        return merged
    }
}

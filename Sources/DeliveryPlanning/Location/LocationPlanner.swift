// Runs a location request on a network: builds the model from LocationInputs, solves it, maps the plan to ids.
import FacilityLocation
import RoadNetwork

/// The bridge from ``LocationRequest`` to the FacilityLocation solvers and back to a ``LocationPlan``.
public struct LocationPlanner: Sendable {
    /// The network's model inputs.
    public let inputs: LocationInputs

    /// Prepares the inputs of `network` (road matrices included).
    public init(network: Network) throws(LocationError) {
        inputs = try LocationInputs(network: network)
    }

    /// Plans on inputs already prepared (e.g. one county of a large network).
    public init(inputs: LocationInputs) {
        self.inputs = inputs
    }

    /// Solves `request` on `network`: as one model, or county by county when the counties do not interact
    /// (county centers, no cross-county service, no budget) and the network is too large for one matrix
    /// (Hebei: 53,496 demand points, 167 counties). `matrixLimit` is the largest single matrix (clients x
    /// sites) before that switch.
    public static func plan(
        network: Network, request: LocationRequest, matrixLimit: Int = LocationInputs.maxMatrixEntries
    ) throws(LocationError) -> LocationPlan {
        let separable = request.model == .countyCenter && !request.crossCounty && request.budget == nil
        let clients = network.nodes.filter { $0.kind.isDemandPoint }.count
        let sites = network.nodes.filter { $0.kind == .countyCenter || $0.kind == .candidateSite }.count
        if separable && (request.byCounty || clients * max(sites, 1) > matrixLimit) {
            return try CountyByCountyPlanner.plan(network: network, request: request)
        }
        return try LocationPlanner(network: network).plan(request)
    }

    /// Solves `request`; throws ``LocationError`` for bad requests and explained infeasibility.
    public func plan(_ request: LocationRequest) throws(LocationError) -> LocationPlan {
        let x = inputs
        try LocationRequestCheck.check(request)
        let closed = try siteFlags(request.closedSites, opening: false)
        let forced = try siteFlags(request.openSites, opening: true)
        if let both = closed.indices.first(where: { closed[$0] && forced[$0] }) {
            throw .badInput(
                "--open: candidate site \"\(x.network.nodes[x.siteNodes[both]].id)\" is also given to --closed; "
                    + "a site cannot be both closed and forced open")
        }
        var charges: CostMatrix?
        if let stability = request.stability { charges = try x.assignmentCharges(stability) }
        let transport = try CostMatrix(clients: x.clientNodes.count, sites: x.siteNodes.count) { j, i in
            request.costPerParcelKm * request.daysPerYear * x.demands[j] * x.km[j, i] + (charges?[j, i] ?? 0)
        }
        var hubPlan: HubPlan?
        let result: LocationResult
        switch request.model {
        case .pMedian:
            let p = try count(request, default: nil, what: "--p")
            result = try PMedianSolver(options: request.options).solve(
                try PMedianProblem(distances: x.km, weights: x.demands, p: p))
        case .pCenter:
            var problem = try PCenterProblem(
                distances: distanceMatrix(request), p: try count(request, default: nil, what: "--p"))
            problem.closed = closed.indices.filter { closed[$0] }
            problem.forcedOpen = forced.indices.filter { forced[$0] }
            result = try PCenterSolver(options: request.options).solve(problem)
        case .cover:
            var problem = try SetCoverProblem(
                distances: distanceMatrix(request), radius: try radius(request),
                siteCosts: request.coverByCost ? x.siteFixedCosts : nil)
            problem.closed = closed.indices.filter { closed[$0] }
            problem.forcedOpen = forced.indices.filter { forced[$0] }
            problem.labels = x.labels
            result = try SetCoverSolver(options: request.options).solve(problem)
        case .maxCover:
            var problem = try MaxCoverProblem(
                distances: distanceMatrix(request), radius: try radius(request), weights: x.demands,
                p: try count(request, default: nil, what: "--p"))
            problem.closed = closed.indices.filter { closed[$0] }
            problem.forcedOpen = forced.indices.filter { forced[$0] }
            result = try MaxCoverSolver(options: request.options).solve(problem)
        case .ufl, .cfl:
            var problem = try FacilityProblem(
                allocationCosts: transport, demands: x.demands, fixedCosts: x.siteFixedCosts,
                capacities: request.model == .cfl ? x.siteCapacities.map { $0 ?? x.demands.reduce(0, +) } : nil)
            problem.singleSource = request.model == .cfl && request.singleSource
            result =
                problem.singleSource
                ? SingleSourceSolver(options: request.options).solve(problem)
                : FacilitySolver(options: request.options).solve(problem)
            if result.status == .infeasible { throw .infeasible(result.explanation ?? "no plan fits the capacities") }
        case .countyCenter:
            result = try CountyCenterSolver(options: request.options).solve(try countyCenter(request, closed, forced))
        case .hubs:
            let solved = try HubSolver(options: request.options).solve(try hubs(request, closed, forced))
            result = solved.result
            hubPlan = solved.plan
        }
        try LocationRequestCheck.requirePlan(result, request: request)
        return LocationPlanBuilder(inputs: x, request: request).build(result, hubPlan: hubPlan)
    }

    /// The county-center problem of `request` on the network.
    func countyCenter(
        _ request: LocationRequest, _ closed: [Bool], _ forced: [Bool]
    ) throws(LocationError)
        -> CountyCenterProblem
    {
        let x = inputs
        var p = try CountyCenterProblem(
            demands: x.demands, clientCounty: x.clientCounty, siteCounty: x.siteCounty, fixedCosts: x.siteFixedCosts,
            capacities: x.siteCapacities, km: x.km, counties: x.countyCodes.count,
            costPerParcelKm: request.costPerParcelKm)
        p.minutes = x.minutes
        p.daysPerYear = request.daysPerYear
        p.existing = zip(x.siteExisting, forced).map { $0 || $1 }
        p.closed = closed
        p.centersPerCounty = request.centersPerCounty
        p.crossCounty = request.crossCounty
        p.maxKm = request.radiusKm
        p.maxMinutes = request.radiusMinutes
        p.budget = request.budget
        p.singleSource = request.singleSource
        p.labels = x.labels
        if let stability = request.stability { p.assignmentCharges = try x.assignmentCharges(stability) }
        return p
    }

    private func hubs(
        _ request: LocationRequest, _ closed: [Bool], _ forced: [Bool]
    ) throws(LocationError) -> HubProblem {
        let x = inputs
        guard !x.hubNodes.isEmpty else { throw .badInput("\(x.network.name): the network has no regional-hub nodes") }
        var level = try countyCenter(request, closed, forced)
        if request.centersGiven {
            // The network's county-center nodes are the centers: open, and the only ones.
            let given = x.siteNodes.map { x.network.nodes[$0].kind == .countyCenter }
            level.existing = given
            level.closed = given.map { !$0 }
            level.centersPerCounty = .atLeast(0)
        }
        let range = request.count ?? 3...5
        var subsidy: TollSubsidy?
        if request.tollSubsidy {
            subsidy = TollSubsidy(share: 0.3, capPerFirm: 500_000, firmShares: carrierShares())
        }
        var problem = try HubProblem(
            centers: .chosen(level), centerHubKm: x.centerHubKm,
            hubFixedCosts: x.hubNodes.map { x.network.nodes[$0].site?.fixedCost ?? 0 },
            hubCapacities: x.hubNodes.map { x.network.nodes[$0].site?.capacity }, hubCount: range,
            lineHaulPerParcelKm: request.lineHaulPerParcelKm, tollPerParcelKm: request.tollPerParcelKm, subsidy: subsidy
        )
        problem.daysPerYear = request.daysPerYear
        problem.hubExisting = x.hubNodes.map { x.network.nodes[$0].site?.existing ?? false }
        problem.labels = LocationLabels(clients: x.labels.sites, sites: x.hubNodes.map { x.network.nodes[$0].id })
        return problem
    }

    /// Each carrier's share of the network's parcels (one share of 1 when the network names no carriers).
    private func carrierShares() -> [Double] {
        let ids = inputs.network.carriers.map(\.id)
        guard !ids.isEmpty else { return [1] }
        let totals = ids.map { id in inputs.clientNodes.reduce(0.0) { $0 + (inputs.network.nodes[$1].parcels[id] ?? 0) }
        }
        let all = totals.reduce(0, +)
        return all > 0 ? totals.map { $0 / all } : [1]
    }

    private func distanceMatrix(_ request: LocationRequest) -> CostMatrix {
        request.radiusMinutes != nil && request.radiusKm == nil ? inputs.minutes : inputs.km
    }

    private func radius(_ request: LocationRequest) throws(LocationError) -> Double {
        if let r = request.radiusMinutes, request.radiusKm == nil { return r }
        guard let r = request.radiusKm else {
            throw .badInput("\(request.model.rawValue) needs --radius-km or --radius-min")
        }
        return r
    }

    private func count(_ request: LocationRequest, default value: Int?, what: String) throws(LocationError) -> Int {
        if let range = request.count {
            guard range.lowerBound == range.upperBound else {
                throw .badInput("\(request.model.rawValue) needs one number of sites (\(what) N), not a range")
            }
            return range.lowerBound
        }
        guard let value else { throw .badInput("\(request.model.rawValue) needs \(what) N") }
        return value
    }

    /// One flag per candidate site: true for the sites named (by id or by name); unknown names are errors.
    /// A site of a county without demand points is not among the inputs' sites (``LocationInputs``): closing it
    /// changes nothing, opening it is bad input, as county by county (``CountyByCountyPlanner``).
    private func siteFlags(_ names: [String], opening: Bool) throws(LocationError) -> [Bool] {
        var flags = [Bool](repeating: false, count: inputs.siteNodes.count)
        for name in names {
            let matches = inputs.siteNodes.indices.filter {
                let node = inputs.network.nodes[inputs.siteNodes[$0]]
                return node.id == name || node.name == name
            }
            // Only looked for when the name matches no input site (the scan is on the error path).
            let unserved =
                matches.isEmpty
                && inputs.network.nodes.contains {
                    ($0.kind == .countyCenter || $0.kind == .candidateSite) && ($0.id == name || $0.name == name)
                        && !inputs.network.countiesWithDemand().contains($0.county ?? "")
                }
            if unserved {
                if !opening { continue }
                throw .badInput("site \"\(name)\" is to open, but its county has no demand points to serve")
            }
            guard !matches.isEmpty else {
                throw .badInput(
                    "no candidate site has the id or name \"\(name)\" (candidates are county-center and candidate-site nodes)"
                )
            }
            for i in matches { flags[i] = true }
        }
        return flags
    }
}

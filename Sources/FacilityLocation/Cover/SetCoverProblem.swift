// Set covering: open the cheapest set of sites that puts every client within a radius of one of them.
import GLPK
import SolverControl

/// Every client must have an open site within `radius`; minimise the total cost of the open sites (their
/// number when every cost is 1). Assignment: each client to its nearest open site.
public struct SetCoverProblem: Sendable {
    /// Client-to-site distances or times (the radius is in the same unit).
    public let distances: CostMatrix
    /// The largest distance a client may be from its site.
    public let radius: Double
    /// Cost of opening each site (1 each: fewest sites).
    public let siteCosts: [Double]
    /// Sites that must be open, and sites that may not be.
    public var forcedOpen: [Int] = []
    public var closed: [Int] = []
    /// Names for messages.
    public var labels = LocationLabels()

    /// Creates a problem; `siteCosts` defaults to 1 per site.
    public init(distances: CostMatrix, radius: Double, siteCosts: [Double]? = nil) throws(LocationError) {
        guard radius.isFinite, radius >= 0 else {
            throw .badInput("set cover: the radius \(radius) must be finite and >= 0")
        }
        let costs = siteCosts ?? [Double](repeating: 1, count: distances.sites)
        guard costs.count == distances.sites, costs.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw .badInput("set cover: need one finite, non-negative cost per site (\(distances.sites))")
        }
        self.distances = distances
        self.radius = radius
        self.siteCosts = costs
    }

    /// What ``LocationVerifier`` checks: every client within the radius of an open site.
    public var verificationRules: LocationRules {
        var rules = LocationRules(clients: distances.clients, sites: distances.sites)
        rules.distances = distances
        rules.radius = radius
        rules.forcedOpen = forcedOpen
        rules.closed = closed
        return rules
    }
}

/// Solves ``SetCoverProblem`` with GLPK, warm-started by greedy covering.
public struct SetCoverSolver: Sendable {
    /// Time limit, cancellation, verbosity, export.
    public var options: LocationOptions

    /// Creates a solver.
    public init(options: LocationOptions = LocationOptions()) { self.options = options }

    /// Solves `problem`; throws an infeasibility naming the clients no site reaches.
    public func solve(_ problem: SetCoverProblem) throws(LocationError) -> LocationResult {
        let budget = options.budget()
        var closed = [Bool](repeating: false, count: problem.distances.sites)
        for i in problem.closed { closed[i] = true }
        let cover = CoverageSets(distances: problem.distances, radius: problem.radius, closed: closed)
        let lonely = cover.uncovered
        if !lonely.isEmpty {
            throw .infeasible(
                "no open-able site lies within \(problem.radius) of "
                    + LocationLabels.list(lonely.map(problem.labels.client)))
        }
        let m = problem.distances.sites
        var model = Model(name: "set_cover")
        for i in 0..<m {
            let open = problem.forcedOpen.contains(i)
            model.addVariable(
                name: "y_\(i + 1)", kind: .binary, lower: open ? 1 : 0, upper: closed[i] ? 0 : 1,
                objective: problem.siteCosts[i])
        }
        for j in 0..<problem.distances.clients {
            let sites = cover.covering(j).map { Int($0) }
            model.addConstraint(
                indices: sites, coefficients: [Double](repeating: 1, count: sites.count),
                .greaterOrEqual(1), name: "cover_\(j + 1)")
        }
        if let path = options.exportLP { try LocationGLPK.export(model, to: path) }
        var start: [Double]?
        if let greedy = cover.greedyCover(costs: problem.siteCosts, forced: problem.forcedOpen) {
            var v = [Double](repeating: 0, count: m)
            for i in greedy { v[i] = 1 }
            start = v
        }
        let result = try LocationGLPK.solve(model, options: options, budget: budget, warmStart: start)
        guard let values = result.values else {
            return LocationGLPK.withoutPlan(result, seconds: budget.elapsed, what: "set cover")
        }
        let open = (0..<m).filter { values[$0] > 0.5 }
        let plan = LocationSolution(open: open, assignment: nearest(problem.distances, open))
        return LocationResult(
            solution: plan, objective: open.reduce(0.0) { $0 + problem.siteCosts[$1] }, bound: result.bound,
            status: result.status, seconds: budget.elapsed, statistics: result.statistics)
    }
}

/// Each client's nearest site among `open` (lowest index on ties).
func nearest(_ distances: CostMatrix, _ open: [Int]) -> [Int] {
    (0..<distances.clients).map { j in
        var best = open[0]
        for i in open where distances[j, i] < distances[j, best] { best = i }
        return best
    }
}

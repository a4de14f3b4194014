// Maximal covering: open p sites so that as much demand as possible lies within a radius of one of them.
import GLPK
import SolverControl

/// Open exactly `p` sites to maximise the demand within `radius` of an open site (Church & ReVelle 1974).
/// Every client is still assigned to its nearest open site; those beyond the radius count as uncovered.
public struct MaxCoverProblem: Sendable {
    /// Client-to-site distances or times.
    public let distances: CostMatrix
    /// Coverage radius (same unit as the distances).
    public let radius: Double
    /// Demand of each client.
    public let weights: [Double]
    /// Sites to open.
    public let p: Int
    /// Sites that must be open, and sites that may not be.
    public var forcedOpen: [Int] = []
    public var closed: [Int] = []

    /// Creates a problem; `weights` defaults to 1 per client.
    public init(distances: CostMatrix, radius: Double, weights: [Double]? = nil, p: Int) throws(LocationError) {
        guard radius.isFinite, radius >= 0 else {
            throw .badInput("max cover: the radius \(radius) must be finite and >= 0")
        }
        let w = weights ?? [Double](repeating: 1, count: distances.clients)
        guard w.count == distances.clients, w.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw .badInput("max cover: need one finite, non-negative weight per client (\(distances.clients))")
        }
        guard p >= 1, p <= distances.sites else {
            throw .badInput("max cover: p = \(p) but there are \(distances.sites) candidate sites")
        }
        self.distances = distances
        self.radius = radius
        self.weights = w
        self.p = p
    }

    /// What ``LocationVerifier`` checks: exactly p sites, forced and closed sites respected.
    public var verificationRules: LocationRules {
        var rules = LocationRules(clients: distances.clients, sites: distances.sites)
        rules.openCount = p...p
        rules.forcedOpen = forcedOpen
        rules.closed = closed
        return rules
    }

    /// Covered demand, recomputed by the verifier.
    public var verificationObjective: LocationObjective {
        .coveredDemand(weights: weights, distances: distances, radius: radius)
    }
}

/// Solves ``MaxCoverProblem`` with GLPK, warm-started by greedy coverage.
public struct MaxCoverSolver: Sendable {
    /// Time limit, cancellation, verbosity, export.
    public var options: LocationOptions

    /// Creates a solver.
    public init(options: LocationOptions = LocationOptions()) { self.options = options }

    /// Solves `problem`: `max sum w_j z_j` s.t. `z_j <= sum_{i covers j} y_i`, `sum y = p`, `z` in [0, 1].
    public func solve(_ problem: MaxCoverProblem) throws(LocationError) -> LocationResult {
        let budget = options.budget()
        let n = problem.distances.clients, m = problem.distances.sites
        var closed = [Bool](repeating: false, count: m)
        for i in problem.closed { closed[i] = true }
        guard m - problem.closed.count >= problem.p else {
            throw .infeasible("max cover: p = \(problem.p) but only \(m - problem.closed.count) sites may open")
        }
        let cover = CoverageSets(distances: problem.distances, radius: problem.radius, closed: closed)
        var model = Model(name: "max_cover", direction: .maximize)
        for i in 0..<m {
            model.addVariable(
                name: "y_\(i + 1)", kind: .binary, lower: problem.forcedOpen.contains(i) ? 1 : 0,
                upper: closed[i] ? 0 : 1)
        }
        for j in 0..<n {
            model.addVariable(name: "z_\(j + 1)", kind: .continuous, lower: 0, upper: 1, objective: problem.weights[j])
        }
        for j in 0..<n {
            let sites = cover.covering(j).map { Int($0) }
            model.addConstraint(
                indices: [m + j] + sites, coefficients: [1] + [Double](repeating: -1, count: sites.count),
                .lessOrEqual(0))
        }
        model.addConstraint(
            indices: Array(0..<m), coefficients: [Double](repeating: 1, count: m),
            .equal(Double(problem.p)), name: "p")
        if let path = options.exportLP { try LocationGLPK.export(model, to: path) }
        let start = greedy(problem, cover: cover, closed: closed)
        var v = [Double](repeating: 0, count: m + n)
        for i in start { v[i] = 1 }
        for j in 0..<n where cover.covering(j).contains(where: { start.contains(Int($0)) }) { v[m + j] = 1 }
        let result = try LocationGLPK.solve(model, options: options, budget: budget, warmStart: v)
        guard let values = result.values else {
            return LocationGLPK.withoutPlan(result, seconds: budget.elapsed, what: "max cover")
        }
        let open = (0..<m).filter { values[$0] > 0.5 }
        let plan = LocationSolution(open: open, assignment: nearest(problem.distances, open))
        var covered = 0.0
        for j in 0..<n where cover.covering(j).contains(where: { open.contains(Int($0)) }) {
            covered += problem.weights[j]
        }
        return LocationResult(
            solution: plan, objective: covered, bound: max(covered, result.bound), status: result.status,
            seconds: budget.elapsed, statistics: result.statistics)
    }

    /// Forced sites, then p times the site adding most uncovered weight.
    private func greedy(_ problem: MaxCoverProblem, cover: CoverageSets, closed: [Bool]) -> [Int] {
        let n = problem.distances.clients, m = problem.distances.sites
        var open = problem.forcedOpen
        var isOpen = [Bool](repeating: false, count: m)
        for i in open { isOpen[i] = true }
        var covered = (0..<n).map { j in cover.covering(j).contains { isOpen[Int($0)] } }
        while open.count < problem.p {
            var best = -1
            var gain = -1.0
            for i in 0..<m where !isOpen[i] && !closed[i] {
                var g = 0.0
                for j in 0..<n where !covered[j] && problem.distances[j, i] <= problem.radius {
                    g += problem.weights[j]
                }
                if g > gain { gain = g; best = i }
            }
            open.append(best)
            isOpen[best] = true
            for j in 0..<n where problem.distances[j, best] <= problem.radius { covered[j] = true }
        }
        return open.sorted()
    }
}

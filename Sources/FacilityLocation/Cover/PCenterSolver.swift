// Solves the p-center problem exactly: binary search on the radius, each step a set-covering question to GLPK.
import GLPK
import SolverControl

/// The classic covering approach (Minieka 1970; Daskin 2000): the optimum is one of the distinct distances,
/// and "can p sites cover every client within r?" is a set-covering feasibility problem. A greedy minimax
/// heuristic with swaps gives the upper end, the largest nearest-site distance the lower end; binary search
/// between them asks greedy covering first (a cover with at most p sites answers yes) and GLPK otherwise.
public struct PCenterSolver: Sendable {
    /// Time limit, cancellation, verbosity, export (the covering model at the optimal radius).
    public var options: LocationOptions

    /// Creates a solver.
    public init(options: LocationOptions = LocationOptions()) { self.options = options }

    /// Solves `problem`; the result is proven optimal unless the time runs out.
    public func solve(_ problem: PCenterProblem) throws(LocationError) -> LocationResult {
        let budget = options.budget()
        let d = problem.distances
        let n = d.clients, m = d.sites
        var closed = [Bool](repeating: false, count: m)
        for i in problem.closed { closed[i] = true }
        guard m - problem.closed.count >= problem.p else {
            throw .infeasible("p-center: p = \(problem.p) but only \(m - problem.closed.count) sites may open")
        }
        var best = heuristic(problem, closed: closed)
        var upper = problem.objective(open: best)
        // Every client is at least its nearest site's distance away.
        var lower = 0.0
        for j in 0..<n {
            var near = Double.infinity
            for i in 0..<m where !closed[i] { near = min(near, d[j, i]) }
            lower = max(lower, near)
        }
        var radii = Array(Set(d.values.filter { $0 >= lower && $0 < upper })).sorted()
        var checks = 0
        var provenInfeasibleBelow = lower  // every radius below this is infeasible
        while !radii.isEmpty, !budget.isExhausted {
            let mid = radii.count / 2
            let r = radii[mid]
            checks += 1
            switch try coverWithin(r, problem: problem, closed: closed, budget: budget) {
            case .some(let sites):
                best = sites
                upper = problem.objective(open: sites)
                radii = Array(radii[..<mid].filter { $0 < upper })
            case .none where !budget.isExhausted:
                provenInfeasibleBelow = radii.count > mid + 1 ? radii[mid + 1] : upper
                radii = Array(radii[(mid + 1)...])
            case .none:
                break
            }
        }
        let proven = radii.isEmpty
        if let path = options.exportLP {
            try LocationGLPK.export(coverModel(upper, problem: problem, closed: closed), to: path)
        }
        let plan = LocationSolution(open: best, assignment: nearest(d, best))
        return LocationResult(
            solution: plan, objective: upper, bound: proven ? upper : min(upper, provenInfeasibleBelow),
            status: proven ? .optimal : .feasible, seconds: budget.elapsed,
            statistics: [("radius_checks", String(checks))])
    }

    /// p sites covering every client within `r` (filled up to p by the sites that lower total distance most),
    /// or `nil` when GLPK proves there are none (or the time runs out).
    private func coverWithin(
        _ r: Double, problem: PCenterProblem, closed: [Bool], budget: TimeBudget
    )
        throws(LocationError) -> [Int]?
    {
        let cover = CoverageSets(distances: problem.distances, radius: r, closed: closed)
        if !cover.uncovered.isEmpty { return nil }
        let ones = [Double](repeating: 1, count: problem.distances.sites)
        if let greedy = cover.greedyCover(costs: ones, forced: problem.forcedOpen), greedy.count <= problem.p {
            return fill(greedy, problem: problem, closed: closed)
        }
        let model = coverModel(r, problem: problem, closed: closed)
        let result = try LocationGLPK.solve(model, options: options, budget: budget, warmStart: nil)
        guard let values = result.values else { return nil }
        return fill((0..<problem.distances.sites).filter { values[$0] > 0.5 }, problem: problem, closed: closed)
    }

    /// "Cover every client within r with at most p sites" (minimising the sites used).
    private func coverModel(_ r: Double, problem: PCenterProblem, closed: [Bool]) -> Model {
        let m = problem.distances.sites
        let cover = CoverageSets(distances: problem.distances, radius: r, closed: closed)
        var model = Model(name: "p_center_cover")
        for i in 0..<m {
            model.addVariable(
                name: "y_\(i + 1)", kind: .binary, lower: problem.forcedOpen.contains(i) ? 1 : 0,
                upper: closed[i] ? 0 : 1, objective: 1)
        }
        for j in 0..<problem.distances.clients {
            let sites = cover.covering(j).map { Int($0) }
            model.addConstraint(
                indices: sites, coefficients: [Double](repeating: 1, count: sites.count),
                .greaterOrEqual(1), name: "cover_\(j + 1)")
        }
        model.addConstraint(
            indices: Array(0..<m), coefficients: [Double](repeating: 1, count: m),
            .lessOrEqual(Double(problem.p)), name: "p")
        return model
    }

    /// Adds sites to `open` until there are p, each time the one lowering the total distance most.
    private func fill(_ open: [Int], problem: PCenterProblem, closed: [Bool]) -> [Int] {
        let d = problem.distances
        var sites = open
        var isOpen = [Bool](repeating: false, count: d.sites)
        for i in sites { isOpen[i] = true }
        var near = (0..<d.clients).map { j in sites.map { d[j, $0] }.min() ?? .infinity }
        while sites.count < problem.p {
            var pick = -1
            var pickTotal = Double.infinity
            for i in 0..<d.sites where !isOpen[i] && !closed[i] {
                var total = 0.0
                for j in 0..<d.clients { total += min(near[j], d[j, i]) }
                if total < pickTotal { pickTotal = total; pick = i }
            }
            sites.append(pick)
            isOpen[pick] = true
            for j in 0..<d.clients { near[j] = min(near[j], d[j, pick]) }
        }
        return sites.sorted()
    }

    /// Greedy minimax construction (forced sites first), then swaps while the largest distance falls.
    private func heuristic(_ problem: PCenterProblem, closed: [Bool]) -> [Int] {
        let d = problem.distances
        var open = problem.forcedOpen
        var isOpen = [Bool](repeating: false, count: d.sites)
        for i in open { isOpen[i] = true }
        while open.count < problem.p {
            var pick = -1
            var pickValue = Double.infinity
            for i in 0..<d.sites where !isOpen[i] && !closed[i] {
                let value = problem.objective(open: open + [i])
                if value < pickValue { pickValue = value; pick = i }
            }
            open.append(pick)
            isOpen[pick] = true
        }
        var value = problem.objective(open: open)
        var improved = true
        var passes = 0
        let forced = Set(problem.forcedOpen)
        while improved && passes < 50 {
            improved = false
            passes += 1
            search: for a in open.indices where !forced.contains(open[a]) {
                for f in 0..<d.sites where !isOpen[f] && !closed[f] {
                    var trial = open
                    trial[a] = f
                    let v = problem.objective(open: trial)
                    if v < value {
                        isOpen[open[a]] = false
                        isOpen[f] = true
                        open = trial
                        value = v
                        improved = true
                        break search
                    }
                }
            }
        }
        return open.sorted()
    }
}

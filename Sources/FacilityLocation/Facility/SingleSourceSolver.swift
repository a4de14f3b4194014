// Capacitated facility location with single-sourcing: each client wholly at one site, solved by GLPK.
import GLPK
import SolverControl

/// Single-source CFL: the split problem's optimum is a lower bound and its open sites seed a greedy
/// single-source plan (clients by decreasing regret, each to its cheapest site with room, then improving
/// moves), which warm-starts GLPK's branch-and-cut on ``FacilityModel`` with binary allocations.
///
/// Large instances (capa: 100 x 1000) rarely finish within a minute; the result then carries the plan and
/// the gap to the better of the split bound and GLPK's bound.
public struct SingleSourceSolver: Sendable {
    /// Time limit, cancellation, verbosity, export.
    public var options: LocationOptions

    /// Creates a solver.
    public init(options: LocationOptions = LocationOptions()) {
        self.options = options
    }

    /// Solves `problem` with every client served by exactly one site.
    public func solve(_ problem: FacilityProblem) -> LocationResult {
        var problem = problem
        problem.singleSource = true
        let budget = options.budget()
        if let capacities = problem.capacities, let largest = capacities.max() {
            let tooBig = problem.demands.indices.filter { problem.demands[$0] > largest * (1 + 1e-12) }
            if !tooBig.isEmpty {
                let names = tooBig.prefix(10).map { "client \($0 + 1) (demand \(problem.demands[$0]))" }
                return .infeasible(
                    names.joined(separator: ", ") + (tooBig.count > 10 ? " and \(tooBig.count - 10) more" : "")
                        + (tooBig.count == 1 ? " needs" : " need") + " more than the largest capacity \(largest)"
                        + " and cannot be served by one site", seconds: budget.elapsed)
            }
        }
        var split = problem
        split.singleSource = false
        var splitOptions = options
        splitOptions.timeLimit = budget.remaining.map { $0 * 0.3 }
        let relaxed = FacilitySolver(options: splitOptions).solve(split)
        var stats: [(key: String, value: String)] = [("split_bound", String(relaxed.bound))]
        if relaxed.status == .infeasible { return relaxed }
        let data = FacilityData(problem)
        var start = relaxed.solution.flatMap { Self.assign(data, open: $0.open) }
        if start == nil { start = Self.assign(data, open: Array(0..<data.m)) }
        if let start {
            let value = problem.objective(of: start)
            stats.append(("heuristic", String(value)))
            // The split optimum bounds every single-source plan: meeting it proves the plan optimal.
            if relaxed.status == .optimal && value <= relaxed.bound + 1e-9 * max(1, abs(value)) {
                return LocationResult(
                    solution: start, objective: value, bound: value, status: .optimal, seconds: budget.elapsed,
                    statistics: stats)
            }
        }
        let formulation = FacilityModel(problem)
        let mipOptions = SolveOptions(
            timeLimit: budget.remaining, verbose: options.verbose,
            warmStart: start.map { formulation.values(of: $0) }, cancellation: options.cancellation)
        var best = start
        var objective = start.map { problem.objective(of: $0) } ?? .infinity
        var bound = relaxed.bound
        var status = LocationStatus.feasible
        if let result = try? formulation.model.solve(mipOptions) {
            stats.append(("mip_nodes", String(result.nodes)))
            switch result.status {
            case .infeasible:
                return .infeasible(
                    "the clients cannot be packed into the sites' capacities one client per site (GLPK proved it)",
                    seconds: budget.elapsed)
            case .optimal, .feasible:
                let plan = formulation.solution(from: result.values)
                let value = problem.objective(of: plan)
                if value < objective { best = plan; objective = value }
                if let b = result.bound { bound = max(bound, b) }
                if result.status == .optimal { status = .optimal; bound = objective }
            case .unbounded, .noSolution:
                break
            }
        }
        guard let best else {
            return LocationResult(
                solution: nil, objective: .infinity, bound: bound, status: .noSolution, seconds: budget.elapsed,
                statistics: stats)
        }
        if bound >= objective - 1e-9 * max(1, abs(objective)) { status = .optimal; bound = objective }
        return LocationResult(
            solution: best, objective: objective, bound: min(bound, objective), status: status,
            seconds: budget.elapsed, statistics: stats)
    }

    /// A single-source plan on `open` (greedy by regret, then cheaper moves), or `nil` when it fails to fit.
    static func assign(_ data: FacilityData, open: [Int]) -> LocationSolution? {
        let n = data.n
        var room = open.map { data.capacity[$0] }
        var site = [Int](repeating: -1, count: n)
        let regret: [Double] = (0..<n).map { j in
            let costs = open.map { data.cost($0, j) }.sorted()
            return costs.count > 1 ? costs[1] - costs[0] : costs[0]
        }
        let order = (0..<n).sorted { regret[$0] > regret[$1] || (regret[$0] == regret[$1] && $0 < $1) }
        for j in order {
            var pick = -1
            for a in open.indices where room[a] >= data.demands[j] - 1e-9 {
                if pick < 0 || data.cost(open[a], j) < data.cost(open[pick], j) { pick = a }
            }
            guard pick >= 0 else { return nil }
            site[j] = pick
            room[pick] -= data.demands[j]
        }
        // Move clients to cheaper sites with room until nothing improves.
        var improved = true
        while improved {
            improved = false
            for j in 0..<n {
                let a = site[j]
                for b in open.indices
                where b != a && room[b] >= data.demands[j] - 1e-9
                    && data.cost(open[b], j) < data.cost(open[a], j) - 1e-9
                {
                    room[a] += data.demands[j]
                    room[b] -= data.demands[j]
                    site[j] = b
                    improved = true
                    break
                }
            }
        }
        let used = Set(site)
        let kept = open.indices.filter { used.contains($0) }.map { open[$0] }
        return LocationSolution(open: kept, assignment: site.map { open[$0] })
    }
}

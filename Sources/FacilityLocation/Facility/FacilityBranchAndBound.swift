// Depth-first branch-and-bound over site decisions with Lagrangian bounds, for UFL and split CFL.
import SolverControl

/// Proves (or improves) an upper bound for ``FacilityProblem`` by branching on "site i open / closed".
///
/// Nodes re-optimise ``FacilityLagrangian`` from their parent's multipliers; penalty tests (the covering
/// knapsack re-solved with a site forced in or out) fix sites for the subtree; the branching site is the free
/// site whose averaged relaxed choice is closest to one half. When every site is decided, `evaluate` prices
/// the open set exactly (nearest site without capacities, a transportation LP with them).
struct FacilityBranchAndBound {
    let data: FacilityData
    let lagrangian: FacilityLagrangian
    /// Prices an open set exactly; `nil` when it cannot serve all demand.
    let evaluate: ([Int]) -> (cost: Double, solution: LocationSolution)?
    /// Relative tolerance below which a bound counts as meeting the incumbent.
    let tolerance: Double
    /// Best known plan and cost.
    private(set) var incumbent: LocationSolution?
    private(set) var upperBound: Double
    /// Nodes processed, subgradient iterations, exact evaluations.
    private(set) var nodes = 0
    private(set) var iterations = 0
    private(set) var evaluations = 0
    /// The least bound of the nodes left when the budget ran out (`nil` when the search finished).
    private(set) var openBound: Double?
    /// Open sets already priced (their cost cannot improve the incumbent again).
    private var priced: Set<[Int]> = []

    private struct Node {
        var status: [Int8]
        var lambda: [Double]
        var parentBound: Double
    }

    init(
        data: FacilityData, incumbent: LocationSolution?, upperBound: Double, tolerance: Double = 1e-9,
        evaluate: @escaping ([Int]) -> (cost: Double, solution: LocationSolution)?
    ) {
        self.data = data
        self.lagrangian = FacilityLagrangian(data: data)
        self.incumbent = incumbent
        self.upperBound = upperBound
        self.tolerance = tolerance
        self.evaluate = evaluate
    }

    private var target: Double {
        upperBound.isFinite ? upperBound - tolerance * max(1, abs(upperBound)) : .infinity
    }

    /// Searches from the root `status` until every node is pruned or the budget runs out.
    mutating func run(rootStatus: [Int8], rootLambda: [Double], rootIterations: Int, budget: TimeBudget) {
        var stack = [Node(status: rootStatus, lambda: rootLambda, parentBound: -.infinity)]
        while let node = stack.popLast() {
            if budget.isExhausted {
                openBound = stack.reduce(node.parentBound) { min($0, $1.parentBound) }
                return
            }
            if node.parentBound > target { continue }
            nodes += 1
            stack.append(contentsOf: process(node, iterations: nodes == 1 ? rootIterations : 60, budget: budget))
        }
    }

    private mutating func process(_ node: Node, iterations limit: Int, budget: TimeBudget) -> [Node] {
        var status = node.status
        let m = data.m
        var capacityLeft = 0.0, free = 0, live = 0
        for i in 0..<m where status[i] >= 0 {
            live += 1
            capacityLeft += data.capacity[i]
            if status[i] == 0 { free += 1 }
        }
        if live == 0 || (data.capacitated && capacityLeft < data.totalDemand * (1 - 1e-12)) { return [] }
        if free == 0 {
            price((0..<m).filter { status[$0] == 1 })
            return []
        }
        let run = lagrangian.optimize(
            start: node.lambda, status: status, upperBound: upperBound, maxIterations: limit, stallLimit: 8,
            firstStep: 1, target: target, budget: budget)
        iterations += run.iterations
        // Out of time before a single evaluation: keep the node open so the search reports its bound.
        if run.best == nil && budget.isExhausted { return [node] }
        guard let best = run.best, run.bound <= target else { return [] }
        // The relaxed choice is a candidate plan.
        price((0..<m).filter { best.open[$0] })
        if run.bound > target { return [] }
        // Penalty tests: the site choice re-solved with one site forced the other way.
        let base = run.lambda.reduce(0, +)
        for i in 0..<m where status[i] == 0 {
            var flipped = status
            flipped[i] = best.open[i] ? -1 : 1
            let choice = lagrangian.chooseSites(best.siteValue, status: flipped)
            if base + choice.value > target { status[i] = best.open[i] ? 1 : -1 }
        }
        var branch = -1
        var closest = Double.infinity
        for i in 0..<m where status[i] == 0 {
            let d = abs(run.average[i] - 0.5)
            if d < closest { closest = d; branch = i }
        }
        if branch < 0 { return [Node(status: status, lambda: run.lambda, parentBound: run.bound)] }
        var down = status
        down[branch] = -1
        var up = status
        up[branch] = 1
        return [
            Node(status: down, lambda: run.lambda, parentBound: run.bound),
            Node(status: up, lambda: run.lambda, parentBound: run.bound),
        ]
    }

    /// Prices `open` exactly (once per distinct set) and keeps it when it beats the incumbent.
    mutating func price(_ open: [Int]) {
        guard !open.isEmpty, priced.insert(open).inserted else { return }
        if data.capacitated {
            let capacity = open.reduce(0.0) { $0 + data.capacity[$1] }
            if capacity < data.totalDemand * (1 - 1e-12) { return }
            // Without capacities the cost is a lower bound on the capacitated one: skip hopeless sets.
            if data.nearestCost(of: open) >= upperBound { return }
        }
        evaluations += 1
        guard let (cost, solution) = evaluate(open) else { return }
        if cost < target {
            upperBound = cost
            incumbent = solution
        }
    }
}

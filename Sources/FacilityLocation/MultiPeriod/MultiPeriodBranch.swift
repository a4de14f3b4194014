// Proves a county's build-out by branching on sites open or never open, the Lagrangian bound at every node.
import GLPK
import SolverControl

/// Depth-first branch and bound over "site `a` open by the last year / never open" for one county, bounded by
/// ``MultiPeriodLagrangian`` (a site fixed either way costs the relaxed problem nothing more to honour).
///
/// Why: the Lagrangian bound leaves a few percent at the root (docs/years-benchmarks.md), and the exact method by
/// site sets (``MultiPeriodExact``) lists sets under a much weaker bound, so on counties of 30-40 sites it runs
/// out of time long before the sets run out. Each node re-optimises the multipliers from its parent's; penalty
/// tests (the county programme re-solved with one site forced the other way, ``MultiPeriodLagrangian/forcedValues``)
/// fix sites for the subtree; the branching site is the free one whose weaker side bounds highest. When every site
/// is decided, the open set is settled exactly by ``MultiPeriodLeaf`` (its tier paths listed, each year's
/// assignment solved on its own), or by GLPK on the set's model (``MultiPeriodExact/solveSet``) when it is too large
/// to list.
/// Each node's best relaxed design also gives a plan (``MultiPeriodLagrangian/plan(design:)``).
struct MultiPeriodBranch {
    let relaxation: MultiPeriodLagrangian
    /// Whether the open sets' GLPK models have their sites forced and a cutoff (``MultiPeriodExact/solveSet``).
    let tight: Bool
    /// Relative tolerance under which a bound counts as meeting the incumbent (as the exact method's).
    static let tolerance = MultiPeriodExact.tolerance
    /// Subgradient steps at a node and at a leaf (every site decided: cheap steps), the step size halved after
    /// `stall` steps without a better bound; at most one plan a node.
    static let nodeSteps = 60
    static let leafSteps = 1_000
    static let stall = 8
    /// Most of the time one open set's GLPK model may take: this share of the search's time (at least
    /// ``leastSeconds``).
    static let setShare = 0.05
    /// Most of the time GLPK may take on an incumbent's open set (``polish``): this share (at least ``leastSeconds``).
    static let polishShare = 0.2
    /// The least time a GLPK model of an open set gets: half a second, so that a small county's few seconds (Hebei
    /// gives some 3 s) are not spent on one set.
    static let leastSeconds = 0.5
    /// Waiting nodes up to which the search takes the least bound first (each holds its multipliers: at most
    /// 2,000 x years x villages numbers).
    static let bestFirstNodes = 2_000

    private(set) var incumbent: MultiPeriodSolution?
    private(set) var upper: Double
    /// Nodes processed, subgradient steps, open sets settled (by the leaf method or GLPK), sites fixed by the penalty
    /// tests.
    private(set) var nodes = 0
    private(set) var steps = 0
    private(set) var leaves = 0
    private(set) var fixed = 0
    private var tried: Set<[Int]> = []
    private var scratch = MultiPeriodLagrangian.Scratch()
    /// Open sets whose GLPK model ran out of its share, with their bounds (revisited when the tree is done).
    private var unsettled: [(bound: Double, open: [Int], lambda: [[Double]])] = []
    /// Open sets given to the leaf method or GLPK (settled, or in `unsettled`).
    private var solved: Set<[Int]> = []

    private struct Node {
        var status: [Int8]
        var lambda: [[Double]]
        var bound: Double
    }

    init(_ relaxation: MultiPeriodLagrangian, incumbent: MultiPeriodSolution?, upper: Double, tight: Bool) {
        self.relaxation = relaxation
        self.incumbent = incumbent
        self.upper = incumbent == nil ? .infinity : upper
        self.tight = tight
    }

    private var target: Double { upper.isFinite ? upper - Self.tolerance * max(1, abs(upper)) : .infinity }

    /// Searches from the root (`lambda`, bounding at `bound`) until every node is settled or `budget` runs out;
    /// returns the proven lower bound (the incumbent's cost when the search finished).
    mutating func run(
        lambda: [[Double]], bound: Double, options: LocationOptions, budget: TimeBudget
    ) throws(LocationError) -> Double {
        let total = budget.remaining
        let root = relaxation.sites.map { relaxation.p.forced[$0] ? Int8(1) : 0 }
        // The incumbent's own open set first: GLPK often finds a better plan on the same sites (the plans from relaxed
        // designs assign villages greedily), and a better incumbent prunes the whole tree harder.
        try polish(lambda, options: options, budget: budget, total: total)
        var stack = [Node(status: root, lambda: lambda, bound: bound)]
        while !stack.isEmpty {
            // Best bound first, so that a search cut by time leaves the highest bound; depth first once the waiting
            // nodes are many (each holds its multipliers).
            var pick = stack.count - 1
            if stack.count < Self.bestFirstNodes {
                for q in stack.indices where stack[q].bound < stack[pick].bound { pick = q }
            }
            let node = stack.remove(at: pick)
            if budget.isExhausted {
                return openBound(stack.map(\.bound) + [node.bound])
            }
            if node.bound >= target { continue }
            nodes += 1
            if nodes % 500 == 0 {
                options.log?(
                    "multi-period: branch and bound: \(nodes) nodes, \(stack.count) waiting, \(leaves) open sets,"
                        + " best \(upper), least waiting bound \(stack.map(\.bound).min() ?? upper)")
            }
            stack.append(contentsOf: try process(node, options: options, budget: budget, total: total))
        }
        // The tree is done: the open sets GLPK left get the time left, least bound first.
        unsettled.sort { $0.bound < $1.bound }
        var index = 0
        while index < unsettled.count, !budget.isExhausted {
            guard unsettled[index].bound < target else {
                unsettled.remove(at: index)
                continue
            }
            let share = TimeBudget(
                seconds: budget.remaining.map { $0 / Double(unsettled.count - index) },
                cancellation: options.cancellation)
            var bound = unsettled[index].bound
            let settled = try solve(
                unsettled[index].open, lambda: unsettled[index].lambda, options: options, budget: share, bound: &bound)
            unsettled[index].bound = bound
            if settled {
                unsettled.remove(at: index)
            } else {
                index += 1
            }
        }
        return openBound([])
    }

    /// The least bound still open (nodes left, open sets not settled), capped by the incumbent's cost.
    private func openBound(_ nodes: [Double]) -> Double {
        let open = (nodes + unsettled.filter { $0.bound < target }.map(\.bound)).min() ?? .infinity
        return upper.isFinite ? min(open, upper) : open
    }

    private mutating func process(
        _ node: Node, options: LocationOptions, budget: TimeBudget, total: Double?
    ) throws(LocationError) -> [Node] {
        var status = node.status
        let run = relaxation.run(
            upper: upper, iterations: Self.nodeSteps, budget: budget, status: status, start: node.lambda, theta: 1,
            stallLimit: Self.stall, plans: 1, tried: &tried, scratch: &scratch)
        steps += run.steps
        if let plan = run.plan, run.cost < upper {
            incumbent = plan
            upper = run.cost
            try polish(run.lambda, options: options, budget: budget, total: total)
        }
        let bound = max(node.bound, run.bound)
        if bound >= target { return [] }
        if run.steps == 0 { return [Node(status: status, lambda: node.lambda, bound: bound)] }
        // Penalty tests at the best multipliers: a site whose other side bounds above the incumbent is fixed.
        var served = [[Double]](
            repeating: [Double](repeating: 0, count: relaxation.clients.count), count: relaxation.years)
        let value = relaxation.relaxed(run.lambda, status: status, served: &served, scratch: &scratch)
        let base = value - scratch.sitesValue
        relaxation.forcedValues(status: status, scratch: &scratch)
        var branch = -1, score = -Double.infinity
        for a in status.indices where status[a] == 0 {
            let open = base + scratch.forced[2 * a], closed = base + scratch.forced[2 * a + 1]
            if open >= target && closed >= target { return [] }
            if open >= target || closed >= target {
                status[a] = open >= target ? -1 : 1
                fixed += 1
            } else if min(open, closed) > score {
                score = min(open, closed)
                branch = a
            }
        }
        guard branch >= 0 else {
            let open = status.indices.filter { status[$0] > 0 }.map { relaxation.sites[$0] }
            guard !solved.contains(open) else { return [] }
            // Every site decided: the relaxed problem is small (closed sites cost nothing to price), so more steps
            // are cheap, and they often reach the incumbent without GLPK.
            let deep = relaxation.run(
                upper: upper, iterations: Self.leafSteps, budget: budget, status: status, start: run.lambda, theta: 1,
                stallLimit: 30, plans: 0, tried: &tried, scratch: &scratch)
            steps += deep.steps
            var leafBound = max(bound, deep.bound)
            if leafBound >= target { return [] }
            let settled = try solve(
                open, lambda: deep.lambda, options: options, budget: leafBudget(budget, total: total), bound: &leafBound
            )
            if !settled {
                unsettled.append((leafBound, open, deep.lambda))
            }
            return []
        }
        let upBound = base + scratch.forced[2 * branch], downBound = base + scratch.forced[2 * branch + 1]
        var up = status, down = status
        up[branch] = 1
        down[branch] = -1
        let children = [
            Node(status: up, lambda: run.lambda, bound: max(bound, upBound)),
            Node(status: down, lambda: run.lambda, bound: max(bound, downBound)),
        ]
        // Depth first, the child that bounds lower (the likelier to hold a better plan) first: it is popped last.
        return upBound <= downBound ? [children[1], children[0]] : children
    }

    /// GLPK on the incumbent's last-year open set, once per set.
    private mutating func polish(
        _ lambda: [[Double]], options: LocationOptions, budget: TimeBudget, total: Double?
    ) throws(LocationError) {
        guard let plan = incumbent else { return }
        let open = relaxation.sites.filter { plan.tier[$0][relaxation.years - 1] >= 0 }
        guard !solved.contains(open) else { return }
        var bound = 0.0
        let part = TimeBudget(
            seconds: budget.remaining.map { min($0, max(Self.leastSeconds, Self.polishShare * (total ?? $0))) },
            cancellation: budget.cancellation)
        // Left open, the set stays to the tree (its leaf bounds it).
        if try !solve(open, lambda: lambda, options: options, budget: part, bound: &bound) { solved.remove(open) }
    }

    private func leafBudget(_ budget: TimeBudget, total: Double?) -> TimeBudget {
        TimeBudget(
            seconds: budget.remaining.map { min($0, max(Self.leastSeconds, Self.setShare * (total ?? $0))) },
            cancellation: budget.cancellation)
    }

    /// The open set `open` (global site indices) settled by ``MultiPeriodLeaf`` (priced at `lambda`) or GLPK; true
    /// when settled. Raises `bound` to what was proved.
    private mutating func solve(
        _ open: [Int], lambda: [[Double]], options: LocationOptions, budget: TimeBudget, bound: inout Double
    ) throws(LocationError) -> Bool {
        leaves += 1
        solved.insert(open)
        guard !open.isEmpty else {
            // No site at all (possible only when the county may stay unserved): the plan builder prices it.
            let design = [Int](repeating: -1, count: relaxation.sites.count * relaxation.years)
            if let plan = relaxation.plan(design: design, strict: true),
                plan.tier.allSatisfy({ $0.allSatisfy { $0 < 0 } })
            {
                let cost = relaxation.p.discountedTotal(relaxation.p.yearCosts(of: plan))
                if cost < upper {
                    incumbent = plan
                    upper = cost
                }
            }
            return true
        }
        let r: (plan: MultiPeriodSolution?, objective: Double, bound: Double, settled: Bool)
        if let leaf = MultiPeriodLeaf(relaxation.p, clients: relaxation.clients, sites: open),
            let out = try leaf.solve(
                below: target, prior: bound,
                prices: relaxation.prices(lambda, open: open, scratch: &scratch), options: options,
                budget: budget)
        {
            r = (out.plan, out.objective, out.bound, out.settled)
        } else {
            r = try MultiPeriodExact.solveSet(
                relaxation.p, clients: relaxation.clients, sites: open, below: target, tight: tight,
                options: options, budget: budget)
        }
        if let plan = r.plan, r.objective < upper {
            incumbent = plan
            upper = r.objective
        }
        bound = max(bound, r.bound)
        return r.settled
    }
}

extension MultiPeriodLagrangian {
    /// After ``relaxed(_:status:served:scratch:)``: for each free local site `a`, the county programme's optimum
    /// with `a` forced open by the last year (`scratch.forced[2a]`) and never open (`scratch.forced[2a + 1]`),
    /// from forward and backward tables over the sites (the programme's states are capped sums, so the two
    /// halves meet state by state). Infinity where no plan of the programme fits.
    func forcedValues(status: [Int8], scratch: inout Scratch) {
        let m = sites.count, states = (tiers + 1) * 2, none = Double.infinity
        let width = (needUnits + 1) * (centers + 1), goal = width - 1
        func next(_ x: Int, _ s: Int) -> Int {
            let k = s / 2 - 1
            let u = min(needUnits, x / (centers + 1) + (k >= 0 ? capUnits[k] : 0))
            return u * (centers + 1) + min(centers, x % (centers + 1) + s % 2)
        }
        scratch.forward.reset((m + 1) * width, to: none)
        scratch.backward.reset((m + 1) * width, to: none)
        scratch.forward[0] = 0
        for a in 0..<m {
            for x in 0..<width where scratch.forward[a * width + x] < none {
                for s in 0..<states where scratch.pathCost[a * states + s] < none {
                    let y = (a + 1) * width + next(x, s)
                    scratch.forward[y] = min(
                        scratch.forward[y], scratch.forward[a * width + x] + scratch.pathCost[a * states + s])
                }
            }
        }
        scratch.backward[m * width + goal] = 0
        for a in stride(from: m - 1, through: 0, by: -1) {
            for x in 0..<width {
                var best = none
                for s in 0..<states where scratch.pathCost[a * states + s] < none {
                    best = min(best, scratch.pathCost[a * states + s] + scratch.backward[(a + 1) * width + next(x, s)])
                }
                scratch.backward[a * width + x] = best
            }
        }
        scratch.forced.reset(2 * m, to: none)
        for a in 0..<m where status.isEmpty || status[a] == 0 {
            for x in 0..<width where scratch.forward[a * width + x] < none {
                for s in 0..<states where scratch.pathCost[a * states + s] < none {
                    let v =
                        scratch.forward[a * width + x] + scratch.pathCost[a * states + s]
                        + scratch.backward[(a + 1) * width + next(x, s)]
                    let q = 2 * a + (s / 2 == 0 ? 1 : 0)
                    scratch.forced[q] = min(scratch.forced[q], v)
                }
            }
        }
    }
}

// Depth-first branch-and-bound over site decisions with warm-started Lagrangian bounds (sparse p-median).
import SolverControl

/// Proves (or improves) a p-median upper bound by branching on "site i open / closed".
///
/// Every node re-optimises the Lagrangian of ``PMedianLagrangian`` on the candidate pairs, starting from its
/// parent's multipliers, so a node costs a few dozen sparse passes. Nodes whose bound cannot beat the incumbent
/// are pruned, penalty tests fix further sites, and the branching site is the free site whose averaged
/// relaxation value (a primal estimate in the spirit of the volume algorithm) is closest to one half. Each
/// node's relaxed solution is itself a p-median solution and may improve the incumbent.
struct PMedianBranchAndBound {
    let data: PMedianData
    /// The candidate pairs at the root; every node carries its own, smaller, filtered copy.
    let rootCandidates: PMedianCandidates
    /// Best known sites and cost.
    private(set) var incumbent: [Int]
    private(set) var upperBound: Double
    /// Nodes processed and subgradient iterations spent.
    private(set) var nodes = 0
    private(set) var iterations = 0
    /// Candidate pairs scanned, summed over subgradient iterations (the work measure of the search).
    private(set) var pairWork = 0
    /// The least bound of the nodes left unexplored when the budget ran out (`nil` when the search finished).
    private(set) var openBound: Double?

    private struct Node {
        var status: [Int8]  // 1 open, -1 closed, 0 free
        var lambda: [Double]
        var parentBound: Double
        var candidates: PMedianCandidates
    }

    // Workspace reused by every node.
    private var rho: [Double]
    private var average: [Double]
    private var cover: [Int32]
    private var reachable: [Bool]

    init(data: PMedianData, candidates: PMedianCandidates, incumbent: [Int], upperBound: Double) {
        self.data = data
        self.rootCandidates = candidates
        self.incumbent = incumbent
        self.upperBound = upperBound
        rho = [Double](repeating: 0, count: data.m)
        average = rho
        cover = [Int32](repeating: 0, count: data.n)
        reachable = [Bool](repeating: false, count: data.n)
    }

    /// The bound a node must exceed to be pruned: below it, a solution could beat the incumbent.
    private var target: Double {
        data.integral ? upperBound - 1 : upperBound - 1e-9 * max(1, abs(upperBound))
    }

    /// Searches until every node is pruned (the incumbent is then optimal) or the budget runs out.
    mutating func run(rootLambda: [Double], budget: TimeBudget) {
        var root = [Int8](repeating: 0, count: data.m)
        for i in 0..<data.m {
            if rootCandidates.closed[i] { root[i] = -1 } else if rootCandidates.forcedOpen[i] { root[i] = 1 }
        }
        var stack = [Node(status: root, lambda: rootLambda, parentBound: -.infinity, candidates: rootCandidates)]
        while let node = stack.popLast() {
            if budget.isExhausted {
                openBound = stack.reduce(node.parentBound) { min($0, $1.parentBound) }
                return
            }
            if node.parentBound > target { continue }
            nodes += 1
            stack.append(contentsOf: process(node, firstNode: nodes == 1))
        }
    }

    /// Bounds one node; returns its children (the child to explore first last).
    private mutating func process(_ node: Node, firstNode: Bool) -> [Node] {
        var status = node.status
        let m = data.m, p = data.p
        var openCount = 0, freeCount = 0
        for s in status {
            if s == 1 { openCount += 1 } else if s == 0 { freeCount += 1 }
        }
        let candidates = node.candidates
        if openCount > p || openCount + freeCount < p || !everyClientReachable(status, candidates) { return [] }
        if openCount == p || openCount + freeCount == p {
            consider((0..<m).filter { status[$0] >= 0 })
            return []
        }
        let (bound, lambda) = optimize(
            status: status, start: node.lambda, open: openCount, candidates: candidates,
            maxIterations: firstNode ? 400 : 60)
        if bound > target { return [] }
        // Penalty tests at the best multipliers (rho holds them): fix sites for the whole subtree.
        let need = p - openCount
        var free = (0..<m).filter { status[$0] == 0 }
        free.sort { rho[$0] < rho[$1] || (rho[$0] == rho[$1] && $0 < $1) }
        if free.count > need {
            let last = rho[free[need - 1]], next = rho[free[need]]
            for (rank, i) in free.enumerated() {
                if rank >= need, bound + rho[i] - last > target { status[i] = -1 }
                if rank < need, bound + next - rho[i] > target { status[i] = 1 }
            }
        }
        // Pairs and sites that no cheaper solution of this subtree uses (penalties at this node's bound).
        var openPenalty = [Double](repeating: 0, count: m)
        let last = free.count >= need && need > 0 ? rho[free[need - 1]] : 0
        var chosen = [Bool](repeating: false, count: m)
        for i in free.prefix(need) { chosen[i] = true }
        for i in 0..<m {
            if status[i] < 0 {
                openPenalty[i] = .infinity
            } else if status[i] == 0, !chosen[i] {
                openPenalty[i] = max(0, rho[i] - last)
            }
        }
        let reduced = candidates.filtered(lambda: lambda, openPenalty: openPenalty, slack: target - bound)
        var branch = -1
        var closest = Double.infinity
        for i in 0..<m where status[i] == 0 {
            let d = abs(average[i] - 0.5)
            if d < closest { closest = d; branch = i }
        }
        if branch < 0 { return [Node(status: status, lambda: lambda, parentBound: bound, candidates: reduced)] }
        var down = status
        down[branch] = -1
        var up = status
        up[branch] = 1
        return [
            Node(status: down, lambda: lambda, parentBound: bound, candidates: reduced),
            Node(status: up, lambda: lambda, parentBound: bound, candidates: reduced),
        ]
    }

    /// Subgradient optimisation of the node's Lagrangian; leaves the best iterate's `rho` in the workspace.
    private mutating func optimize(
        status: [Int8], start: [Double], open: Int, candidates: PMedianCandidates, maxIterations: Int
    )
        -> (bound: Double, lambda: [Double])
    {
        let n = data.n, m = data.m, need = data.p - open
        var lambda = start
        var best = -Double.infinity
        var bestLambda = lambda
        var bestRho = rho
        var step = firstStep
        var stalled = 0
        var chosen: [Int] = []
        var order: [Int] = (0..<m).filter { status[$0] == 0 }
        for i in 0..<m { average[i] = status[i] == 1 ? 1 : 0 }
        for k in 0..<maxIterations {
            iterations += 1
            pairWork += candidates.pairCount
            sparseRho(status: status, lambda: lambda, candidates: candidates)
            order.sort { rho[$0] < rho[$1] || (rho[$0] == rho[$1] && $0 < $1) }
            chosen.removeAll(keepingCapacity: true)
            var value = lambda.reduce(0, +)
            for i in 0..<m where status[i] == 1 { chosen.append(i); value += rho[i] }
            for q in 0..<need { chosen.append(order[q]); value += rho[order[q]] }
            let weight = k == 0 ? 1.0 : 0.1
            for i in order { average[i] *= 1 - weight }
            for q in 0..<need { average[order[q]] += weight }
            if value > best + 1e-9 * max(1, abs(best == -.infinity ? 0 : best)) {
                best = value
                bestLambda = lambda
                bestRho = rho
                stalled = 0
            } else {
                stalled += 1
                if stalled >= 8 { step /= 2; stalled = 0 }
            }
            if best > target || step < 0.005 { break }
            // Subgradient: 1 - (number of chosen sites serving j at negative reduced cost).
            for j in 0..<n { cover[j] = 0 }
            for i in chosen {
                for q in candidates.start[i]..<candidates.start[i + 1] {
                    let j = Int(candidates.client[q])
                    if candidates.cost[q] < lambda[j] { cover[j] += 1 }
                }
            }
            var norm = 0.0
            for j in 0..<n {
                let g = 1 - Double(cover[j])
                norm += g * g
            }
            if norm == 0 { break }
            let t = step * max(upperBound - value, 1e-6 * max(1, abs(upperBound))) / norm
            for j in 0..<n { lambda[j] = max(0, lambda[j] + t * (1 - Double(cover[j]))) }
        }
        rho = bestRho
        // The relaxed choice at the best multipliers is a p-median solution: try it as an incumbent.
        var sites = (0..<m).filter { status[$0] == 1 }
        let free = (0..<m).filter { status[$0] == 0 }.sorted { rho[$0] < rho[$1] || (rho[$0] == rho[$1] && $0 < $1) }
        sites.append(contentsOf: free.prefix(need))
        consider(sites)
        return (best, bestLambda)
    }

    private let firstStep = 1.0

    /// `rho_i` over the candidate pairs of every site not closed (infinity for closed sites).
    private mutating func sparseRho(status: [Int8], lambda: [Double], candidates: PMedianCandidates) {
        let m = data.m
        rho.withUnsafeMutableBufferPointer { out in
            candidates.start.withUnsafeBufferPointer { start in
                candidates.cost.withUnsafeBufferPointer { cost in
                    candidates.client.withUnsafeBufferPointer { client in
                        lambda.withUnsafeBufferPointer { lam in
                            status.withUnsafeBufferPointer { st in
                                for i in 0..<m {
                                    if st[i] < 0 { out[i] = .infinity; continue }
                                    var s = 0.0
                                    for q in start[i]..<start[i + 1] {
                                        s += min(0, cost[q] - lam[Int(client[q])])
                                    }
                                    out[i] = s
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Whether every client keeps a candidate pair to a site that is not closed.
    private mutating func everyClientReachable(_ status: [Int8], _ candidates: PMedianCandidates) -> Bool {
        for j in 0..<data.n { reachable[j] = false }
        for i in 0..<data.m where status[i] >= 0 {
            for q in candidates.start[i]..<candidates.start[i + 1] { reachable[Int(candidates.client[q])] = true }
        }
        return !reachable.contains(false)
    }

    /// Makes `sites` the incumbent when it is a full p-median solution cheaper than the current one.
    private mutating func consider(_ sites: [Int]) {
        guard sites.count == data.p else { return }
        let cost = data.cost(of: sites)
        if cost < upperBound - 1e-9 * max(1, abs(upperBound)) {
            upperBound = cost
            incumbent = sites.sorted()
        }
    }
}

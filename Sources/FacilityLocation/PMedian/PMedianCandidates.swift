// The (site, client) pairs that can still occur in a p-median solution cheaper than a target cost.

/// A sparse p-median problem: only the pairs that Lagrangian penalties cannot exclude.
///
/// Any solution with cost at most `target` pays, over the bound `L(lambda)`, at least
/// `(c_ij - lambda_j)^+` for each client `j` it serves from its nearest open site `i`, plus
/// `(rho_i - rho_(p))^+` for opening a site outside the relaxation's choice. A pair whose penalty exceeds
/// `target - L` is never used by such a solution, and a site whose opening penalty does is never opened.
/// A site that keeps no pair may still be opened (as a filler when fewer useful sites than p remain), so only
/// the opening penalty closes sites. Lists are by site (CSR), in the order the Lagrangian scans them.
struct PMedianCandidates: Sendable {
    /// Clients, sites, sites to open.
    let n: Int, m: Int, p: Int
    /// `start[i]..<start[i+1]` index the pairs of site `i`.
    let start: [Int]
    /// Client of each pair.
    let client: [Int32]
    /// Weighted cost of each pair.
    let cost: [Double]
    /// Sites the penalty test keeps closed (no pair survives) in every cheaper solution.
    let closed: [Bool]
    /// Sites the penalty test keeps open in every cheaper solution.
    let forcedOpen: [Bool]

    /// Keeps the pairs and sites that a solution of cost at most `target` may use, given multipliers `lambda`.
    init(data: PMedianData, lambda: [Double], target: Double) {
        n = data.n
        m = data.m
        p = data.p
        let (bound, chosen, rho) = PMedianLagrangian.evaluate(data, lambda)
        var isChosen = [Bool](repeating: false, count: m)
        for i in chosen { isChosen[i] = true }
        let sorted = rho.sorted()
        let rhoP = sorted[p - 1]
        let rhoNext = p < m ? sorted[p] : .infinity
        let slack = target - bound + 1e-9 * max(1, abs(target))
        var start = [0]
        var client: [Int32] = []
        var cost: [Double] = []
        var closed = [Bool](repeating: false, count: m)
        var forced = [Bool](repeating: false, count: m)
        start.reserveCapacity(m + 1)
        for i in 0..<m {
            let openPenalty = isChosen[i] ? 0 : max(0, rho[i] - rhoP)
            if isChosen[i], rhoNext - rho[i] > slack { forced[i] = true }
            if openPenalty <= slack {
                let row = i * n
                let left = slack - openPenalty
                for j in 0..<n {
                    let c = data.bySite[row + j]
                    if c - lambda[j] <= left {
                        client.append(Int32(j))
                        cost.append(c)
                    }
                }
            }
            if openPenalty > slack { closed[i] = true }
            start.append(client.count)
        }
        self.start = start
        self.client = client
        self.cost = cost
        self.closed = closed
        self.forcedOpen = forced
    }

    private init(
        n: Int, m: Int, p: Int, start: [Int], client: [Int32], cost: [Double], closed: [Bool], forcedOpen: [Bool]
    ) {
        self.n = n; self.m = m; self.p = p
        self.start = start; self.client = client; self.cost = cost
        self.closed = closed; self.forcedOpen = forcedOpen
    }

    /// The pairs that survive a stronger test inside a branch-and-bound subtree: `openPenalty[i]` is the
    /// least bound increase of opening site `i` (infinity for a closed site) and `slack` the room left between
    /// the node's bound and the target.
    func filtered(lambda: [Double], openPenalty: [Double], slack: Double) -> PMedianCandidates {
        var start = [0]
        start.reserveCapacity(m + 1)
        var client: [Int32] = []
        var cost: [Double] = []
        client.reserveCapacity(self.client.count / 2)
        cost.reserveCapacity(self.client.count / 2)
        for i in 0..<m {
            let left = slack - openPenalty[i]
            if left >= 0 {
                for q in self.start[i]..<self.start[i + 1] where self.cost[q] - lambda[Int(self.client[q])] <= left {
                    client.append(self.client[q])
                    cost.append(self.cost[q])
                }
            }
            start.append(client.count)
        }
        return PMedianCandidates(
            n: n, m: m, p: p, start: start, client: client, cost: cost, closed: closed, forcedOpen: forcedOpen)
    }

    /// Number of surviving pairs.
    var pairCount: Int { client.count }

    /// Number of sites still free to open.
    var liveSites: Int { closed.lazy.filter { !$0 }.count }

    /// Distinct (client, cost) levels: the number of rows of the radius formulation over these pairs.
    var levelCount: Int {
        var levels = 0
        var costsOf = [[Double]](repeating: [], count: n)
        for i in 0..<m {
            for q in start[i]..<start[i + 1] { costsOf[Int(client[q])].append(cost[q]) }
        }
        for var list in costsOf {
            list.sort()
            var last = -Double.infinity
            for c in list where c != last {
                levels += 1
                last = c
            }
        }
        return levels
    }
}

// The weighted cost matrix of a p-median problem in both layouts, shared by its heuristics and bounds.

/// Weighted costs `w[j] * d[j, i]` laid out by client and by site, built once per solve.
///
/// The interchange heuristic and the Lagrangian bound both scan one site's costs over all clients in their
/// inner loops, so the site-major copy keeps those scans contiguous.
struct PMedianData: Sendable {
    /// Number of clients.
    let n: Int
    /// Number of candidate sites.
    let m: Int
    /// Sites to open.
    let p: Int
    /// `byClient[j * m + i]`: weighted cost of serving client j from site i.
    let byClient: [Double]
    /// `bySite[i * n + j]`: the same value.
    let bySite: [Double]
    /// Whether every cost is a whole number (objectives are integers, bounds may be rounded up).
    let integral: Bool

    init(_ problem: PMedianProblem) {
        n = problem.clients
        m = problem.sites
        p = problem.p
        byClient = problem.weightedCosts()
        var t = [Double](repeating: 0, count: n * m)
        for j in 0..<n {
            for i in 0..<m { t[i * n + j] = byClient[j * m + i] }
        }
        bySite = t
        integral = byClient.allSatisfy { $0 == $0.rounded() }
    }

    /// The cost of opening `open` (each client at its cheapest open site).
    func cost(of open: [Int]) -> Double {
        var total = 0.0
        for j in 0..<n {
            var best = Double.infinity
            for i in open { best = min(best, byClient[j * m + i]) }
            total += best
        }
        return total
    }

    /// A lower bound rounded up to the next integer when costs are integral (with a tolerance for round-off).
    func roundedBound(_ bound: Double) -> Double {
        integral ? (bound - 1e-6 * max(1, abs(bound))).rounded(.up) : bound
    }
}

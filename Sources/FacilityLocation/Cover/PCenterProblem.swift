// The p-center problem: open p sites minimising the largest distance from a client to its nearest open site.

/// Choose `p` sites so that the farthest client is as close as possible to its nearest open site.
public struct PCenterProblem: Sendable {
    /// Client-to-site distances or times.
    public let distances: CostMatrix
    /// Sites to open.
    public let p: Int
    /// Sites that must be open, and sites that may not be.
    public var forcedOpen: [Int] = []
    public var closed: [Int] = []

    /// Creates a problem.
    public init(distances: CostMatrix, p: Int) throws(LocationError) {
        guard p >= 1, p <= distances.sites else {
            throw .badInput("p-center: p = \(p) but there are \(distances.sites) candidate sites")
        }
        guard distances.clients > 0 else { throw .badInput("p-center: there are no clients") }
        self.distances = distances
        self.p = p
    }

    /// The largest nearest-site distance when `open` is open.
    public func objective(open: [Int]) -> Double {
        var worst = 0.0
        for j in 0..<distances.clients {
            var best = Double.infinity
            for i in open { best = min(best, distances[j, i]) }
            worst = max(worst, best)
        }
        return worst
    }

    /// What ``LocationVerifier`` checks: exactly p sites, forced and closed sites respected.
    public var verificationRules: LocationRules {
        var rules = LocationRules(clients: distances.clients, sites: distances.sites)
        rules.openCount = p...p
        rules.forcedOpen = forcedOpen
        rules.closed = closed
        return rules
    }

    /// The largest allocated distance, recomputed by the verifier.
    public var verificationObjective: LocationObjective { .maximumDistance(distances) }
}

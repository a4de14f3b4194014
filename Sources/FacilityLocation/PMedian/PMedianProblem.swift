// The p-median problem: open exactly p sites, minimising the demand-weighted distance to the nearest open site.

/// Choose `p` of the candidate sites so that the sum over clients of weight x distance to the nearest open site
/// is smallest.
///
/// Clients and sites may differ (a rectangular matrix) or coincide (OR-Library pmed: every vertex is both).
public struct PMedianProblem: Sendable {
    /// Client-to-site distances (or times).
    public let distances: CostMatrix
    /// Demand of each client (parcels, population); 1 for the classic problem.
    public let weights: [Double]
    /// Number of sites to open.
    public let p: Int

    /// Creates a problem; `weights` defaults to 1 per client.
    ///
    /// Throws when `p` is not in `1...sites` or a weight is negative or not finite.
    public init(distances: CostMatrix, weights: [Double]? = nil, p: Int) throws(LocationError) {
        let w = weights ?? [Double](repeating: 1, count: distances.clients)
        guard w.count == distances.clients else {
            throw .badInput("p-median: \(w.count) weights for \(distances.clients) clients")
        }
        if let k = w.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw .badInput("p-median: client \(k + 1) has weight \(w[k]); weights must be finite and non-negative")
        }
        guard p >= 1, p <= distances.sites else {
            throw .badInput("p-median: p = \(p) but there are \(distances.sites) candidate sites")
        }
        self.distances = distances
        self.weights = w
        self.p = p
    }

    /// Number of clients.
    public var clients: Int { distances.clients }
    /// Number of candidate sites.
    public var sites: Int { distances.sites }

    /// Weighted costs `weight[client] * distance[client, site]`, row-major by client.
    public func weightedCosts() -> [Double] {
        var c = distances.values
        let m = sites
        for j in 0..<clients where weights[j] != 1 {
            for i in 0..<m { c[j * m + i] *= weights[j] }
        }
        return c
    }

    /// Whether every weighted cost is a whole number, so any objective is an integer.
    public var isIntegral: Bool {
        weightedCosts().allSatisfy { $0 == $0.rounded() }
    }

    /// The objective of opening `open`: every client served by its nearest open site.
    public func objective(open: [Int]) -> Double {
        var total = 0.0
        for j in 0..<clients {
            var best = Double.infinity
            for i in open { best = min(best, distances[j, i]) }
            total += weights[j] * best
        }
        return total
    }
}

extension PMedianProblem {
    /// What ``LocationVerifier`` checks for a p-median plan: single-source, exactly p sites.
    public var verificationRules: LocationRules {
        var rules = LocationRules(clients: clients, sites: sites)
        rules.openCount = p...p
        return rules
    }

    /// The p-median objective, recomputed by the verifier.
    public var verificationObjective: LocationObjective {
        .weightedDistance(weights: weights, distances: distances)
    }
}

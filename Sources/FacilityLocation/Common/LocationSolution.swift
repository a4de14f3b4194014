// A location plan as indices: which sites are open and which site(s) serve each client.

/// A share of one client's demand served by one site.
public struct Share: Sendable, Equatable, Codable {
    /// Index of the serving site.
    public var site: Int
    /// Fraction of the client's demand, in (0, 1].
    public var fraction: Double

    /// Creates a share.
    public init(site: Int, fraction: Double) {
        self.site = site
        self.fraction = fraction
    }
}

/// Open sites and the allocation of every client: the output of every location model.
///
/// Single-source models give each client one share with fraction 1; the split capacitated model may give a
/// client several shares summing to 1. Indices refer to the problem's sites and clients; the planning layer
/// maps them back to node ids.
public struct LocationSolution: Sendable, Equatable, Codable {
    /// Open sites, ascending.
    public var open: [Int]
    /// For each client, the sites serving it and their fractions (ascending by site).
    public var allocation: [[Share]]

    /// Creates a solution; `open` is sorted.
    public init(open: [Int], allocation: [[Share]]) {
        self.open = open.sorted()
        self.allocation = allocation
    }

    /// A single-source solution: client `j` entirely served by `assignment[j]`.
    public init(open: [Int], assignment: [Int]) {
        self.init(open: open, allocation: assignment.map { [Share(site: $0, fraction: 1)] })
    }

    /// Each client's main site (the one serving the largest fraction; the lowest index on ties).
    public var assignment: [Int] {
        allocation.map { shares in
            var best = shares.first?.site ?? -1
            var fraction = -1.0
            for s in shares where s.fraction > fraction + 1e-12 {
                best = s.site
                fraction = s.fraction
            }
            return best
        }
    }

    /// Whether some client is served by more than one site.
    public var isSplit: Bool { allocation.contains { $0.count > 1 } }
}

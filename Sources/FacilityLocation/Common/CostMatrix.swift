// A dense clients x sites matrix of distances or costs: the input shared by every location model.

/// Distances, times or allocation costs from each client (demand point) to each candidate site.
///
/// Stored flat and row-major by client (`values[client * sites + site]`), the layout road-distance matrices
/// arrive in. Solvers that scan one site's column many times ask for ``siteMajor()`` once.
public struct CostMatrix: Sendable, Equatable {
    /// Number of clients (rows).
    public let clients: Int
    /// Number of candidate sites (columns).
    public let sites: Int
    /// Row-major values, `clients * sites` of them.
    public let values: [Double]

    /// Wraps row-major values; throws when the count does not match or a value is negative or not finite.
    public init(clients: Int, sites: Int, values: [Double]) throws(LocationError) {
        guard clients >= 0, sites >= 0, values.count == clients * sites else {
            throw .badInput("cost matrix: \(values.count) values for \(clients) clients x \(sites) sites")
        }
        if let k = values.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw .badInput(
                "cost matrix: client \(k / max(sites, 1) + 1), site \(k % max(sites, 1) + 1) has cost \(values[k]); costs must be finite and non-negative"
            )
        }
        self.clients = clients
        self.sites = sites
        self.values = values
    }

    /// Wraps values the caller has already checked (finite, non-negative, `clients * sites` of them).
    init(checkedClients clients: Int, sites: Int, values: [Double]) {
        self.clients = clients
        self.sites = sites
        self.values = values
    }

    /// Builds a matrix from a function of (client, site).
    public init(clients: Int, sites: Int, _ cost: (Int, Int) -> Double) throws(LocationError) {
        var values = [Double](repeating: 0, count: clients * sites)
        for c in 0..<clients {
            for s in 0..<sites { values[c * sites + s] = cost(c, s) }
        }
        try self.init(clients: clients, sites: sites, values: values)
    }

    /// The cost of serving `client` from `site`.
    @inlinable public subscript(client: Int, site: Int) -> Double { values[client * sites + site] }

    /// The same values laid out by site (`result[site * clients + client]`).
    public func siteMajor() -> [Double] {
        var t = [Double](repeating: 0, count: values.count)
        values.withUnsafeBufferPointer { v in
            t.withUnsafeMutableBufferPointer { out in
                for c in 0..<clients {
                    let row = c * sites
                    for s in 0..<sites { out[s * clients + c] = v[row + s] }
                }
            }
        }
        return t
    }

    /// Whether every value is a whole number, so objectives are integers and bounds may be rounded up.
    public var isIntegral: Bool { values.allSatisfy { $0 == $0.rounded() } }
}

// Names of clients, sites and counties, so that infeasibility messages name the places at fault.

/// Display names for a model's clients, sites and counties (node ids and county names in a network).
///
/// Every list is optional; a missing name falls back to "client 12" / "site 3" / "county 2" (1-based).
public struct LocationLabels: Sendable {
    /// One name per client, or empty.
    public var clients: [String]
    /// One name per site, or empty.
    public var sites: [String]
    /// One name per county, or empty.
    public var counties: [String]

    /// Creates labels.
    public init(clients: [String] = [], sites: [String] = [], counties: [String] = []) {
        self.clients = clients
        self.sites = sites
        self.counties = counties
    }

    /// The name of client `j`.
    public func client(_ j: Int) -> String { clients.indices.contains(j) ? clients[j] : "client \(j + 1)" }
    /// The name of site `i`.
    public func site(_ i: Int) -> String { sites.indices.contains(i) ? sites[i] : "site \(i + 1)" }
    /// The name of county `c`.
    public func county(_ c: Int) -> String { counties.indices.contains(c) ? counties[c] : "county \(c + 1)" }

    /// "a, b, c and 7 more": at most `limit` names of a long list.
    public static func list(_ names: [String], limit: Int = 8) -> String {
        let shown = names.prefix(limit).joined(separator: ", ")
        return names.count > limit ? shown + " and \(names.count - limit) more" : shown
    }
}

// The outcome of reading a network file: the network (when it could be built), where things came from, and
// every problem found while reading and validating.

/// What reading and validating a network file found.
public struct NetworkInspection: Sendable {
    /// The network, or nil when the file could not be parsed far enough to build one.
    public var network: Network?
    /// Where each item came from.
    public var source: SourceMap
    /// Every problem: reading problems first, in file order, then validation problems, node by node.
    public var issues: [ValidationIssue]

    /// Creates an inspection.
    public init(network: Network?, source: SourceMap, issues: [ValidationIssue]) {
        self.network = network; self.source = source; self.issues = issues
    }

    /// Reading issues plus the validator's, without repeating a problem at a location already reported
    /// (a missing `lat` is not also "lat out of range" of its placeholder).
    static func validated(_ network: Network, source: SourceMap, readingIssues: [ValidationIssue]) -> NetworkInspection
    {
        let reported = Set(readingIssues.filter { $0.severity == .error }.map(\.location))
        let checks = NetworkValidator.validate(network, source: source).filter { !reported.contains($0.location) }
        return NetworkInspection(network: network, source: source, issues: readingIssues + checks)
    }

    /// A file that could not be read at all.
    static func unreadable(_ error: NetworkError, source: SourceMap) -> NetworkInspection {
        NetworkInspection(network: nil, source: source, issues: error.issues)
    }

    /// The problems of severity error.
    public var errors: [ValidationIssue] { issues.filter { $0.severity == .error } }
    /// The problems of severity warning.
    public var warnings: [ValidationIssue] { issues.filter { $0.severity == .warning } }

    /// The network when it has no errors; otherwise a ``NetworkError`` listing every problem.
    public func get() throws -> Network {
        guard let network, errors.isEmpty else { throw NetworkError(issues: issues) }
        return network
    }
}

// One problem found in a network, with its severity, kind and location.

/// A problem in a network file or value.
public struct ValidationIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How bad a problem is.
    public enum Severity: String, Sendable, Codable, Comparable {
        /// The network cannot be used as it is: reading fails, `hubplan network validate` exits with 2.
        case error
        /// Probably a mistake, but the network is usable.
        case warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    /// Error or warning.
    public var severity: Severity
    /// What kind of problem, stable for scripts and tests.
    public var kind: IssueKind
    /// Where it is.
    public var location: SourceLocation
    /// What is wrong, naming the item id and the value.
    public var message: String

    /// Creates an issue.
    public init(_ severity: Severity, _ kind: IssueKind, at location: SourceLocation, _ message: String) {
        self.severity = severity; self.kind = kind; self.location = location; self.message = message
    }

    /// `nodes.csv:14: column lat: error: node "v12": lat 95 is outside -90...90`.
    public var description: String {
        let place = location.description
        return (place.isEmpty ? "" : place + ": ") + "\(severity.rawValue): \(message)"
    }
}

/// The kinds of problem validation and reading report.
public enum IssueKind: String, Sendable, Codable, CaseIterable {
    /// A file that cannot be opened, parsed, or is not a HubPlan network.
    case unreadable = "unreadable"
    /// A required field is absent.
    case missingField = "missing-field"
    /// A field holds the wrong type of value (text where a number belongs).
    case wrongType = "wrong-type"
    /// A field that the format does not define (a typo, usually).
    case unknownField = "unknown-field"
    /// An enumerated field with a value outside its set (e.g. an unknown node kind).
    case unknownValue = "unknown-value"
    /// Two nodes, carriers or counties share an id.
    case duplicateID = "duplicate-id"
    /// An id that is empty or cannot survive every format (e.g. a tag with `;`).
    case badID = "bad-id"
    /// An edge names a node that does not exist.
    case unknownNode = "unknown-node"
    /// An edge from a node to itself.
    case selfLoop = "self-loop"
    /// A NaN or infinite number.
    case nonFinite = "non-finite"
    /// A negative quantity (or a zero where only positive values make sense, like a speed).
    case negative = "negative"
    /// Longitude or latitude out of range.
    case coordinates = "coordinates"
    /// A village, community or township without a county code.
    case noCounty = "no-county"
    /// A county code that the network's county list does not hold.
    case unknownCounty = "unknown-county"
    /// Parcels or a depot for a carrier that the network does not list.
    case unknownCarrier = "unknown-carrier"
    /// A time window that opens after it closes.
    case timeWindow = "time-window"
    /// A node that the roads do not connect to the rest of the network.
    case unreachable = "unreachable"
    /// Settings that contradict the data (e.g. roads given but coverage `none`).
    case inconsistent = "inconsistent"
}

// Where a node's coordinates come from: a survey, a published source table, or a model that drew them.

/// How much a node's position can be trusted, so that maps and reports can tell invented geography apart.
///
/// A node without the field (files written before it existed, or a planner's own table) is read as
/// ``sourceData``: the coordinates are taken as given by whoever wrote the file. ``Node/position`` applies
/// that default; ``Node/positionSource`` keeps what the file said, so a file reads back unchanged.
public enum PositionSource: String, Codable, Sendable, CaseIterable {
    /// Measured on the ground or imported from a planner's own point file (`hubplan network import-points`).
    case surveyed
    /// Taken from a published table (a gazetteer, an open data set); accurate to that table.
    case sourceData = "source-data"
    /// Drawn by a model (`hubplan network synthesize`): plausible, not real.
    case modelled

    /// What a node without the field is taken to be.
    public static let defaultWhenAbsent = PositionSource.sourceData

    /// The values, for error messages.
    static var expected: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension Node {
    /// Where the position comes from, with the documented default for nodes that do not say.
    public var position: PositionSource { positionSource ?? .defaultWhenAbsent }
}

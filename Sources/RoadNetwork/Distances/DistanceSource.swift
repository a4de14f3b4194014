// Where a network's km and minutes come from: the great-circle fallback, an OpenStreetMap road graph, or imported pairs.

/// The origin of every distance the planner uses; ``RoadDistances`` applies it for every model and the verifier.
///
/// - `great-circle`: the network's own `edges` where they join two nodes, else great-circle km x circuity at
///   the fallback speed (today's behaviour, and the default when a file does not say).
/// - `osm`: pairs computed by OSRM on an OpenStreetMap extract (`hubplan network roads`), cached in the file
///   named by ``DistanceSettings/file``.
/// - `matrix`: pairs a planner imported (`from,to,km,minutes` CSV, e.g. from Amap, Baidu or a GIS), named by
///   ``DistanceSettings/file``.
///
/// With `osm` and `matrix` a pair missing from the file falls back to great-circle x circuity and is reported
/// as a warning naming both nodes; it is never 0 or infinite.
public enum DistanceSource: String, Codable, Sendable, CaseIterable {
    /// Great-circle x circuity (and the network's own roads where it has them).
    case greatCircle = "great-circle"
    /// OSRM on an OpenStreetMap extract.
    case osm
    /// Imported pairs.
    case matrix

    /// Whether the source reads its pairs from a file beside the network.
    public var usesPairsFile: Bool { self != .greatCircle }

    /// The values, for error messages.
    static var expected: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

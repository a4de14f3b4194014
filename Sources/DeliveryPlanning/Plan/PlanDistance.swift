// Where a plan's km and minutes came from (plan.json `distance`), and the verifier's check that they still do.
import RoadNetwork

/// The distance source a plan was made on, so a reader knows whether its km are great-circle estimates or roads,
/// and which extract and pairs file exactly.
public struct PlanDistance: Codable, Sendable, Equatable {
    /// `great-circle`, `osm` or `matrix` (``DistanceSource``).
    public var source: String
    /// SHA-256 of the pairs file (`osm`, `matrix`).
    public var sha256: String?
    /// SHA-256 of the OpenStreetMap extract (`osm`).
    public var extractSHA256: String?
    /// The OSRM profile (`osm`).
    public var profile: String?
    /// OpenStreetMap ways closed when the pairs were computed (`distance.closedWays`), when any.
    public var closedWays: [Int64]?

    /// The source `roads` uses on `network`.
    public init(network: Network, roads: RoadDistances) {
        source = roads.source.rawValue
        sha256 = roads.sourceSHA256
        extractSHA256 = roads.source == .osm ? network.distance.extractSHA256 : nil
        profile = roads.source == .osm ? network.distance.profile : nil
        closedWays =
            roads.source == .greatCircle || network.distance.closedWays.isEmpty ? nil : network.distance.closedWays
    }

    /// A violation when the plan was made on another source than the network now gives, else nil.
    static func check(_ recorded: PlanDistance?, network: Network, roads: RoadDistances) -> String? {
        guard let recorded else { return nil }
        let now = PlanDistance(network: network, roads: roads)
        guard recorded != now else { return nil }
        return "distance: the plan was made on \(recorded.source) \(recorded.sha256 ?? ""), the network now gives "
            + "\(now.source) \(now.sha256 ?? "") (re-plan, or point verify at the network the plan was made on)"
    }
}

// How much road data a network has, and how distance is estimated where a road path is missing.

/// How distance and time are measured when the network has no road path between two nodes.
///
/// The fallback is great-circle distance x ``circuity``, driven at ``speedKmh``. ``RoadDistances`` documents
/// exactly when it applies.
public struct DistanceSettings: Sendable, Hashable {
    /// What road data the network holds: `"none"` (great-circle fallback everywhere), `"partial"`, `"complete"`.
    public var roads: RoadCoverage
    /// Road km per great-circle km where no road is known (1.3 is a common rural figure).
    public var circuity: Double
    /// Speed in km/h for the fallback and for roads without a time or speed.
    public var speedKmh: Double
    /// Where km and minutes come from (``DistanceSource``); `great-circle` when the file does not say.
    public var source: DistanceSource = .greatCircle
    /// For `osm` and `matrix`: the pairs file, relative to the folder of the network file.
    public var file: String?
    /// For `osm`: SHA-256 of the OpenStreetMap extract the pairs were computed on.
    public var extractSHA256: String?
    /// For `osm`: the OSRM profile used (e.g. `car`, `van`).
    public var profile: String?
    /// For `osm` (and `matrix` pairs a planner computed the same way): the OpenStreetMap way ids left out of the
    /// roads the pairs were computed on (closed roads, `hubplan network roads --close-way`), ascending.
    public var closedWays: [Int64] = []
    /// The pairs of ``file``, loaded by ``NetworkFile`` when it reads the network (never written inline).
    public var pairs: DistancePairs?

    /// Creates settings; defaults: no roads, circuity 1.3, 40 km/h.
    public init(roads: RoadCoverage = .none, circuity: Double = 1.3, speedKmh: Double = 40) {
        self.roads = roads; self.circuity = circuity; self.speedKmh = speedKmh
    }
}

/// What road data a network holds.
public enum RoadCoverage: String, Codable, Sendable, CaseIterable {
    /// No roads: every distance is great-circle x circuity; edges, if any, are ignored.
    case none
    /// Some roads: pairs joined by a road path use it, other pairs use the fallback.
    case partial
    /// Roads connect every node: validation reports any node the roads do not reach as an error.
    case complete
}

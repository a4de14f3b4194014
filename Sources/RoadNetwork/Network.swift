// The whole network: carriers, counties, nodes, roads and how distances are measured where roads are missing.

/// A rural express-delivery network: the input of every planning model.
///
/// Node and edge order is preserved by every format, so plans that refer to node indices stay reproducible.
public struct Network: Codable, Sendable, Hashable {
    /// The format tag written to and required in canonical JSON.
    public static let formatTag = "hubplan-network/1"

    /// A short name (e.g. `"Datong"`).
    public var name: String
    /// What the network holds and where its data comes from.
    public var description: String?
    /// Express carriers whose parcels the nodes receive.
    public var carriers: [Carrier]
    /// County-level divisions, for names and for "every county has a center".
    public var counties: [County]
    /// Every place, in a stable order.
    public var nodes: [Node]
    /// Every road, in a stable order.
    public var edges: [Edge]
    /// How distances are measured where no road connects two nodes.
    public var distance: DistanceSettings

    /// Creates a network.
    public init(
        name: String, description: String? = nil, carriers: [Carrier] = [], counties: [County] = [],
        nodes: [Node] = [], edges: [Edge] = [], distance: DistanceSettings = DistanceSettings()
    ) {
        self.name = name; self.description = description; self.carriers = carriers; self.counties = counties
        self.nodes = nodes; self.edges = edges; self.distance = distance
    }
}

/// An express carrier (EMS/China Post, SF, JD, ZTO, YTO, Yunda, STO, J&T, ...).
public struct Carrier: Codable, Sendable, Hashable {
    /// Short id used as the key of `Node.parcels` (e.g. `"ems"`).
    public var id: String
    /// Display name (e.g. `"China Post / EMS"`).
    public var name: String
    /// Whether this carrier is the postal backstop (邮快合作, China Post).
    public var postal: Bool

    /// Creates a carrier.
    public init(id: String, name: String, postal: Bool = false) {
        self.id = id; self.name = name; self.postal = postal
    }
}

/// A county-level division (区/县/县级市).
public struct County: Codable, Sendable, Hashable {
    /// 6-digit adcode.
    public var code: String
    /// Official name (e.g. `"阳高县"`).
    public var name: String
    /// Resident population (2020 census), when known.
    public var population: Double?

    /// Creates a county.
    public init(code: String, name: String, population: Double? = nil) {
        self.code = code; self.name = name; self.population = population
    }
}

/// How distance and time are measured when the network has no road between two nodes.
public struct DistanceSettings: Codable, Sendable, Hashable {
    /// What road data the network holds: `"none"` (great-circle fallback everywhere), `"partial"`, `"complete"`.
    public var roads: RoadCoverage
    /// Road km per great-circle km where no road is known (1.3 is a common rural figure).
    public var circuity: Double
    /// Speed in km/h for the fallback and for roads without a time or speed.
    public var speedKmh: Double

    /// Creates settings; defaults: no roads, circuity 1.3, 40 km/h.
    public init(roads: RoadCoverage = .none, circuity: Double = 1.3, speedKmh: Double = 40) {
        self.roads = roads; self.circuity = circuity; self.speedKmh = speedKmh
    }
}

/// What road data a network holds.
public enum RoadCoverage: String, Codable, Sendable {
    /// No roads: every distance is great-circle x circuity.
    case none
    /// Some roads; pairs without a road path use the fallback.
    case partial
    /// Roads connect every node; pairs without a road path are an error.
    case complete
}

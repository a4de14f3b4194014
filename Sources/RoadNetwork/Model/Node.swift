// A place in the network: a delivery point, a candidate site, a center or a hub.

/// A place: a village or township that receives parcels, or a site where a center or hub is or could be.
///
/// Quantities are per day. Coordinates are WGS84 degrees; never GCJ-02.
public struct Node: Sendable, Hashable {
    /// Unique within the network; used by edges, plans and every file format.
    public var id: String
    /// A name a planner recognises (e.g. `"许堡乡"`).
    public var name: String
    /// The node's role.
    public var kind: NodeKind
    /// The county-level division's 6-digit adcode (GB/T 2260); required for demand points.
    public var county: String?
    /// The township's code or id, when known.
    public var township: String?
    /// WGS84 longitude in degrees, -180...180.
    public var lon: Double
    /// WGS84 latitude in degrees, -90...90.
    public var lat: Double
    /// Resident population, when known.
    public var population: Double?
    /// Parcels delivered here per day, by carrier id (keys must be carriers of the network).
    public var parcels: [String: Double]
    /// Farm produce collected here per day (parcels going up, 上行), if any.
    public var pickups: Pickups?
    /// Minutes a van spends serving this stop.
    public var serviceMinutes: Double?
    /// When the stop may be served, in minutes after midnight.
    public var timeWindow: TimeWindow?
    /// Site attributes, for nodes that are or could be a center, hub or depot.
    public var site: SiteInfo?
    /// For `carrier-depot` nodes: the carrier that owns it.
    public var carrier: String?
    /// Free-form labels, e.g. `"bus-station"` (客货邮 candidate) or `"logistics-park"`.
    public var tags: [String]
    /// Where `lon`/`lat` come from, when the file says (``position`` applies the default otherwise).
    public var positionSource: PositionSource?
    /// For `gateway` nodes: the city's province and its per-carrier flows with the network.
    public var gateway: GatewayFlows? = nil

    /// Creates a node; only `id`, `name`, `kind` and the coordinates are required.
    public init(
        id: String, name: String, kind: NodeKind, county: String? = nil, township: String? = nil,
        lon: Double, lat: Double, population: Double? = nil, parcels: [String: Double] = [:],
        pickups: Pickups? = nil, serviceMinutes: Double? = nil, timeWindow: TimeWindow? = nil,
        site: SiteInfo? = nil, carrier: String? = nil, tags: [String] = [], positionSource: PositionSource? = nil
    ) {
        self.id = id; self.name = name; self.kind = kind; self.county = county; self.township = township
        self.lon = lon; self.lat = lat; self.population = population; self.parcels = parcels
        self.pickups = pickups; self.serviceMinutes = serviceMinutes; self.timeWindow = timeWindow
        self.site = site; self.carrier = carrier; self.tags = tags; self.positionSource = positionSource
    }

    /// Parcels delivered here per day, all carriers together.
    public var totalParcels: Double { parcels.values.reduce(0, +) }
}

/// Farm produce collected at a stop (农产品上行).
public struct Pickups: Sendable, Hashable {
    /// Parcels (or parcel-equivalents) collected per day.
    public var perDay: Double
    /// Whether the produce needs a refrigerated vehicle.
    public var coldChain: Bool
    /// What is collected (e.g. `"apricot"`, `"daylily"`, `"astragalus"`, `"mutton"`), for reports.
    public var product: String?

    /// Creates a pickup.
    public init(perDay: Double, coldChain: Bool = false, product: String? = nil) {
        self.perDay = perDay; self.coldChain = coldChain; self.product = product
    }
}

/// Opening hours of a stop, in minutes after midnight (`480` is 08:00).
public struct TimeWindow: Sendable, Hashable {
    /// Earliest start of service.
    public var open: Double
    /// Latest start of service.
    public var close: Double

    /// Creates a window; `open` must not be after `close` (validation reports it otherwise).
    public init(open: Double, close: Double) { self.open = open; self.close = close }
}

/// What a site costs and holds.
public struct SiteInfo: Sendable, Hashable {
    /// One-time or annualised cost of opening the site, in yuan (the model's unit of money).
    public var fixedCost: Double?
    /// Parcels per day the site can sort; `nil` means unlimited.
    public var capacity: Double?
    /// Whether the site already operates (an existing center is kept open by default).
    public var existing: Bool

    /// Creates site attributes.
    public init(fixedCost: Double? = nil, capacity: Double? = nil, existing: Bool = false) {
        self.fixedCost = fixedCost; self.capacity = capacity; self.existing = existing
    }
}

// A location plan in a network's terms: open sites and assignments by node id, per-site summary, cost split.
import FacilityLocation

/// The plan `hubplan locate` writes (`--out plan.json`) and prints: everything by node id, nothing by index.
public struct LocationPlan: Codable, Sendable {
    /// The format tag of plan files.
    public static let formatTag = "hubplan-location-plan/1"

    /// One open site and what it serves.
    public struct Site: Codable, Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var county: String?
        /// Demand points served (wholly or in part).
        public var clients: Int
        public var parcelsPerDay: Double
        public var capacity: Double?
        /// `parcelsPerDay / capacity`.
        public var load: Double?
        /// Mean and largest road km and minutes from a served demand point.
        public var meanKm: Double
        public var maxKm: Double
        public var maxMinutes: Double
        /// Fixed cost per year, and the yearly transport cost of its demand points.
        public var fixedCost: Double
        public var transportCost: Double
    }

    /// One demand point's share at one site.
    public struct Assignment: Codable, Sendable {
        public var node: String
        public var site: String
        public var fraction: Double
        public var km: Double
        public var minutes: Double
        /// Whether the point lies within the requested radius (max-cover).
        public var covered: Bool?
    }

    /// A center's hub (hubs model).
    public struct Line: Codable, Sendable {
        public var center: String
        public var hub: String
        public var km: Double
        public var parcelsPerDay: Double
    }

    /// Yearly cost components (yuan).
    public struct Costs: Codable, Sendable {
        public var fixed = 0.0
        public var transport = 0.0
        public var hubFixed = 0.0
        public var lineHaul = 0.0
        public var tolls = 0.0
        public var subsidy = 0.0
        /// `fixed + transport + hubFixed + lineHaul - subsidy` (set by ``LocationPlanner``).
        public var total = 0.0
    }

    public var format = LocationPlan.formatTag
    public var network: String
    public var model: String
    /// The model's objective (its own unit: yuan, parcel-km, km, sites or parcels covered), proven bound, status.
    public var objective: Double
    public var bound: Double
    public var gap: Double
    public var optimal: Bool
    public var status: LocationStatus
    public var seconds: Double
    /// What was asked, for the record (`p`, radius, rates, rules).
    public var parameters: [String: String]
    public var sites: [Site]
    public var assignments: [Assignment]
    public var hubs: [Site]
    public var lines: [Line]
    public var costs: Costs
    /// What the method did (bounds, nodes, GLPK nodes), as strings.
    public var method: [String: String]
}

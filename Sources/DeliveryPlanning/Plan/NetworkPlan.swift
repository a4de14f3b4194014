// The whole plan of a network (plan.json): hubs, county centers, assignments, routes, line-haul, costs, statuses.

/// What `hubplan plan` decides and writes as `plan.json`: every decision by node id with its numbers, the
/// scenario used, each stage's solver status and gap, the seed, and whether the run finished (`complete`).
public struct NetworkPlan: Codable, Sendable, Equatable {
    /// The format tag of plan files.
    public static let formatTag = "hubplan-plan/1"

    /// One stage of the pipeline and how its solver ended.
    public struct Stage: Codable, Sendable, Equatable {
        /// Which stage.
        public var name: StageName
        /// How it ended.
        public var status: StageStatus
        public var objective: Double
        /// Proven bound and relative gap (0 when proven optimal); `nil` when the method has no bound (routing
        /// heuristics) or found no plan.
        public var bound: Double?
        public var gap: Double?
        public var seconds: Double
        /// Free-form notes (method, why skipped).
        public var note: String?

        /// A stage record; non-finite bounds and gaps become `nil`.
        public init(
            name: StageName, status: StageStatus, objective: Double, bound: Double?, gap: Double?, seconds: Double,
            note: String? = nil
        ) {
            self.name = name
            self.status = status
            self.objective = objective.isFinite ? objective : 0
            self.bound = bound.flatMap { $0.isFinite ? $0 : nil }
            self.gap = gap.flatMap { $0.isFinite ? $0 : nil }
            self.seconds = seconds
            self.note = note
        }
    }

    /// A regional hub that opens.
    public struct Hub: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var lon: Double
        public var lat: Double
        /// Centers it serves (ids), parcels a day through it, yearly fixed cost.
        public var centers: [String]
        public var parcelsPerDay: Double
        public var fixedCost: Double
        public var capacity: Double?
        /// Firms (carrier ids) running their flows through it, when the network has gateways.
        public var firms: [String]? = nil
    }

    /// A county center that opens.
    public struct Center: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        /// County adcode.
        public var county: String
        public var lon: Double
        public var lat: Double
        /// Demand points it serves, their parcels a day, its capacity and yearly fixed cost.
        public var villages: Int
        public var parcelsPerDay: Double
        public var capacity: Double?
        public var fixedCost: Double
        /// The hub its direct line goes to (nil without hubs).
        public var hub: String?
    }

    /// A demand point and its center.
    public struct Assignment: Codable, Sendable, Equatable {
        public var node: String
        public var center: String
        public var km: Double
        public var minutes: Double
        public var parcelsPerDay: Double
    }

    /// One van's day from a center.
    public struct Route: Codable, Sendable, Equatable {
        public var county: String
        public var center: String
        /// Van type and its capacity.
        public var vehicle: String
        public var capacity: Double
        /// Stops in visiting order (node ids), the center not repeated.
        public var stops: [String]
        public var km: Double
        public var minutes: Double
        /// Largest load on board (parcels), and the day's cost (yuan).
        public var load: Double
        public var cost: Double
        /// A full-vanload out-and-back trip to a stop heavier than the van (such a stop may have several).
        public var directTrip: Bool
        /// The carrier whose parcels the van carries when each carrier delivers alone (`co_delivery: false`);
        /// `nil` on shared vans carrying every carrier's parcels.
        public var carrier: String?
    }

    /// A direct line: a feeder from a county center to a hub, or a gateway line from a hub to a gateway city
    /// (docs/plan.md, "Firms and direct lines").
    public struct Line: Codable, Sendable, Equatable {
        /// Start and end node ids: center -> hub (`feeder`) or hub -> gateway (`gateway`).
        public var from: String
        public var to: String
        public var kind: LineKind
        /// Whether the end lies outside the start's province (only such gateway lines earn the subsidy).
        public var outOfProvince: Bool
        public var km: Double
        /// Round trips a day (0 for lines priced per parcel-km, without gateways).
        public var tripsPerDay: Int
        /// Parcels a day both ways, and each way (`from` -> `to`, and back).
        public var parcelsPerDay: Double
        public var parcelsForward: Double?
        public var parcelsBack: Double?
        /// Yearly cost (tolls included), ETC tolls alone, and the toll subsidy paid on this line.
        public var cost: Double
        public var tolls: Double
        public var subsidy: Double
        /// The firm (carrier id) whose parcels it carries; `nil` for all firms together (no gateways).
        public var firm: String?

        /// The county center of a feeder line, or the gateway of a gateway line.
        public var center: String { kind == .feeder ? from : to }
        /// The hub at either end.
        public var hub: String { kind == .feeder ? to : from }

        /// A line with every field.
        public init(
            from: String, to: String, kind: LineKind, outOfProvince: Bool, km: Double, tripsPerDay: Int,
            parcelsForward: Double, parcelsBack: Double, cost: Double, tolls: Double, subsidy: Double, firm: String?
        ) {
            self.from = from; self.to = to; self.kind = kind; self.outOfProvince = outOfProvince; self.km = km
            self.tripsPerDay = tripsPerDay; self.parcelsPerDay = parcelsForward + parcelsBack
            self.parcelsForward = parcelsForward; self.parcelsBack = parcelsBack
            self.cost = cost; self.tolls = tolls; self.subsidy = subsidy; self.firm = firm
        }

        /// A feeder line of all firms, priced per parcel-km (networks without gateways); never subsidised.
        public init(center: String, hub: String, km: Double, parcelsPerDay: Double, cost: Double, tolls: Double) {
            from = center; to = hub; kind = .feeder; outOfProvince = false; self.km = km; tripsPerDay = 0
            self.parcelsPerDay = parcelsPerDay; self.cost = cost; self.tolls = tolls; subsidy = 0; firm = nil
        }
    }

    /// What a direct line connects.
    public enum LineKind: String, Codable, Sendable {
        /// County center -> regional hub.
        case feeder
        /// Regional hub -> gateway city.
        case gateway
    }

    /// Co-delivery against each carrier alone, for one county or in total (per day).
    public struct Savings: Codable, Sendable, Equatable {
        public var aloneKm: Double
        public var sharedKm: Double
        public var aloneVehicles: Int
        public var sharedVehicles: Int
        public var aloneCost: Double
        public var sharedCost: Double
        public var aloneKgCO2: Double
        public var sharedKgCO2: Double
        /// `1 - shared / alone` of the cost.
        public var costSaving: Double { aloneCost > 0 ? 1 - sharedCost / aloneCost : 0 }
    }

    /// One county's figures (a row of summary.csv).
    public struct County: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        public var villages: Int
        public var parcelsPerDay: Double
        public var centers: [String]
        public var routes: Int
        public var routeKm: Double
        public var routeCostPerDay: Double
        /// Co-delivery against carriers alone, when compared.
        public var savings: Savings?
    }

    /// Yearly costs (yuan) with the policy levers.
    public struct Costs: Codable, Sendable, Equatable {
        /// Fixed costs of the county centers and of the hubs.
        public var centerFixed = 0.0
        public var hubFixed = 0.0
        /// Village delivery: the routes' cost over the year (or the location model's parcel-km cost when the
        /// counties were not routed).
        public var villageDelivery = 0.0
        /// Whether `villageDelivery` comes from routes.
        public var routed = false
        /// Direct line-haul from hubs to centers (tolls included), the tolls alone, and the ETC toll subsidy.
        public var lineHaul = 0.0
        public var tolls = 0.0
        public var tollSubsidy = 0.0
        /// `centerFixed + hubFixed + villageDelivery + lineHaul - tollSubsidy - hubAwardPerYear`.
        public var total = 0.0
        /// The one-time awards to firms for their regional centers, and the part of them counted in one year
        /// (`hubAward / policy.award_years`, subtracted in `total`).
        public var hubAward = 0.0
        public var hubAwardPerYear = 0.0
        public init() {}
    }

    public var format = NetworkPlan.formatTag
    /// The network's name and the path it was read from.
    public var network: String
    public var networkPath: String?
    /// The scenario used (after defaults) and the seed.
    public var scenario: Scenario
    public var seed: UInt64
    /// False when a time limit or Ctrl-C cut the run: the plan is the best so far.
    public var complete: Bool
    /// Why the run stopped early, if it did.
    public var stoppedBy: String?
    public var seconds: Double
    /// Demand growth applied, and the resulting parcels a day and a year.
    public var growth: Double
    public var parcelsPerDay: Double
    public var parcelsPerYear: Double
    public var stages: [Stage]
    public var hubs: [Hub]
    public var centers: [Center]
    public var assignments: [Assignment]
    public var routes: [Route]
    public var lines: [Line]
    public var counties: [County]
    public var costs: Costs
    /// Co-delivery against carriers alone, over all counties compared.
    public var savings: Savings?
    /// Stops the routing could not serve (named in `warnings` with the reason).
    public var skippedStops: [String]
    /// What the planner should know (clipped hub range, skipped stops).
    public var warnings: [String]
    /// Where km and minutes came from; absent in plans written before the field.
    public var distance: PlanDistance? = nil
    /// The build-out year by year, when the scenario has `years` (``Schedule``).
    public var schedule: Schedule?
    /// The operating models' decisions (postal backstop, ...), when the scenario turns any on.
    public var operatingModels: OperatingModelsPlan? = nil
    /// Gateway cities and the firms with their hubs and levers (empty without gateways in the network).
    public var gateways: [Gateway] = []
    public var firms: [Firm] = []
    /// A re-plan's previous assignments, moves and stability charge (`--from`; ``Continuity``).
    public var continuity: Continuity? = nil
}

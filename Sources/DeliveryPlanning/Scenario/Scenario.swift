// A planning scenario: the assumptions a planner varies (demand, hubs, radius, closures, fleet, policy, limits).

/// What `hubplan plan` assumes on top of a network. Every field has a default, so an empty scenario plans the
/// network as it is: demand as given, 3-5 hubs, one center per county, Datong's policy levers, co-delivery on.
///
/// Read from YAML or JSON with ``ScenarioFile``; written into every plan (`plan.json`) as it was used.
public struct Scenario: Codable, Sendable, Equatable {
    /// Demand changes.
    public struct Demand: Codable, Sendable, Equatable {
        /// Factor on every node's parcels and produce pickups (1 = as in the network).
        public var growth = 1.0
        /// Parcels a year to reach (e.g. 600,000,000 for Datong in 2027); replaces `growth` when given.
        public var targetParcelsPerYear: Double?
        public init() {}
    }

    /// Regional hubs (two-level model).
    public struct Hubs: Codable, Sendable, Equatable {
        /// How many hubs may open (3-5 in Datong's plan); clipped to the network's hub candidates.
        public var count: ClosedRange<Int> = 3...5
        /// Hub candidates (ids or names) that may not open, and that must open.
        public var closed: [String] = []
        public var forced: [String] = []
        /// Parcels a day each hub can sort, replacing the network's capacities (hubs sized for a target).
        public var capacity: Double?
        public init() {}
    }

    /// County centers (county-center model: every county has one).
    public struct Centers: Codable, Sendable, Equatable {
        /// At least this many centers per county.
        public var perCounty = 1
        /// Service radius from a village to its center, in road km and in minutes (either or both).
        public var radiusKm: Double?
        public var radiusMinutes: Double?
        /// Candidate centers (ids or names) that may not open, and that must open.
        public var closed: [String] = []
        public var forced: [String] = []
        public init() {}
    }

    /// A road taken out of the network (both directions), by its end nodes' ids.
    public struct Road: Codable, Sendable, Equatable {
        public var from: String
        public var to: String
        public init(from: String, to: String) { self.from = from; self.to = to }
    }

    /// The policy levers (Datong: 30% of the ETC tolls of direct lines from a regional center to cities outside
    /// the province, at most 500,000 yuan per firm a year; 300,000 yuan once per firm whose regional center
    /// covers the range). docs/plan.md, "Firms and direct lines".
    public struct Policy: Codable, Sendable, Equatable {
        /// Share of the out-of-province direct lines' tolls refunded (0 turns the subsidy off) and the yearly cap
        /// per firm.
        public var tollSubsidyShare = 0.3
        public var tollSubsidyCap = 500_000.0
        /// One-time award per firm whose hub covers ``awardCoverage``.
        public var awardPerFirm = 300_000.0
        /// Share of all parcels handled (deliveries, outbound, transit) a firm's hub must handle for the award:
        /// the plan's "a given coverage", which it does not quantify (0.2 is the modeller's assumption: with
        /// 400,000-parcel hubs no hub could reach a quarter of Datong's 1.64 million a day).
        public var awardCoverage = 0.2
        /// The award's coverage as a number of counties instead (`award_coverage: {counties: N}`): a hub covers the
        /// range when centers in at least this many counties send it parcels. Set, it replaces ``awardCoverage``.
        public var awardCoverageCounties: Int? = nil
        /// Years over which the one-time award counts in the yearly objective (award / years a year, undiscounted).
        public var awardYears = 5.0
        /// The award's old name (it is paid per firm, not per hub).
        public var awardPerHub: Double {
            get { awardPerFirm }
            set { awardPerFirm = newValue }
        }
        public init() {}

        enum CodingKeys: String, CodingKey {
            case tollSubsidyShare, tollSubsidyCap, awardPerFirm, awardCoverage, awardCoverageCounties, awardYears
        }
    }

    /// Cost rates (yuan) and the year's length.
    public struct Rates: Codable, Sendable, Equatable {
        /// Village transport per parcel-km (location model), line-haul and tolls per parcel-km (hub lines).
        public var perParcelKm = 0.01
        public var lineHaulPerParcelKm = 0.002
        public var tollPerParcelKm = 0.0005
        public var daysPerYear = 365.0
        /// Direct lines (feeder and gateway) run trucks: parcels a truck carries, yuan per truck-km (fuel, driver,
        /// vehicle) and the ETC toll per truck-km (docs/plan.md, "Firms and direct lines").
        public var truckParcels = 8_000.0
        public var truckCostPerKm = 4.0
        public var truckTollPerKm = 1.5
        public init() {}
    }

    /// Time limits in seconds (`nil`: none).
    public struct TimeLimits: Codable, Sendable, Equatable {
        /// The whole plan; when it runs out the plan so far is written, marked incomplete.
        public var total: Double?
        /// The county-center model (each county's, when split by county), and the hub model unless `hubs` is set.
        public var location: Double? = 60
        /// The regional-hub model alone (default: `location`): its time is separate from the centers', so a
        /// scenario that proves multi-year centers in 900 s need not give the hub model 900 s too.
        public var hubs: Double?
        /// Search seconds for a county of 800 stops or more; smaller counties get their share by stops.
        public var routingPerCounty: Double? = 2
        /// Search iterations per routing run. With it the per-county seconds no longer stop a search (the total
        /// limit and Ctrl-C still do), so the routes depend only on the data and the seed: a plan is reproducible
        /// on any machine, however loaded.
        public var routingIterations: Int?
        public init() {}

        /// The hub model's limit: `hubs`, else `location`.
        public var hubModel: Double? { hubs ?? location }
    }

    /// A name for reports.
    public var name = "default"
    /// The network (a path, relative to the scenario file); `hubplan sweep` needs it.
    public var network: String?
    /// Only these counties (adcodes or names); empty means all.
    public var counties: [String] = []
    /// Seed of every randomised step (routing).
    public var seed: UInt64 = 1
    public var demand = Demand()
    public var hubs = Hubs()
    public var centers = Centers()
    /// Roads closed.
    public var closedRoads: [Road] = []
    /// OpenStreetMap ways closed, for `osm` (and `matrix`) distances: the network's pairs must have been computed
    /// with them closed (`distance.closedWays`); see ``ClosedRoads``.
    public var closedWays: [Int64] = []
    public var fleet = FleetSpec.rural
    public var policy = Policy()
    public var rates = Rates()
    /// Co-delivery (one sort, shared vans) or each carrier on its own.
    public var coDelivery = true
    public var timeLimits = TimeLimits()
    /// The language of the report, workbook and county pages (`zh` or `en`); nil: the network's default.
    public var lang: String?
    /// The values `lang` may take.
    public static let languages = ["zh", "en"]
    /// A build-out year by year (sizes, opening years); `nil`: one year, sizes from the network.
    public var years: Years?
    /// Postal backstop (邮快合作); `nil`: off. See ``PostalBackstop``.
    public var postalBackstop: PostalBackstop?
    /// Village service stations (多站合一); `nil`: every village its own stop. See ``VillageStations``.
    public var villageStations: VillageStations?
    /// Passenger buses carrying parcels to township seats (客货邮融合); `nil`: off. See ``BusLines``.
    public var busLines: BusLines?
    /// Origin warehouses with cold storage collecting the produce (电商+产地仓); `nil`: off. See ``OriginWarehouses``.
    public var originWarehouses: OriginWarehouses?

    /// With `--from`: yuan charged per village served by another center than in the previous plan
    /// (``StabilityCharge``); `nil`: none.
    public var stability: Double?

    /// The default scenario.
    public init() {}
}

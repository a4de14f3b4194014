// The scenario's planning years: demand and budget per year, demonstration counties, tiers, reserve, discounting.
import FacilityLocation
import RoadNetwork

extension Scenario {
    /// A build-out over several years (`years:` in a scenario file). With it, `hubplan plan` decides the
    /// county centers' sizes and opening years with one multi-period model (``MultiPeriodProblem``) and writes
    /// the `schedule` of plan.json; the rest of the plan (assignments, routes, hubs, costs) is the last year's.
    public struct Years: Codable, Sendable, Equatable {
        /// One planning year.
        public struct Step: Codable, Sendable, Equatable {
            public var year: Int
            /// Demand factor on the network as given, or parcels a year to reach; neither: the scenario's
            /// `demand` section.
            public var growth: Double?
            public var targetParcelsPerYear: Double?
            /// Most that may be spent on building, expanding and closing centers that year (yuan).
            public var budget: Double?
            /// A step of `year`.
            public init(year: Int, growth: Double? = nil, targetParcelsPerYear: Double? = nil, budget: Double? = nil) {
                self.year = year
                self.growth = growth
                self.targetParcelsPerYear = targetParcelsPerYear
                self.budget = budget
            }
        }

        /// A site that already operates at a tier, or whose land is free only from a year.
        public struct Site: Codable, Sendable, Equatable {
            /// Node id or name.
            public var site: String
            /// Tier name of an existing site.
            public var tier: String?
            /// First year the site may open (`landAvailableFrom`).
            public var landAvailableFrom: Int?
            public init(site: String, tier: String? = nil, landAvailableFrom: Int? = nil) {
                self.site = site
                self.tier = tier
                self.landAvailableFrom = landAvailableFrom
            }
        }

        /// The years in order (2025, 2026, 2027 by default).
        public var steps: [Step] = [2025, 2026, 2027].map { Step(year: $0) }
        /// Counties (adcodes or names) whose villages are all served from the first year.
        public var demonstration: [String] = []
        /// Capacity >= (1 + reserve) x each year's load ("moderately ahead of demand").
        public var reserve = 0.2
        /// Yearly discount rate of costs (0: none).
        public var discountRate = 0.0
        /// Extra cost per parcel of a village before its county's center opens (carriers delivering alone).
        public var uncoveredCostPerParcel = 0.5
        /// One-time cost of closing an existing center (yuan).
        public var closingCost = 500_000.0
        /// County-center size tiers, small to large.
        public var centerTiers = SizeTier.countyCenterDefaults
        /// Regional-hub size tiers, small to large (`nil`: ``SizeTier/regionalHubDefaults``).
        public var hubTiers: [SizeTier]? = nil
        /// The regional-hub tiers in force.
        public var regionalHubTiers: [SizeTier] { hubTiers ?? SizeTier.regionalHubDefaults }
        /// Existing sites with their tiers and candidate land dates (on top of the network's `existing` flags).
        public var sites: [Site] = []
        /// Regional hubs already running at a size (``ExistingHub``; `nil`: none but the network's `existing`).
        public var existingHubs: [ExistingHub]? = nil
        /// `last`: routes for the last year only (the plan's `routes`); `all`: every year's network is routed too
        /// (``NetworkPlan/Schedule/Period/routes``), so each year's routing cost is its own.
        public var routingYears = "last"
        public init() {}

        /// The demand factor of each year on the network as given, whose demand points carry `perDay`
        /// parcels a day; `fallback` is the scenario's own `demand` factor.
        public func factors(perDay: Double, daysPerYear: Double, fallback: Double) -> [Double] {
            steps.map { step in
                if let target = step.targetParcelsPerYear, perDay > 0 { return target / (perDay * daysPerYear) }
                return step.growth ?? fallback
            }
        }
    }
}

extension ScenarioNetwork {
    /// The demand factor of each of the scenario's years on `network` (already limited to the scenario's
    /// counties); `fallback` is the factor of the scenario's `demand` section.
    static func yearFactors(_ years: Scenario.Years, network: Network, scenario: Scenario, fallback: Double) -> [Double]
    {
        let perDay = network.nodes.filter(\.kind.isDemandPoint).reduce(0.0) { $0 + demand(of: $1) }
        return years.factors(perDay: perDay, daysPerYear: scenario.rates.daysPerYear, fallback: fallback)
    }
}

// plan.json's `schedule`: the build-out year by year (sites opened, expanded, kept, closed; loads; costs).
import FacilityLocation

extension NetworkPlan {
    /// The county centers' build-out over the scenario's years (docs/plan.md, "schedule").
    public struct Schedule: Codable, Sendable, Equatable {
        /// What happens to a site in a year.
        public enum Action: String, Codable, Sendable {
            /// Built this year (a candidate, or an existing site's first year at a tier it was not at).
            case open
            /// Moved up to a larger tier.
            case expand
            /// Runs on at the same tier.
            case keep
            /// An existing site shut this year.
            case close
        }

        /// One site in one year.
        public struct Site: Codable, Sendable, Equatable {
            public var id: String
            public var name: String
            public var county: String
            public var action: Action
            /// Tier name after the action (`nil` once closed).
            public var tier: String?
            /// Parcels a day the tier sorts, and the parcels a day its villages send.
            public var capacity: Double
            public var load: Double
            /// Yuan this year: capital (build or expansion), closing, operating.
            public var capital: Double
            public var closing: Double
            public var operating: Double
        }

        /// A village and its center in one year.
        public struct Assignment: Codable, Sendable, Equatable {
            public var node: String
            public var center: String
        }

        /// One year's costs (yuan, undiscounted) and the discount factor applied in `discounted`.
        public struct Costs: Codable, Sendable, Equatable {
            public var capital = 0.0
            public var closing = 0.0
            public var operating = 0.0
            public var transport = 0.0
            public var uncovered = 0.0
            public var total = 0.0
            public var discounted = 0.0
            /// With `routing_years: all`: the year's routes' cost (yuan a day x days a year), outside `total`.
            public var routing: Double? = nil
            /// With regional hubs: their capital and operating cost that year, and the year's line-haul (feeder and
            /// gateway lines at that year's parcels, tolls included, before the toll subsidy); both in `total`.
            public var hubs: Double? = nil
            public var lineHaul: Double? = nil
            /// With firms (a network with gateways): the toll subsidy of the year's lines (per firm capped a year)
            /// and the one-time awards paid that year (each firm's in its first qualifying year); both money
            /// received, taken off `total`.
            public var subsidy: Double? = nil
            public var award: Double? = nil
            public init() {}
        }

        /// One planning year.
        public struct Period: Codable, Sendable, Equatable {
            public var year: Int
            /// Demand factor on the network as given, parcels a day of all demand points, the budget if any.
            public var growth: Double
            public var parcelsPerDay: Double
            public var budget: Double?
            /// Sites open (or closing) this year.
            public var sites: [Site]
            /// Villages served by a center, and those whose county's center comes later.
            public var assignments: [Assignment]
            public var uncovered: [String]
            public var costs: Costs
            /// With `routing_years: all`, every year but the last (whose routes are the plan's `routes`): the
            /// routes at this year's demand from this year's centers, and the stops they could not serve.
            public var routes: [NetworkPlan.Route]? = nil
            public var skippedStops: [String]? = nil
            /// The regional hubs open this year with their tiers (``Hub``; absent when the plan has no hubs).
            public var hubs: [Hub]? = nil
        }

        /// How the multi-period model ended (`optimal` when proven), its discounted objective, bound and gap.
        public var status: LocationStatus
        public var objective: Double
        public var bound: Double
        public var gap: Double
        public var seconds: Double
        /// The tiers, reserve and discount rate used.
        public var tiers: [SizeTier]
        public var reserve: Double
        public var discountRate: Double
        public var periods: [Period]
        /// The horizon's totals (sums of the periods' costs; `discounted` is the model's objective).
        public var totals: Costs
        /// The regional-hub tiers used (present when the plan's hubs are sized).
        public var hubTiers: [SizeTier]? = nil
    }
}

// plan.json's `schedule.periods[].hubs`: each regional hub's size tier, load and costs in one year.

extension NetworkPlan.Schedule {
    /// One regional hub in one year (docs/plan.md, "Regional hubs year by year").
    public struct Hub: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        /// `open` in its first year, `expand` when its size grows, `keep` otherwise (hubs never close).
        public var action: Action
        /// Tier name, and modules of it (1 but for a hub that outgrew the largest tier).
        public var tier: String
        public var modules: Int
        /// Parcels a day the size sorts, and the parcels a day the hub handles that year.
        public var capacity: Double
        public var load: Double
        /// Yuan this year: capital (build or expansion) and operating.
        public var capital: Double
        public var operating: Double

        /// A hub's year.
        public init(
            id: String, name: String, action: Action, tier: String, modules: Int, capacity: Double, load: Double,
            capital: Double, operating: Double
        ) {
            self.id = id
            self.name = name
            self.action = action
            self.tier = tier
            self.modules = modules
            self.capacity = capacity
            self.load = load
            self.capital = capital
            self.operating = operating
        }
    }
}

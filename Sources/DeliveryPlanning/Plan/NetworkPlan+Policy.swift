// The plan's gateways and firms (plan.json `gateways`, `firms`): flows, hubs, tolls, the subsidy and the award.

extension NetworkPlan {
    /// A gateway city and its flows with the network after growth (parcels a day, all firms).
    public struct Gateway: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        /// Two-digit province code; lines to a gateway of another province than their hub's are out-of-province.
        public var province: String
        public var lon: Double
        public var lat: Double
        public var inbound: Double
        public var outbound: Double
        public var transit: Double
    }

    /// A firm (carrier): its share of the parcels, the hub(s) it uses, its lines' tolls, subsidy and award.
    public struct Firm: Codable, Sendable, Equatable {
        /// Carrier id and name.
        public var id: String
        public var name: String
        /// Its share of all parcels handled (deliveries, outbound, transit).
        public var share: Double
        /// Hub ids it runs its flows through.
        public var hubs: [String]
        /// Parcels a day its hub handles, and how they split: delivered to the centers, collected from them
        /// (produce), started at the hub (cloud/front warehouses), inbound, outbound and transit at the gateways.
        public var parcelsPerDay: Double
        public var delivered: Double
        public var collected: Double
        public var warehouse: Double
        public var inbound: Double
        public var outbound: Double
        public var transit: Double
        /// One-time award (0 or `policy.award_per_firm`), yearly ETC tolls of all its lines, yearly subsidy, and
        /// whether the cap cut the subsidy.
        public var award: Double
        public var tolls: Double
        public var tollSubsidy: Double
        public var subsidyCapped: Bool
    }
}

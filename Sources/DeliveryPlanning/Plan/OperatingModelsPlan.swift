// The operating models' part of plan.json: the postal backstop (邮快合作) and village stations (多站合一).

/// What the operating-model levers of a scenario decided (`plan.json` key `operatingModels`); each part is
/// `nil` when its lever is off.
public struct OperatingModelsPlan: Codable, Sendable, Equatable {
    /// China Post serving remote villages for every carrier.
    public var postalBackstop: PostalBackstopPlan?
    /// Which villages host a service station and how often each is served.
    public var villageStations: VillageStationsPlan?
    public init() {}

    /// Demand points the county centers' routes do not call at: China Post serves them, or their parcels go to
    /// their village station.
    public var offCenterRoutes: Set<String> {
        var ids = Set(postalBackstop?.villages.map(\.node) ?? [])
        for v in villageStations?.villages ?? [] where v.node != v.station { ids.insert(v.node) }
        return ids
    }
}

/// Day totals of a set of routes (km, vans, yuan, kg CO2).
public struct DayTotals: Codable, Sendable, Equatable {
    public var km = 0.0
    /// Van-days (routes; a direct trip counts as one).
    public var vans = 0
    public var cost = 0.0
    public var kgCO2 = 0.0
    public init() {}

    /// Totals of `routes`, CO2 from each van type's per-km factor in `fleet`.
    public init(_ routes: [NetworkPlan.Route], fleet: FleetSpec) {
        for r in routes {
            km += r.km
            vans += 1
            cost += r.cost
            kgCO2 += r.km * (fleet.vans.first { $0.name == r.vehicle }?.kgCO2PerKm ?? FleetSpec.dieselVanKgCO2PerKm)
        }
    }
}

/// The postal backstop of a plan.
public struct PostalBackstopPlan: Codable, Sendable, Equatable {
    /// A China Post township post office used as a depot.
    public struct PostOffice: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var county: String
        public var lon: Double
        public var lat: Double
        /// `modelled` (placed at the township seat: the network has no surveyed post office) or `network`.
        public var position: String
        /// Backstop villages it serves and their parcels a day.
        public var villages: Int
        public var parcelsPerDay: Double
    }

    /// A village China Post serves for every carrier.
    public struct Village: Codable, Sendable, Equatable {
        public var node: String
        public var county: String
        public var postOffice: String
        /// Road km to its county center, parcels a day (all carriers), and why China Post serves it.
        public var km: Double
        public var parcelsPerDay: Double
        public var reason: String
    }

    /// What one carrier pays China Post for delivering its parcels at the backstop villages.
    public struct Payment: Codable, Sendable, Equatable {
        public var carrier: String
        /// Who is paid (the network's postal carrier id).
        public var payee: String
        public var parcelsPerDay: Double
        public var feePerDay: Double
        public var feePerYear: Double
    }

    /// One county's comparison: its backstop villages served by the center's vans (`without`) or by China Post.
    public struct County: Codable, Sendable, Equatable {
        public var code: String
        public var villages: Int
        /// Fees the other carriers pay China Post a day for this county's backstop villages.
        public var feesPerDay: Double
        public var without: DayTotals
        public var with: DayTotals
    }

    /// The lever as applied (km threshold, parcels threshold, fee).
    public var km: Double?
    public var maxParcels: Double?
    public var feePerParcel: Double
    public var postOffices: [PostOffice]
    public var villages: [Village]
    public var payments: [Payment]
    /// China Post's backstop routes (in `routes` with carrier `china-post`), per day.
    public var postalRoutes: DayTotals
    /// Fees China Post receives a day, and fees minus its backstop routes' cost.
    public var feesPerDay: Double
    public var postalNetPerDay: Double
    /// Per county with backstop villages, and in total: every village routed from the centers (`without`)
    /// against the centers' routes plus China Post's (`with`), per day.
    public var counties: [County]
    public var without: DayTotals
    public var with: DayTotals
}

/// The village stations of a plan (多站合一).
public struct VillageStationsPlan: Codable, Sendable, Equatable {
    /// A village hosting a service station.
    public struct Station: Codable, Sendable, Equatable {
        public var id: String
        public var county: String
        /// Villages it serves (itself included), their parcels a day (all carriers), and how often it is served:
        /// `daily`, `every-other-day`, `twice-weekly`.
        public var villages: Int
        public var parcelsPerDay: Double
        public var frequency: String
    }

    /// A village and its station.
    public struct Village: Codable, Sendable, Equatable {
        public var node: String
        public var station: String
        /// Road km to the station.
        public var km: Double
    }

    /// One county: stations, villages, the express-to-village rate (快递进村: share of its villages whose station
    /// is served at least every other day), the cover model's status, and the centers' routes with and without
    /// stations (per day).
    public struct County: Codable, Sendable, Equatable {
        public var code: String
        public var stations: Int
        public var villages: Int
        public var expressRate: Double
        public var status: String
        public var without: DayTotals
        public var with: DayTotals
    }

    /// The lever as applied.
    public var stationKm: Double
    public var minParcelsDaily: Double
    public var minParcelsEveryOtherDay: Double?
    public var stations: [Station]
    public var villages: [Village]
    public var counties: [County]
    /// Every village its own stop (`without`) against the stations (`with`), the centers' routes, per day.
    public var without: DayTotals
    public var with: DayTotals
}

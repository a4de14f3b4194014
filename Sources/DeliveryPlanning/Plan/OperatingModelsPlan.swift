// The operating models' part of plan.json: postal backstop, village stations, buses, origin warehouses.
import RoadNetwork

/// What the operating-model levers of a scenario decided (`plan.json` key `operatingModels`); each part is
/// `nil` when its lever is off.
public struct OperatingModelsPlan: Codable, Sendable, Equatable {
    /// China Post serving remote villages for every carrier.
    public var postalBackstop: PostalBackstopPlan?
    /// Which villages host a service station and how often each is served.
    public var villageStations: VillageStationsPlan?
    /// Passenger buses carrying townships' parcels from the county bus station.
    public var busLines: BusLinesPlan?
    /// Origin warehouses with cold storage collecting the produce.
    public var originWarehouses: OriginWarehousesPlan?
    public init() {}

    /// Whether `route` is an operating model's (China Post's, or a last leg from a bus township), checked by
    /// that model's verifier part rather than as a center's route.
    public func ownsRoute(_ route: NetworkPlan.Route) -> Bool {
        route.carrier == "china-post" || route.carrier == "produce"
            || (busLines?.lines.contains { $0.used && $0.seat == route.center } ?? false)
    }

    /// Demand points the county centers' routes do not call at: China Post serves them, or their parcels go to
    /// their village station.
    public var offCenterRoutes: Set<String> {
        var ids = Set(postalBackstop?.villages.map(\.node) ?? [])
        for v in villageStations?.villages ?? [] where v.node != v.station { ids.insert(v.node) }
        for line in busLines?.lines ?? [] where line.used {
            ids.formUnion(line.stops)
            for v in villageStations?.villages ?? [] where line.stops.contains(v.station) { ids.insert(v.node) }
        }
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
        /// Where its position comes from, as for every node: `modelled` when placed at a township seat (the
        /// network has no `post-office` node), else the `post-office` node's own `positionSource`. Plans before
        /// the field said `position: "modelled" | "network"` (read as `modelled` | `source-data`).
        public var positionSource: PositionSource
        /// Backstop villages it serves and their parcels a day.
        public var villages: Int
        public var parcelsPerDay: Double
        // Named here so the decoder of older plans (OperatingModelsPlan+Legacy.swift) can use them.
        enum CodingKeys: String, CodingKey { case id, name, county, lon, lat, positionSource, villages, parcelsPerDay }
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

/// The bus lines of a plan (客货邮融合): county bus station -> township seat.
public struct BusLinesPlan: Codable, Sendable, Equatable {
    /// One generated line and whether the township's parcels ride it.
    public struct Line: Codable, Sendable, Equatable {
        /// The county bus station and the seat; the station's `positionSource` is `modelled` when it is placed
        /// at the county center (no `bus-station` node), else the node's own. Plans before the field said
        /// `stationPosition: "modelled" | "network"` (read as `modelled` | `source-data`).
        public var station: String
        public var stationPositionSource: PositionSource
        public var seat: String
        public var county: String
        /// Road km station -> seat.
        public var km: Double
        public var used: Bool
        /// When used: the township's stops the last-leg vans serve from the seat, parcels down and produce up a
        /// day, bus trips a day, and the fee a day.
        public var stops: [String]
        public var parcelsPerDay: Double
        public var pickupsPerDay: Double
        public var trips: Int
        public var feePerDay: Double
        /// The line's terms: departures a day, parcels a trip, yuan a parcel (the lever's for a generated line,
        /// the timetable's for a line of a `bus_lines` file); absent in plans before the field (the lever's).
        public var departuresPerDay: Int?
        public var parcelsPerTrip: Double?
        public var feePerParcel: Double?
        // Named here so the decoder of older plans (OperatingModelsPlan+Legacy.swift) can use them.
        enum CodingKeys: String, CodingKey {
            case station, stationPositionSource, seat, county, km, used, stops, parcelsPerDay, pickupsPerDay, trips,
                feePerDay, departuresPerDay, parcelsPerTrip, feePerParcel
        }
    }

    /// One county: townships riding the bus, their parcels and fees, the routes without and with buses (per day).
    public struct County: Codable, Sendable, Equatable {
        public var code: String
        public var townships: Int
        public var parcelsPerDay: Double
        public var feesPerDay: Double
        public var without: DayTotals
        public var with: DayTotals
    }

    /// The lever as applied.
    public var departuresPerDay: Int
    public var parcelsPerTrip: Double
    public var feePerParcel: Double
    public var minKm: Double
    public var lines: [Line]
    public var counties: [County]
    /// The centers' routes serving every township (`without`) against the centers' routes plus the last legs
    /// (`with`), per day; the bus fees are not in `with` (they are in `counties[].feesPerDay`).
    public var without: DayTotals
    public var with: DayTotals
}

/// The origin warehouses of a plan (电商+产地仓, cold storage).
public struct OriginWarehousesPlan: Codable, Sendable, Equatable {
    /// A warehouse and what it collects a day.
    public struct Warehouse: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var county: String
        public var lon: Double
        public var lat: Double
        public var villages: Int
        public var pickupsPerDay: Double
        public var coldPickupsPerDay: Double
        public var products: [String]
    }

    /// A producing village and its warehouse (road km to it).
    public struct Village: Codable, Sendable, Equatable {
        public var node: String
        public var warehouse: String
        public var km: Double
        public var pickupsPerDay: Double
        public var coldChain: Bool
        public var product: String?
    }

    /// One county: warehouses, produce a day, the p-median's status, routes without and with warehouses (a day).
    public struct County: Codable, Sendable, Equatable {
        public var code: String
        public var warehouses: Int
        public var pickupsPerDay: Double
        public var status: String
        public var without: DayTotals
        public var with: DayTotals
    }

    /// The lever as applied.
    public var perCounty: Int
    public var coldChainMinutes: Double
    public var warehouses: [Warehouse]
    public var villages: [Village]
    public var counties: [County]
    /// The same produce collected from the county centers (`without`) against the warehouses' collection routes
    /// (`with`, carrier `produce`), per day, both within the cold-chain minutes.
    public var without: DayTotals
    public var with: DayTotals
}

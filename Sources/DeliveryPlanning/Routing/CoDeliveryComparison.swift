// What co-delivery saves: each carrier alone vs shared delivery vs the postal backstop, per county and in total.
import RoadNetwork
import SolverControl

/// A co-delivery study: the same villages and parcels served three ways.
///
/// 1. *Carriers alone*: each carrier from its own depot (the network's `carrier-depot` nodes of that carrier
///    in the county, the nearest one per village; the county center when it has none), its own vans, its own
///    routes, its own parcels only.
/// 2. *Shared* (快快合作): one sort at the county center, shared vans, one set of routes for all parcels.
/// 3. *Postal backstop* (邮快合作, optional): villages farther than ``backstopKm`` by road from the center, or
///    with fewer than ``backstopMaxParcels`` parcels a day, are served by China Post's routes (from its depot,
///    else the center) with every carrier's parcels; the rest are shared.
public struct CoDeliveryRequest: CountyRoutingOptions, Sendable {
    /// The network.
    public var network: Network
    /// Where the shared routes start (and each carrier's, where it has no depot of its own in the county).
    public var centers: CenterSource = .network
    /// County codes or names; `nil` for all.
    public var counties: [String]?
    /// Fleet and working day, the same for every scheme.
    public var fleet: FleetSpec = .rural
    /// Stop kinds (villages and township seats by default, as in ``CountyRoutingRequest``).
    public var stopKinds: Set<NodeKind> = [.village, .township]
    /// Whether produce pickups ride along (shared and backstop routes; each carrier alone carries them with
    /// China Post's routes, the postal carrier collecting produce as it does today).
    public var pickups = true
    /// Postal backstop: road km from the county center beyond which China Post serves a village.
    public var backstopKm: Double?
    /// Postal backstop: parcels a day (all carriers) below which China Post serves a village.
    public var backstopMaxParcels: Double?
    /// Seconds of search per county and scheme.
    public var timeLimitPerCounty: Double = 2
    /// Seed of every search.
    public var seed: UInt64 = 0
    /// Stop each depot's search after this many iterations (with the time limit as a cap): reproducible runs.
    public var maxIterations: Int?
    /// Plan the other stops when some cannot be served (skipped from every scheme alike).
    public var skipInfeasible = false
    /// Stops heavier than every van: direct trips by default, as the CLI and plans do (the shipped networks have
    /// such stops); `.infeasible` refuses them.
    public var heavyStops: HeavyStopPolicy = .directTrips
    /// Ctrl-C.
    public var cancellation: CancellationToken?
    /// Lookups of `network` prepared once (``CountyRoutingRequest/context``); `nil`: built by the call.
    var context: CountyRoutingContext?

    /// A request with the defaults above.
    public init(network: Network) { self.network = network }

    /// Whether the backstop scheme is asked for.
    public var hasBackstop: Bool { backstopKm != nil || backstopMaxParcels != nil }
}

/// Savings of a scheme against carriers alone, as fractions (0.25 = 25% less).
public struct Savings: Codable, Sendable, Equatable {
    public var km: Double
    public var vehicles: Double
    public var driverHours: Double
    public var cost: Double
    public var kgCO2: Double

    /// `1 - scheme / alone` for each measure (0 where alone is 0).
    public init(scheme: RouteTotals, alone: RouteTotals) {
        func saving(_ s: Double, _ a: Double) -> Double { a > 0 ? 1 - s / a : 0 }
        km = saving(scheme.km, alone.km)
        vehicles = saving(Double(scheme.vehicles), Double(alone.vehicles))
        driverHours = saving(scheme.driverHours, alone.driverHours)
        cost = saving(scheme.cost, alone.cost)
        kgCO2 = saving(scheme.kgCO2, alone.kgCO2)
    }
}

/// One carrier driving alone in a county.
public struct CarrierAlone: Codable, Sendable {
    public var carrier: String
    /// Depot node ids it used.
    public var depots: [String]
    public var totals: RouteTotals
}

/// The postal backstop scheme of a county.
public struct BackstopScheme: Codable, Sendable {
    /// Villages China Post serves for everyone.
    public var postalStops: [String]
    public var postal: RouteTotals
    public var shared: RouteTotals
    /// `postal + shared`.
    public var total: RouteTotals
}

/// The three schemes in one county.
public struct CountyComparison: Codable, Sendable {
    public var county: String
    public var name: String
    /// Stops served (the same in every scheme).
    public var stops: Int
    public var carriers: [CarrierAlone]
    /// Sum over carriers.
    public var alone: RouteTotals
    public var shared: RouteTotals
    public var backstop: BackstopScheme?
    public var sharedSavings: Savings
    public var backstopSavings: Savings?
    /// Schemes with a route that breaks a constraint ("shared", "backstop", "alone:CARRIER"); empty when all
    /// keep every constraint.
    public var infeasible: [String]
    /// Whether every route of every scheme keeps every constraint.
    public var feasible: Bool { infeasible.isEmpty }
    public var skipped: [SkippedStop]
}

/// The whole comparison.
public struct CoDeliveryComparison: Codable, Sendable {
    public static let formatTag = "hubplan-codeliver/1"
    public var format = CoDeliveryComparison.formatTag
    public var network: String
    public var seed: UInt64
    public var timeLimitPerCounty: Double
    public var backstopKm: Double?
    public var backstopMaxParcels: Double?
    public var fleet: FleetSpec
    /// The CO2 factor of the default van and where it comes from.
    public var emissionFactor: String
    public var counties: [CountyComparison]
    public var alone: RouteTotals
    public var shared: RouteTotals
    public var backstop: RouteTotals?
    public var sharedSavings: Savings
    public var backstopSavings: Savings?
    public var feasible: Bool
    /// False after Ctrl-C (the counties left got one quick pass each).
    public var complete: Bool
    public var skipped: [SkippedStop]
    public var seconds: Double

    /// The sentence every output states about CO2.
    public static func emissionNote(_ fleet: FleetSpec) -> String {
        let van = fleet.vans[0]
        func kg(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
        return
            "\(van.name): \(kg(van.kgCO2PerKm)) kg CO2 per km (default \(kg(FleetSpec.dieselVanKgCO2PerKm)): 9 L/100 km x "
            + "2.51 kg CO2e per litre of diesel, UK Government GHG Conversion Factors 2023)"
    }
}

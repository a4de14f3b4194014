// What a planner asks of county routing: which network and counties, whose depots, which fleet, how long to search.
import RoadNetwork
import SolverControl

/// Where each county's routes start: the network's county centers or the sites of a location plan.
public enum CenterSource: Sendable {
    /// The network's `county-center` nodes; a county with several sends each village to its nearest one.
    case network
    /// The open sites of a `hubplan locate` plan, each serving the demand points the plan assigns to it (the
    /// largest share wins when a point is split).
    case plan(LocationPlan)
}

/// What to do with a stop heavier than every van.
public enum HeavyStopPolicy: String, Codable, Sendable {
    /// Report it as infeasible (or skip it with `skipInfeasible`).
    case infeasible
    /// Serve whole vanloads (of parcels, or of produce to collect) by direct out-and-back trips and route the
    /// remainder with the other stops.
    case directTrips = "direct-trips"
}

/// The settings county routing and the co-delivery comparison share, so a caller sets them in one place.
public protocol CountyRoutingOptions {
    /// County codes or names; `nil` for every county.
    var counties: [String]? { get set }
    /// Fleet and working day.
    var fleet: FleetSpec { get set }
    /// Seconds of search per county (and per scheme in the comparison).
    var timeLimitPerCounty: Double { get set }
    /// Seed of every search.
    var seed: UInt64 { get set }
    /// Iterations of every search (reproducible runs); `nil` stops by time only.
    var maxIterations: Int? { get set }
    /// Plan the other stops when some cannot be served, listing the skipped ones.
    var skipInfeasible: Bool { get set }
    /// Stops heavier than every van.
    var heavyStops: HeavyStopPolicy { get set }
    /// Ctrl-C.
    var cancellation: CancellationToken? { get set }
}

/// A county-routing study: routes from each center to the villages it serves, by road.
public struct CountyRoutingRequest: CountyRoutingOptions, Sendable {
    /// The network.
    public var network: Network
    /// County codes (adcodes) to route; `nil` routes every county of the network.
    public var counties: [String]?
    /// Where routes start.
    public var centers: CenterSource = .network
    /// The fleet and the working day.
    public var fleet: FleetSpec = .rural
    /// Node kinds that are stops. Villages (and township seats) by default: urban communities (居委会) are the
    /// carriers' in-town delivery, not the village runs that co-delivery concerns.
    public var stopKinds: Set<NodeKind> = [.village, .township]
    /// Carriers whose parcels are delivered (ids); `nil` means all carriers together (shared delivery).
    public var carriers: [String]?
    /// Whether farm-produce pickups ride the same routes.
    public var pickups = true
    /// Seconds of search per county (split over its depots by stop count).
    public var timeLimitPerCounty: Double = 5
    /// Seed of the search: the same request and seed give the same routes (up to where a time limit cuts).
    public var seed: UInt64 = 0
    /// Stop each depot's search after this many iterations (with the time limit as a cap): reproducible runs.
    public var maxIterations: Int?
    /// Plan the other stops when some cannot be served, listing the skipped ones; otherwise fail naming them.
    public var skipInfeasible = false
    /// Stops heavier than every van: direct trips by default, as the CLI and plans do (the shipped networks have
    /// such stops); `.infeasible` refuses them.
    public var heavyStops: HeavyStopPolicy = .directTrips
    /// Ctrl-C: stop and return the best routes found so far, marked incomplete.
    public var cancellation: CancellationToken?
    /// A previous plan's routes: each depot's search starts from those that left it (``RouteWarmStart``).
    public var previousRoutes: [NetworkPlan.Route] = []
    /// Yuan a day the search charges for each stop reached over a link the previous routes lack (a re-plan's
    /// `stability` W a year over the days of the year; ``RouteStability``); 0: no charge.
    public var stabilityPerDay: Double = 0
    /// Lookups of `network` prepared once by a caller routing many counties one call at a time; `nil`: built
    /// by the call. Must come from `network`.
    var context: CountyRoutingContext?
    /// A plan's total limit: a search retried for want of a feasible plan gets no more than what is left of it.
    var deadline: TimeBudget?

    /// A request for `network` with the defaults above.
    public init(network: Network) { self.network = network }
}

/// Progress of a many-county run, for a terminal line on stderr.
public struct CountyRoutingProgress: Sendable {
    /// Counties finished and in all.
    public var countiesDone: Int
    /// Counties in all.
    public var countyCount: Int
    /// Seconds since the run started.
    public var seconds: Double
    /// Total cost (yuan per day) of the counties finished so far.
    public var bestCost: Double
    /// The county just finished (its name).
    public var county: String
}

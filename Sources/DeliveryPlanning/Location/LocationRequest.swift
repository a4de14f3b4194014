// What a planner asks of `hubplan locate`: the model and its rules, costs and limits.
import FacilityLocation

/// A location study on a network: which model, with which rules and cost rates.
public struct LocationRequest: Sendable {
    /// The models `hubplan locate` offers.
    public enum Model: String, CaseIterable, Sendable {
        case countyCenter = "county-center"
        case pMedian = "p-median"
        case pCenter = "p-center"
        case cover
        case maxCover = "max-cover"
        case ufl
        case cfl
        case hubs
    }

    /// The model to solve.
    public var model: Model
    /// Sites to open (p-median, p-center, max-cover) or hubs (hubs), as a range when several are allowed.
    public var count: ClosedRange<Int>?
    /// Service radius in km or in minutes (cover, max-cover, county-center; both may be given).
    public var radiusKm: Double?
    public var radiusMinutes: Double?
    /// Centers per county (county-center, hubs with chosen centers).
    public var centersPerCounty: CenterCount = .atLeast(1)
    /// Whether villages may use a center in another county.
    public var crossCounty = false
    /// Most to spend on fixed costs (county-center).
    public var budget: Double?
    /// Whether each village uses one center (county-center, cfl).
    public var singleSource = true
    /// Candidate sites (ids or names) that may not open, and that must open.
    public var closedSites: [String] = []
    public var openSites: [String] = []
    /// Cover minimises the fixed cost of the sites instead of their number.
    public var coverByCost = false
    /// Village transport cost per parcel-km (yuan) and days per year.
    public var costPerParcelKm = 0.01
    public var daysPerYear = 365.0
    /// Line-haul cost and toll per parcel-km between centers and hubs (yuan).
    public var lineHaulPerParcelKm = 0.002
    public var tollPerParcelKm = 0.0005
    /// Apply Datong's ETC subsidy (30% of tolls, at most 500,000 yuan per carrier per year).
    public var tollSubsidy = false
    /// Hubs model: take the network's county-center nodes as the centers instead of choosing them.
    public var centersGiven = false
    /// Time limit, cancellation, GLPK verbosity, export.
    public var options = LocationOptions()
    /// Counties solved at once when the county-center model is solved county by county (1: one after another).
    public var workers = 1
    /// County by county: each county's own time limit (it is a model of its own), the whole stage then bounded
    /// by ``stageTimeLimit`` (nil: unbounded). Nil: the counties share `options.timeLimit` by size.
    public var countyTimeLimit: Double?
    /// County by county with ``countyTimeLimit``: the limit of the whole stage (what is left of a plan's total).
    public var stageTimeLimit: Double?
    /// Solve a separable county-center model county by county whatever its size (a shard of a sharded run, so
    /// that its centers are the ones the whole region's county-by-county run finds).
    public var byCounty = false

    /// A re-plan's charge for serving villages from another center than before (cost-based models); `nil`: none.
    public var stability: StabilityCharge?

    /// A request for `model` with the defaults above.
    public init(model: Model) { self.model = model }
}

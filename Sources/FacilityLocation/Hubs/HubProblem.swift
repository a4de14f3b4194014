// The two-level hub model: regional hubs serving county centers, with line-haul costs and a toll subsidy.

/// A refund of part of the tolls on line-haul legs, capped per firm and year.
///
/// Datong pays 30% of the ETC tolls of direct lines through the city, at most 500,000 yuan per firm per year.
/// Tolls are shared by the firms (carriers) in proportion to their parcels (``firmShares``), so firm `f`
/// receives `min(share * firmShare_f * tolls, capPerFirm)`: the model has one subsidy variable per firm,
/// bounded by both terms, and subtracts their sum from the cost. Every hub-to-center line counts as a direct
/// line through Datong.
public struct TollSubsidy: Sendable, Equatable {
    /// Refunded share of the tolls (0.3 for Datong).
    public var share: Double
    /// Most refunded to one firm in a year (500,000 yuan for Datong).
    public var capPerFirm: Double
    /// Each firm's share of the parcels (summing to 1).
    public var firmShares: [Double]

    /// Creates a subsidy; `firmShares` defaults to one firm carrying everything.
    public init(share: Double = 0.3, capPerFirm: Double = 500_000, firmShares: [Double] = [1]) {
        self.share = share
        self.capPerFirm = capPerFirm
        self.firmShares = firmShares
    }

    /// The refund for a year's `tolls`.
    public func refund(tolls: Double) -> Double {
        firmShares.reduce(0) { $0 + min(share * $1 * tolls, capPerFirm) }
    }
}

/// Choose regional hubs (a number in ``hubCount``, each with a fixed cost) and connect every county center to
/// one hub; the centers are either given (with their parcel flows) or chosen in the same model from a
/// ``CountyCenterProblem``.
///
/// Line-haul cost per year: `(lineHaulPerParcelKm + tollPerParcelKm) * km * parcels/day * daysPerYear`, less
/// the ``TollSubsidy`` on the toll part.
public struct HubProblem: Sendable {
    /// How the county centers are decided.
    public enum Centers: Sendable {
        /// Fixed centers (the rows of ``HubProblem/centerHubKm``) with their parcels per day.
        case given(flows: [Double])
        /// Centers chosen with the hubs; ``HubProblem/centerHubKm`` rows are that problem's candidate sites.
        case chosen(CountyCenterProblem)
    }

    /// The county-center level.
    public var centers: Centers
    /// Kilometres from each center (or candidate center site) to each hub candidate.
    public var centerHubKm: CostMatrix
    /// Fixed cost of each hub candidate per year.
    public var hubFixedCosts: [Double]
    /// Capacity of each hub in parcels per day (`nil`: unlimited).
    public var hubCapacities: [Double?]
    /// How many hubs to open (3...5 for Datong's plan).
    public var hubCount: ClosedRange<Int>
    /// Hubs that exist and stay open, and hubs that may not open.
    public var hubExisting: [Bool]
    public var hubClosed: [Bool]
    /// Line-haul cost per parcel-km without tolls, and the toll per parcel-km (yuan).
    public var lineHaulPerParcelKm: Double
    public var tollPerParcelKm: Double
    /// The toll refund, if any.
    public var subsidy: TollSubsidy?
    /// Days of flow per year.
    public var daysPerYear: Double = 365
    /// Names of hubs (sites of `labels`) and centers (clients of `labels`) for messages and plans.
    public var labels = LocationLabels()

    /// Creates a problem; checks sizes and numbers.
    public init(
        centers: Centers, centerHubKm: CostMatrix, hubFixedCosts: [Double], hubCapacities: [Double?],
        hubCount: ClosedRange<Int>, lineHaulPerParcelKm: Double, tollPerParcelKm: Double = 0,
        subsidy: TollSubsidy? = nil
    ) throws(LocationError) {
        let hubs = centerHubKm.sites
        switch centers {
        case .given(let flows):
            guard flows.count == centerHubKm.clients, flows.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
                throw .badInput("hubs: need one finite, non-negative flow per center (\(centerHubKm.clients))")
            }
        case .chosen(let level):
            guard level.sites == centerHubKm.clients else {
                throw .badInput(
                    "hubs: \(centerHubKm.clients) rows of center-hub km for \(level.sites) candidate centers")
            }
        }
        guard hubFixedCosts.count == hubs, hubCapacities.count == hubs else {
            throw .badInput("hubs: site arrays do not match the \(hubs) hub candidates")
        }
        guard hubCount.lowerBound >= 1, hubCount.upperBound <= hubs else {
            throw .badInput("hubs: \(hubCount.lowerBound)-\(hubCount.upperBound) hubs asked, \(hubs) candidates")
        }
        for rate in [lineHaulPerParcelKm, tollPerParcelKm] where !(rate.isFinite && rate >= 0) {
            throw .badInput("hubs: line-haul and toll rates must be finite and >= 0")
        }
        if let s = subsidy, !(s.share >= 0 && s.share <= 1 && s.capPerFirm >= 0 && s.firmShares.allSatisfy { $0 >= 0 })
        {
            throw .badInput("hubs: the toll subsidy needs a share in [0, 1], a cap >= 0 and firm shares >= 0")
        }
        self.centers = centers
        self.centerHubKm = centerHubKm
        self.hubFixedCosts = hubFixedCosts
        self.hubCapacities = hubCapacities
        self.hubCount = hubCount
        hubExisting = [Bool](repeating: false, count: hubs)
        hubClosed = [Bool](repeating: false, count: hubs)
        self.lineHaulPerParcelKm = lineHaulPerParcelKm
        self.tollPerParcelKm = tollPerParcelKm
        self.subsidy = subsidy
    }

    /// Number of hub candidates.
    public var hubs: Int { centerHubKm.sites }

    /// Yearly line-haul cost (tolls included) and tolls alone of `parcelsPerDay` over `km`.
    func lineCost(km: Double, parcelsPerDay: Double) -> (total: Double, tolls: Double) {
        let tolls = tollPerParcelKm * km * parcelsPerDay * daysPerYear
        return (lineHaulPerParcelKm * km * parcelsPerDay * daysPerYear + tolls, tolls)
    }
}

/// A two-level plan: hubs and the center each serves, the county-center plan when chosen, and the cost split.
public struct HubPlan: Sendable {
    /// Open hubs (clients of this solution are the centers: rows of ``HubProblem/centerHubKm``).
    public var hubs: LocationSolution
    /// The village-to-center plan, when the centers were chosen.
    public var centers: LocationSolution?
    /// Cost components per year: center fixed costs, village transport, hub fixed costs, line-haul (tolls
    /// included), tolls alone, and the subsidy refunded.
    public var centerFixed = 0.0, villageTransport = 0.0, hubFixed = 0.0, lineHaul = 0.0, tolls = 0.0, subsidy = 0.0

    /// Total yearly cost.
    public var total: Double { centerFixed + villageTransport + hubFixed + lineHaul - subsidy }
}

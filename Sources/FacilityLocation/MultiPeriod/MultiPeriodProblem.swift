// The multi-period build-out problem: which sites open, at which size tier, in which year, serving whom.

/// Plan county centers over several years: each site is closed, or open at a size tier; a site once open
/// stays open and its tier only grows; existing sites are kept, expanded or closed (never reopened); each
/// year's villages are served by open centers of their own county with capacity `(1 + reserve) x` the load.
///
/// Costs, in the year they fall: capital when a site is built or expanded (the tier difference), a closing
/// cost when an existing site closes, operating cost every year a site is open, village transport
/// (`costPerParcelKm x daysPerYear x parcels x km`), and `uncoveredCostPerParcel` for each parcel a year of a
/// village not yet served by a center (its county's center comes later). Year `t` is discounted by
/// `1 / (1 + discountRate)^t`. A county must serve all its villages from its `coverFrom` year on (the last
/// year by default; year 0 for demonstration counties).
public struct MultiPeriodProblem: Sendable {
    /// Parcels a day of each village in each year: `demands[year][village]`.
    public var demands: [[Double]]
    /// County index of each village and of each candidate site.
    public var clientCounty: [Int]
    public var siteCounty: [Int]
    /// Number of counties.
    public var counties: Int
    /// Road km (and minutes, for a time radius) from each village to each site.
    public var km: CostMatrix
    public var minutes: CostMatrix?
    /// The size tiers, small to large (``SizeTier/problem(in:)`` holds).
    public var tiers: [SizeTier]
    /// The tier an existing site runs at now (`nil`: a candidate, not built).
    public var existingTier: [Int?]
    /// One-time cost of closing each existing site (yuan).
    public var closingCost: [Double]
    /// The first year (index) each site may open; 0 for all by default.
    public var firstYear: [Int]
    /// Sites that may not open; existing sites listed here must close in the first year.
    public var closed: [Bool]
    /// Sites that must be open in the last year.
    public var forced: [Bool]
    /// The first year (index) in which every village of each county must be served; the last year by default.
    public var coverFrom: [Int]
    /// Centers each county has at least from its `coverFrom` year on.
    public var centersPerCounty = 1
    /// Capacity reserve: capacity >= (1 + reserve) x load.
    public var reserve = 0.2
    /// Yearly discount rate of costs (0: none).
    public var discountRate = 0.0
    /// Most that may be spent on capital and closing costs in each year (`nil`: no limit).
    public var budgets: [Double?]
    /// Cost per parcel of a village not yet served by a center (carriers delivering on their own).
    public var uncoveredCostPerParcel = 0.5
    /// Transport cost per parcel-km, and days a year.
    public var costPerParcelKm: Double
    public var daysPerYear = 365.0
    /// Longest village-to-center distance (km) and time (minutes) allowed.
    public var maxKm: Double?
    public var maxMinutes: Double?
    /// Whether each village is served by one center each year (otherwise it may be split).
    public var singleSource = true
    /// Extra yuan in each year village `j` is served by site `i` (a re-plan's stability charge for serving a
    /// village from another center than before); `nil`: none. Part of ``transportCost(_:_:year:)``, so every
    /// model of this problem honours it; ``haulageCost(_:_:year:)`` is the transport alone.
    public var assignmentCharges: CostMatrix?
    /// Names for messages.
    public var labels = LocationLabels()

    /// A problem over `demands.count` years with every site a candidate open from the first year, no budget;
    /// checks that the arrays match the matrix.
    public init(
        demands: [[Double]], clientCounty: [Int], siteCounty: [Int], counties: Int, km: CostMatrix, tiers: [SizeTier],
        costPerParcelKm: Double
    ) throws(LocationError) {
        let n = km.clients, m = km.sites
        guard !demands.isEmpty else { throw .badInput("multi-period: no planning years") }
        guard demands.allSatisfy({ $0.count == n }), clientCounty.count == n, siteCounty.count == m else {
            throw .badInput("multi-period: demands or counties do not match the \(n) villages x \(m) sites")
        }
        if let message = SizeTier.problem(in: tiers) { throw .badInput("multi-period: \(message)") }
        self.demands = demands
        self.clientCounty = clientCounty
        self.siteCounty = siteCounty
        self.counties = counties
        self.km = km
        self.tiers = tiers
        self.costPerParcelKm = costPerParcelKm
        existingTier = [Int?](repeating: nil, count: m)
        closingCost = [Double](repeating: 0, count: m)
        firstYear = [Int](repeating: 0, count: m)
        closed = [Bool](repeating: false, count: m)
        forced = [Bool](repeating: false, count: m)
        coverFrom = [Int](repeating: demands.count - 1, count: counties)
        budgets = [Double?](repeating: nil, count: demands.count)
    }

    /// The share of each tier's capacity that plans leave free (``LocationGLPK/capacityMargin``).
    static let capacityMargin = LocationGLPK.capacityMargin

    /// Number of years, villages and candidate sites.
    public var years: Int { demands.count }
    public var clients: Int { km.clients }
    public var sites: Int { km.sites }

    /// The discount factor of year `t`.
    public func discount(_ t: Int) -> Double { discountRate == 0 ? 1 : 1 / pow1(1 + discountRate, t) }

    /// Whether village `j` may be served by site `i` (same county, within the radius, not closed).
    public func allows(_ j: Int, _ i: Int) -> Bool {
        if closed[i] || clientCounty[j] != siteCounty[i] { return false }
        if let maxKm, km[j, i] > maxKm { return false }
        if let maxMinutes, let minutes, minutes[j, i] > maxMinutes { return false }
        return true
    }

    /// What serving village `j` from site `i` costs in year `t`: transport plus any assignment charge.
    public func transportCost(_ j: Int, _ i: Int, year t: Int) -> Double {
        haulageCost(j, i, year: t) + (assignmentCharges?[j, i] ?? 0)
    }

    /// Transport cost (a year) of serving village `j` from site `i` in year `t`, without charges.
    public func haulageCost(_ j: Int, _ i: Int, year t: Int) -> Double {
        costPerParcelKm * daysPerYear * demands[t][j] * km[j, i]
    }

    /// The first problem that makes the data unusable (before any model is built), naming the item; `nil`
    /// when the problem may go to GLPK. Infeasibility the data shows at once (a county with villages to
    /// serve but no site, a village no site may serve, a county whose largest build cannot carry its demand)
    /// is reported here too, so the planner reads why instead of "GLPK: infeasible".
    public func validationProblem() -> String? {
        let n = clients, m = sites, years = self.years
        if let message = SizeTier.problem(in: tiers) { return message }
        guard existingTier.count == m, closingCost.count == m, firstYear.count == m, closed.count == m,
            forced.count == m,
            coverFrom.count == counties, budgets.count == years
        else { return "site, county or year arrays do not match the problem's sizes" }
        if let c = (clientCounty + siteCounty).first(where: { !(0..<counties).contains($0) }) {
            return "county index \(c) is outside 0..<\(counties)"
        }
        for t in 0..<years {
            if let j = demands[t].firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
                return "village \(labels.client(j)): demand \(demands[t][j]) in year \(t + 1)"
            }
        }
        for i in 0..<m {
            if let e = existingTier[i], !tiers.indices.contains(e) {
                return "site \(labels.site(i)): existing tier \(e) unknown"
            }
            if !(closingCost[i].isFinite && closingCost[i] >= 0) {
                return "site \(labels.site(i)): closing cost \(closingCost[i])"
            }
            if existingTier[i] == nil && firstYear[i] >= years && forced[i] {
                return "site \(labels.site(i)): forced open, but its land is only available after the last year"
            }
            if forced[i] && closed[i] { return "site \(labels.site(i)): both forced open and closed" }
        }
        if let b = budgets.compactMap({ $0 }).first(where: { !($0.isFinite && $0 >= 0) }) {
            return "budget \(b) is not >= 0"
        }
        let numbers = [reserve, discountRate, uncoveredCostPerParcel, costPerParcelKm, daysPerYear]
        guard numbers.allSatisfy({ $0.isFinite && $0 >= 0 }), daysPerYear > 0 else {
            return "reserve, discount rate, uncovered cost, transport rate and days a year must be finite and >= 0"
        }
        guard centersPerCounty >= 0 else { return "centers per county must be >= 0" }
        if let c = assignmentCharges, c.clients != n || c.sites != m {
            return "assignment charges are \(c.clients) x \(c.sites), the problem \(n) villages x \(m) sites"
        }
        let largest = tiers[tiers.count - 1].parcelsPerDay
        for c in 0..<counties {
            guard (0..<years).contains(coverFrom[c]) else {
                return "county \(labels.county(c)): cover year outside the horizon"
            }
            let sitesHere = (0..<m).filter { siteCounty[$0] == c && !closed[$0] }
            let villages = (0..<n).filter { clientCounty[$0] == c }
            if sitesHere.count < centersPerCounty && (!villages.isEmpty || centersPerCounty > 0) {
                return
                    "county \(labels.county(c)): \(sitesHere.count) candidate sites that may open, needs \(centersPerCounty)"
            }
            let t = years - 1
            let need = (1 + reserve) * villages.reduce(0.0) { $0 + demands[t][$1] }
            if need > largest * Double(sitesHere.count) * (1 + 1e-9) {
                return
                    "county \(labels.county(c)): \(Int(need.rounded())) parcels a day with the reserve in the last year,"
                    + " more than its \(sitesHere.count) sites can sort at the largest tier (\(Int(largest)) each)"
            }
            // From the cover year on every village needs a site that may serve it and whose land is free by then.
            let ready = sitesHere.filter { existingTier[$0] != nil || firstYear[$0] <= coverFrom[c] }
            for j in villages where !ready.contains(where: { allows(j, $0) }) {
                let reason =
                    sitesHere.contains(where: { allows(j, $0) })
                    ? "no site within the radius whose land is available by year \(coverFrom[c] + 1) (its cover year)"
                    : "no candidate site within the radius"
                return "village \(labels.client(j)) (county \(labels.county(c))): \(reason)"
            }
        }
        return nil
    }
}

/// `x^n` for a small whole `n` (no Foundation in this module's hot paths).
func pow1(_ x: Double, _ n: Int) -> Double {
    var r = 1.0
    for _ in 0..<max(n, 0) { r *= x }
    return r
}

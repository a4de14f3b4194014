// Firms choosing regional hubs: each firm runs its flows through one hub (shared hubs allowed), with per-firm levers.

/// Which firms build (or share) which regional hubs, with the toll subsidy and the award per firm in the cost.
///
/// Every firm (carrier) runs all its flows through exactly one open hub: its county centers' parcels on feeder
/// lines, its gateways' parcels on direct lines. Several firms may share a hub (快快合作). The cost of firm `f`
/// at hub `h` is precomputed by the caller (``lineCost``: trucks and tolls of its feeder and gateway lines a
/// year), so the model stays small and exact:
///
/// minimise `sum_h fixed_h w_h + sum_fh cost_fh x_fh - sum_f s_f - awardPerYear sum_f a_f`
/// - `sum_h x_fh = 1` (one hub per firm), `x_fh <= w_h`, `w_h <= sum_f x_fh` (no empty hub),
///   `hubCount` bounds `sum_h w_h`, `sum_f load_f x_fh <= capacity_h w_h`;
/// - subsidy: `s_f <= share * sum_h tolls_fh x_fh` and `0 <= s_f <= cap` (``subsidisedTolls`` are the ETC tolls
///   of the firm's out-of-province gateway lines from `h`);
/// - award: `a_f` binary, `a_f <= sum_h r_fh`, `r_fh <= x_fh`, `r_fh <= q_h`, and `q_h` binary only when hub `h`
///   handles at least `awardCoverage` of all parcels: `coverage * total * q_h <= sum_f load_f x_fh`. So the
///   award is paid at most once per firm, and only to firms whose hub covers the range.
public struct FirmHubProblem: Sendable {
    /// Number of firms and hub candidates.
    public let firms: Int
    public let hubs: Int
    /// Yearly fixed cost of each hub (paid once however many firms share it), its capacity (parcels a day).
    public var hubFixedCosts: [Double]
    public var hubCapacities: [Double?]
    /// How many hubs open in all.
    public var hubCount: ClosedRange<Int>
    /// Hubs kept open, and hubs that may not open.
    public var hubExisting: [Bool]
    public var hubClosed: [Bool]
    /// Yearly cost of firm `f`'s lines if its hub is `h` (row-major, firms x hubs), subsidy not deducted.
    public var lineCost: [Double]
    /// Yearly ETC tolls of firm `f`'s subsidised lines from hub `h` (row-major, firms x hubs).
    public var subsidisedTolls: [Double]
    /// Parcels a day each firm's hub handles.
    public var firmLoad: [Double]
    /// Refunded share of the subsidised tolls and the yearly cap per firm.
    public var subsidyShare: Double
    public var subsidyCap: Double
    /// The award per firm, as it counts in one year (the one-time award over its years).
    public var awardPerYear: Double
    /// Share of all parcels (``totalLoad``) a firm's hub must handle for the award (0: any hub qualifies).
    public var awardCoverage: Double
    /// All parcels a day (the coverage base).
    public var totalLoad: Double
    /// Names of firms and hubs for messages.
    public var firmNames: [String]
    public var hubNames: [String]

    /// Creates a problem; checks sizes and numbers.
    public init(
        firms: Int, hubs: Int, hubFixedCosts: [Double], hubCapacities: [Double?], hubCount: ClosedRange<Int>,
        lineCost: [Double], subsidisedTolls: [Double], firmLoad: [Double], subsidyShare: Double, subsidyCap: Double,
        awardPerYear: Double, awardCoverage: Double, totalLoad: Double
    ) throws(LocationError) {
        guard firms >= 1, hubs >= 1 else { throw .badInput("firm hubs: need at least one firm and one hub candidate") }
        guard hubFixedCosts.count == hubs, hubCapacities.count == hubs,
            lineCost.count == firms * hubs, subsidisedTolls.count == firms * hubs, firmLoad.count == firms
        else {
            throw .badInput("firm hubs: arrays do not match \(firms) firms x \(hubs) hubs")
        }
        guard hubCount.lowerBound >= 1, hubCount.upperBound <= hubs else {
            throw .badInput("firm hubs: \(hubCount.lowerBound)-\(hubCount.upperBound) hubs asked, \(hubs) candidates")
        }
        let numbers =
            hubFixedCosts + lineCost + subsidisedTolls + firmLoad + hubCapacities.compactMap { $0 }
            + [subsidyCap, awardPerYear, totalLoad]
        guard numbers.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw .badInput("firm hubs: costs, tolls, loads, capacities, cap and award must be finite and >= 0")
        }
        guard (0...1).contains(subsidyShare), (0...1).contains(awardCoverage) else {
            throw .badInput("firm hubs: the subsidy share and the award coverage must lie in [0, 1]")
        }
        self.firms = firms; self.hubs = hubs
        self.hubFixedCosts = hubFixedCosts; self.hubCapacities = hubCapacities; self.hubCount = hubCount
        hubExisting = [Bool](repeating: false, count: hubs)
        hubClosed = [Bool](repeating: false, count: hubs)
        self.lineCost = lineCost; self.subsidisedTolls = subsidisedTolls; self.firmLoad = firmLoad
        self.subsidyShare = subsidyShare; self.subsidyCap = subsidyCap
        self.awardPerYear = awardPerYear; self.awardCoverage = awardCoverage; self.totalLoad = totalLoad
        firmNames = (0..<firms).map { "firm \($0 + 1)" }
        hubNames = (0..<hubs).map { "hub \($0 + 1)" }
    }

    /// Firm `f`'s yearly subsidy at hub `h`: the share of its subsidised tolls, at most the cap.
    public func subsidy(firm f: Int, hub h: Int) -> Double {
        min(subsidyShare * subsidisedTolls[f * hubs + h], subsidyCap)
    }

    /// Whether a hub handling `load` parcels a day meets the award's coverage.
    public func covers(load: Double) -> Bool {
        load >= awardCoverage * totalLoad * (1 - 1e-12)
    }

    /// The objective of an assignment (`hubOf[f]`): fixed costs, line costs, less subsidies and awards.
    public func cost(hubOf: [Int]) -> (fixed: Double, lines: Double, subsidy: Double, award: Double, total: Double) {
        var load = [Double](repeating: 0, count: hubs)
        for f in 0..<firms { load[hubOf[f]] += firmLoad[f] }
        let fixed = Set(hubOf).sorted().reduce(0.0) { $0 + hubFixedCosts[$1] }
        var lines = 0.0, subsidy = 0.0, award = 0.0
        for f in 0..<firms {
            lines += lineCost[f * hubs + hubOf[f]]
            subsidy += self.subsidy(firm: f, hub: hubOf[f])
            if covers(load: load[hubOf[f]]) { award += awardPerYear }
        }
        return (fixed, lines, subsidy, award, fixed + lines - subsidy - award)
    }
}

/// The firms' hubs: which hub each firm uses, the open hubs, and the cost split (yearly yuan).
public struct FirmHubPlan: Sendable, Equatable {
    /// The hub of each firm.
    public var hubOf: [Int]
    /// Open hubs, ascending.
    public var open: [Int]
    /// Each firm's yearly subsidy and whether it receives the award.
    public var subsidy: [Double]
    public var awarded: [Bool]
    /// Hub fixed costs, line costs, subsidies, awards (per year) and the objective.
    public var fixed = 0.0, lines = 0.0, subsidyTotal = 0.0, award = 0.0, total = 0.0
}

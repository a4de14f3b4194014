// A multi-period plan by index (tier of each site each year, center of each village each year) and its costs.

/// Which tier each site runs at and which center serves each village, year by year.
public struct MultiPeriodSolution: Sendable, Equatable {
    /// `tier[site][year]`: the tier index, or -1 when the site is not open (not built yet, or closed).
    public var tier: [[Int]]
    /// `center[year][village]`: the serving site, or -1 when the village is not yet served by a center.
    public var center: [[Int]]

    /// A solution with every site shut and every village unserved.
    public init(sites: Int, clients: Int, years: Int) {
        tier = [[Int]](repeating: [Int](repeating: -1, count: years), count: sites)
        center = [[Int]](repeating: [Int](repeating: -1, count: clients), count: years)
    }
}

/// One year's costs (yuan, undiscounted) of a multi-period plan.
public struct MultiPeriodYearCosts: Sendable, Equatable {
    /// Building and expanding (tier differences), closing existing sites, running open sites.
    public var capital = 0.0
    public var closing = 0.0
    public var operating = 0.0
    /// Village transport to the centers, and the cost of parcels of villages not yet served by a center.
    public var transport = 0.0
    public var uncovered = 0.0
    /// Assignment charges (``MultiPeriodProblem/assignmentCharges``): priced by the model, not money spent.
    public var charges = 0.0
    /// All of the above.
    public var total: Double { capital + closing + operating + transport + uncovered + charges }
    public init() {}
}

extension MultiPeriodProblem {
    /// Each year's costs of `solution`, from the tiers and assignments alone (the verifier's and the reports'
    /// arithmetic): capital on every tier step up, closing when an existing site shuts, operating every open
    /// year, transport, uncovered parcels and assignment charges.
    public func yearCosts(of solution: MultiPeriodSolution) -> [MultiPeriodYearCosts] {
        var out = [MultiPeriodYearCosts](repeating: .init(), count: years)
        for i in 0..<sites {
            var before = existingTier[i] ?? -1
            for t in 0..<years {
                let now = solution.tier[i][t]
                if now > before { out[t].capital += tiers[now].capital - (before >= 0 ? tiers[before].capital : 0) }
                if now < 0, before >= 0, existingTier[i] != nil {
                    out[t].closing += closingCost[i]
                }
                if now >= 0 { out[t].operating += tiers[now].operatingPerYear }
                before = now
            }
        }
        for t in 0..<years {
            for j in 0..<clients {
                let i = solution.center[t][j]
                if i >= 0 {
                    out[t].transport += haulageCost(j, i, year: t)
                    out[t].charges += assignmentCharges?[j, i] ?? 0
                } else {
                    out[t].uncovered += uncoveredCostPerParcel * daysPerYear * demands[t][j]
                }
            }
        }
        return out
    }

    /// The discounted total of `costs` over the years (the model's objective).
    public func discountedTotal(_ costs: [MultiPeriodYearCosts]) -> Double {
        costs.indices.reduce(0.0) { $0 + discount($1) * costs[$1].total }
    }
}

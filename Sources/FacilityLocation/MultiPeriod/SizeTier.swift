// Size tiers of a site (S/M/L): sorting capacity, floor area, capital cost and yearly operating cost.

/// One size a county center or regional hub can be built at. Tiers are modular: a site at tier `k` has the
/// capacity of tier `k`, cost `capital` to build from nothing and `operatingPerYear` to run; expanding from
/// tier `a` to tier `b` costs `capital[b] - capital[a]`.
public struct SizeTier: Codable, Sendable, Equatable {
    /// Short name (`S`, `M`, `L`).
    public var name: String
    /// Parcels a day the site can sort.
    public var parcelsPerDay: Double
    /// Floor area in m² (reported; the model does not use it).
    public var floorArea: Double
    /// One-time cost of building the site at this tier from nothing (yuan).
    public var capital: Double
    /// Yearly cost of running the site at this tier (yuan a year: staff, lease, energy).
    public var operatingPerYear: Double

    /// A tier.
    public init(name: String, parcelsPerDay: Double, floorArea: Double, capital: Double, operatingPerYear: Double) {
        self.name = name
        self.parcelsPerDay = parcelsPerDay
        self.floorArea = floorArea
        self.capital = capital
        self.operatingPerYear = operatingPerYear
    }

    /// County-center tiers assumed by default (docs/plan.md, "Size tiers", gives the reasoning); a scenario's
    /// `years.center_tiers` replaces them.
    public static let countyCenterDefaults = [
        SizeTier(name: "S", parcelsPerDay: 30_000, floorArea: 3_000, capital: 3_000_000, operatingPerYear: 1_000_000),
        SizeTier(name: "M", parcelsPerDay: 100_000, floorArea: 8_000, capital: 8_000_000, operatingPerYear: 2_500_000),
        SizeTier(
            name: "L", parcelsPerDay: 300_000, floorArea: 20_000, capital: 20_000_000, operatingPerYear: 6_000_000),
    ]

    /// Checks that `tiers` is a usable ladder: at least one tier, finite non-negative numbers, capacity strictly
    /// growing, capital and operating cost not shrinking (so expanding never lowers a cost). Returns
    /// the first problem found, naming the tier.
    public static func problem(in tiers: [SizeTier]) -> String? {
        guard !tiers.isEmpty else { return "no size tiers" }
        for (k, t) in tiers.enumerated() {
            let numbers = [t.parcelsPerDay, t.floorArea, t.capital, t.operatingPerYear]
            if numbers.contains(where: { !($0.isFinite && $0 >= 0) }) {
                return "tier \(t.name): every number must be finite and >= 0"
            }
            if t.parcelsPerDay <= 0 { return "tier \(t.name): parcels_per_day must be > 0" }
            guard k > 0 else { continue }
            let p = tiers[k - 1]
            if t.parcelsPerDay <= p.parcelsPerDay || t.capital < p.capital || t.operatingPerYear < p.operatingPerYear {
                return "tier \(t.name): tiers must be listed small to large (more parcels a day, capital and operating"
                    + " cost not below tier \(p.name)'s)"
            }
        }
        return nil
    }
}

// Regional hubs' size tiers and the rule that sizes a hub year by year: the smallest size that holds its load.

extension SizeTier {
    /// Regional-hub tiers assumed by default, roughly ten times a county center's (docs/plan.md, "Size tiers");
    /// a scenario's `years.hub_tiers` replaces them.
    public static let regionalHubDefaults = [
        SizeTier(
            name: "S", parcelsPerDay: 300_000, floorArea: 25_000, capital: 25_000_000, operatingPerYear: 8_000_000),
        SizeTier(
            name: "M", parcelsPerDay: 1_000_000, floorArea: 70_000, capital: 70_000_000, operatingPerYear: 20_000_000),
        SizeTier(
            name: "L", parcelsPerDay: 3_000_000, floorArea: 180_000, capital: 180_000_000,
            operatingPerYear: 50_000_000),
    ]
}

/// A hub's size in one year: a tier, and how many modules of it run side by side. More than one module only
/// of the largest tier, when even it cannot hold the hub's load alone.
public struct HubSize: Sendable, Equatable, Comparable {
    /// Index into the tier ladder.
    public var tier: Int
    /// Modules of that tier (1 but for a hub that outgrew the largest tier).
    public var modules: Int

    /// A size of `modules` x tier `tier`.
    public init(tier: Int, modules: Int = 1) {
        self.tier = tier
        self.modules = modules
    }

    /// Sizes grow with the tier, then with the modules (so with the capacity, tiers growing strictly).
    public static func < (a: HubSize, b: HubSize) -> Bool {
        a.tier != b.tier ? a.tier < b.tier : a.modules < b.modules
    }

    /// Parcels a day, capital and yearly operating cost of the size on `tiers`.
    public func capacity(_ tiers: [SizeTier]) -> Double { Double(modules) * tiers[tier].parcelsPerDay }
    public func capital(_ tiers: [SizeTier]) -> Double { Double(modules) * tiers[tier].capital }
    public func operating(_ tiers: [SizeTier]) -> Double { Double(modules) * tiers[tier].operatingPerYear }
}

/// Sizes regional hubs over the planning years on a tier ladder (``SizeTier/problem(in:)`` holds).
///
/// Rule: each year a hub is open it has the smallest size whose capacity is at least `(1 + reserve)` times its
/// load that year, and never less than the year before (sizes never shrink). Because tiers' capital and
/// operating costs grow with their size and an expansion costs the difference of capitals, this is the
/// cheapest build-out of the hub over the years that holds every year's load: any other must be at least as
/// large every year (it holds the same loads and never shrinks), so it operates at no lower cost, and its
/// capital sums to at least the last size's.
public enum HubSizing {
    /// The smallest size holding `load` parcels a day with `reserve`: the smallest tier that holds it, else the
    /// fewest modules of the largest tier that do.
    /// - Complexity: O(tiers).
    public static func smallest(holding load: Double, tiers: [SizeTier], reserve: Double) -> HubSize {
        let need = (1 + reserve) * load
        if let k = tiers.firstIndex(where: { $0.parcelsPerDay >= need }) { return HubSize(tier: k) }
        let top = tiers.count - 1
        let modules = Int((need / tiers[top].parcelsPerDay * (1 - 1e-12)).rounded(.up))
        return HubSize(tier: top, modules: max(1, modules))
    }

    /// The size an existing hub runs at: the smallest that sorts its stated `capacity` (no reserve), the
    /// smallest tier when it states none (as for existing county centers).
    public static func existing(capacity: Double?, tiers: [SizeTier]) -> HubSize {
        capacity.map { smallest(holding: $0, tiers: tiers, reserve: 0) } ?? HubSize(tier: 0)
    }

    /// Each year's size of a hub with `loads[t]` parcels a day, open in the years where `open[t]` (once open,
    /// open every later year) or from the start when it is `existing` at a size; `nil` in the years before it
    /// opens.
    /// - Complexity: O(years x tiers).
    public static func sizes(
        loads: [Double], open: [Bool], tiers: [SizeTier], reserve: Double, existing: HubSize? = nil
    ) -> [HubSize?] {
        var sizes: [HubSize?] = []
        var current = existing
        for (t, load) in loads.enumerated() {
            if open[t] || current != nil {
                let fit = smallest(holding: load, tiers: tiers, reserve: reserve)
                current = current.map { max($0, fit) } ?? fit
            }
            sizes.append(current)
        }
        return sizes
    }
}

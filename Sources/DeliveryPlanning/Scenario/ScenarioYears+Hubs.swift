// Existing regional hubs of a build-out (`years.existing_hubs`): a hub that already runs at a size.
import FacilityLocation

extension Scenario.Years {
    /// A regional hub that already runs at a size (`--from` writes the previous plan's hubs so): it is kept open
    /// by the hub model and, in the build-out, runs from the first year at that size, kept or expanded, never
    /// paying its own capital again (docs/plan.md, "Regional hubs year by year").
    public struct ExistingHub: Codable, Sendable, Equatable {
        /// Node id or name of the regional-hub candidate.
        public var hub: String
        /// Hub tier name (of `hub_tiers`), and modules of it (more than 1 only of the largest tier).
        public var tier: String
        public var modules: Int
        /// A hub running at `modules` x `tier`.
        public init(hub: String, tier: String, modules: Int = 1) {
            self.hub = hub
            self.tier = tier
            self.modules = modules
        }

        /// The size on `tiers`, `nil` when the tier is not one of them or the modules do not fit the rule.
        public func size(_ tiers: [SizeTier]) -> HubSize? {
            guard let k = tiers.firstIndex(where: { $0.name == tier }), modules >= 1,
                modules == 1 || k == tiers.count - 1
            else { return nil }
            return HubSize(tier: k, modules: modules)
        }
    }

    /// The existing hub entry naming the node `id` (or its `name`), if any.
    public func existingHub(id: String, name: String) -> ExistingHub? {
        existingHubs?.first { $0.hub == id || $0.hub == name }
    }
}

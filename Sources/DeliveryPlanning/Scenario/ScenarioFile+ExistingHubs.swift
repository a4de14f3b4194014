// Reads `years.existing_hubs` of a scenario file: regional hubs already running at a size tier.
import FacilityLocation

extension ScenarioFile {
    /// The existing hubs under `existing_hubs` of the `years` section `f`, their tiers checked against `tiers`
    /// (the hub tiers in force); `nil` without the key.
    /// ```yaml
    /// existing_hubs: [{hub: rh-1, tier: M}, {hub: rh-3, tier: L, modules: 2}]
    /// ```
    static func existingHubs(
        _ f: inout ScenarioFields, tiers: [SizeTier]
    ) throws(PlanError) -> [Scenario.Years
        .ExistingHub]?
    {
        guard let value = f.node("existing_hubs") else { return nil }
        guard let items = value.sequence else { throw f.fail("existing_hubs", value, "expected a list of {hub, tier}") }
        var hubs: [Scenario.Years.ExistingHub] = []
        for (i, item) in items.enumerated() {
            var s = try ScenarioFields(file: f.file, path: f.keyPath("existing_hubs[\(i)]"), node: item)
            guard let hub = try s.string("hub") else { throw s.fail("hub", item, "missing (a node id or name)") }
            guard let tier = try s.string("tier") else { throw s.fail("tier", item, "missing (a hub tier name)") }
            let entry = Scenario.Years.ExistingHub(
                hub: hub, tier: tier, modules: try s.integer("modules", in: 1...1000) ?? 1)
            if entry.size(tiers) == nil {
                throw s.fail(
                    "tier", item,
                    "no hub size \(entry.modules) x \(tier) (hub tiers: \(tiers.map(\.name).joined(separator: ", ")); "
                        + "modules only of the largest)")
            }
            try s.rejectUnknownKeys()
            hubs.append(entry)
        }
        return hubs
    }
}

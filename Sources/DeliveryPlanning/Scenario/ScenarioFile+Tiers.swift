// Reads a list of size tiers from a scenario file (`years.center_tiers`, `years.hub_tiers`).
import FacilityLocation

extension ScenarioFile {
    /// The tiers under `key` of `f`, small to large, checked with ``SizeTier/problem(in:)``; `nil` without the key.
    /// ```yaml
    /// center_tiers:
    ///   - {name: S, parcels_per_day: 30000, floor_m2: 3000, capital: 3000000, operating_per_year: 1000000}
    /// ```
    static func tiers(_ f: inout ScenarioFields, key: String) throws(PlanError) -> [SizeTier]? {
        guard let value = f.node(key) else { return nil }
        guard let items = value.sequence else { throw f.fail(key, value, "expected a list of tiers") }
        var tiers: [SizeTier] = []
        for (i, item) in items.enumerated() {
            var s = try ScenarioFields(file: f.file, path: f.keyPath("\(key)[\(i)]"), node: item)
            guard let name = try s.string("name") else { throw s.fail("name", item, "missing (e.g. S)") }
            func need(_ field: String) throws(PlanError) -> Double {
                guard let x = try s.number(field) else { throw s.fail(field, item, "missing") }
                return x
            }
            tiers.append(
                SizeTier(
                    name: name, parcelsPerDay: try need("parcels_per_day"), floorArea: try s.number("floor_m2") ?? 0,
                    capital: try need("capital"), operatingPerYear: try need("operating_per_year")))
            try s.rejectUnknownKeys()
        }
        if let message = SizeTier.problem(in: tiers) { throw f.fail(key, value, message) }
        return tiers
    }
}

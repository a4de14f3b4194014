// Reads scenario files (YAML, or JSON, which YAML includes) into a Scenario, naming file, line and key on errors.
import Foundation
import Yams

/// Scenario files: `hubplan plan --scenario FILE`, `hubplan sweep FILE`.
///
/// Keys are snake_case; every key is optional (see ``Scenario`` for the defaults):
/// ```yaml
/// name: datong-2027
/// network: ../Networks/datong      # relative to this file
/// counties: [140221, 140222]       # only these (adcodes or names)
/// seed: 7
/// demand: {growth: 1.5}            # or {target_parcels_per_year: 600000000}
/// hubs: {count: 3..5, closed: [], forced: [], capacity: 800000}
/// centers: {per_county: 1, radius_km: 40, radius_min: 60, closed: [], forced: []}
/// closed_roads: [{from: a, to: b}]       # a network edge; on osm distances: closed_ways: [OSM way ids]
/// fleet: {file: fleet.json, capacity: 800, vehicles: 6, cost_per_km: 2.5, fixed_cost_per_day: 300, shift_minutes: 480}
/// policy: {toll_subsidy_share: 0.3, toll_subsidy_cap: 500000, award_per_firm: 300000, award_coverage: 0.2,
///          award_years: 5}          # award_coverage: a share of parcels, or {counties: 4} / {share: 0.2}
/// rates: {per_parcel_km: 0.01, line_haul_per_parcel_km: 0.002, toll_per_parcel_km: 0.0005, days_per_year: 365,
///         truck_parcels: 8000, truck_cost_per_km: 4, truck_toll_per_km: 1.5}
/// co_delivery: true
/// time_limits: {total: 300, location: 60, routing_per_county: 2}
/// postal_backstop: {km: 30, max_parcels: 5, fee_per_parcel: 1.0}   # operating models: OperatingModelLevers
/// stability: 2000                  # with --from: yuan per village moved to another center
/// ```
public enum ScenarioFile {
    /// Reads and checks the scenario at `path`; a relative `network` is resolved against the file's folder.
    public static func read(_ path: String) throws(PlanError) -> Scenario {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badInput("\(path): cannot read the scenario file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .badInput("\(path): not UTF-8 text") }
        var scenario = try parse(text, file: path)
        if let network = scenario.network, !network.hasPrefix("/") {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            scenario.network = folder.appendingPathComponent(network).standardizedFileURL.path
        }
        return scenario
    }

    /// Parses scenario text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(PlanError) -> Scenario {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw .badInput("\(file): not valid YAML or JSON: \(error)")
        }
        var scenario = Scenario()
        guard let root else { return scenario }
        var top = try ScenarioFields(file: file, path: "", node: root)
        scenario.name = try top.string("name") ?? scenario.name
        scenario.network = try top.string("network")
        scenario.counties = try top.strings("counties") ?? []
        scenario.seed = UInt64(try top.integer("seed") ?? Int(scenario.seed))
        scenario.coDelivery = try top.bool("co_delivery") ?? scenario.coDelivery
        if let lang = try top.string("lang") {
            guard Scenario.languages.contains(lang) else {
                throw top.fail("lang", top.mapping[Yams.Node("lang")], "expected zh or en, found \"\(lang)\"")
            }
            scenario.lang = lang
        }
        if var f = try top.section("demand") {
            scenario.demand.growth = try f.number("growth", in: 0.01...1000) ?? scenario.demand.growth
            scenario.demand.targetParcelsPerYear = try f.number("target_parcels_per_year", in: 1...1e13)
            try f.rejectUnknownKeys()
        }
        if var f = try top.section("hubs") {
            scenario.hubs.count = try f.range("count", in: 0...1000) ?? scenario.hubs.count
            scenario.hubs.closed = try f.strings("closed") ?? []
            scenario.hubs.forced = try f.strings("forced") ?? []
            try f.rejectClosedAndForced(closed: scenario.hubs.closed, forced: scenario.hubs.forced)
            scenario.hubs.capacity = try f.number("capacity", in: 1...1e12)
            try f.rejectUnknownKeys()
        }
        if var f = try top.section("centers") {
            scenario.centers.perCounty = try f.integer("per_county", in: 1...100) ?? scenario.centers.perCounty
            scenario.centers.radiusKm = try f.number("radius_km", in: 0.001...10_000)
            scenario.centers.radiusMinutes = try f.number("radius_min", in: 0.001...100_000)
            scenario.centers.closed = try f.strings("closed") ?? []
            scenario.centers.forced = try f.strings("forced") ?? []
            try f.rejectClosedAndForced(closed: scenario.centers.closed, forced: scenario.centers.forced)
            try f.rejectUnknownKeys()
        }
        scenario.closedRoads = try roads(&top)
        scenario.closedWays = try ClosedRoads.ways(&top)
        if var f = try top.section("fleet") {
            // One fleet format: a FleetSpec file (as `hubplan route --fleet` reads), then the default van's changes.
            if let path = try f.string("file") {
                let resolved =
                    path.hasPrefix("/")
                    ? path
                    : URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(path).path
                do { scenario.fleet = try FleetSpec.read(resolved) } catch {
                    throw .badInput("\(file): fleet.file: \(error.message)")
                }
            }
            if let c = try f.number("capacity", in: 1...1e9) {
                scenario.fleet.vans[0].capacityParcels = Int(c.rounded())
            }
            if let n = try f.integer("vehicles", in: 1...100_000) { scenario.fleet.vans[0].count = n }
            if let c = try f.number("cost_per_km") { scenario.fleet.vans[0].costPerKm = c }
            if let c = try f.number("fixed_cost_per_day") { scenario.fleet.vans[0].fixedCostPerDay = c }
            if let m = try f.number("shift_minutes", in: 1...10_080) { scenario.fleet.shiftHours = m / 60 }
            try f.rejectUnknownKeys()
        }
        if var f = try top.section("policy") {
            scenario.policy.tollSubsidyShare =
                try f.number("toll_subsidy_share", in: 0...1) ?? scenario.policy.tollSubsidyShare
            scenario.policy.tollSubsidyCap = try f.number("toll_subsidy_cap") ?? scenario.policy.tollSubsidyCap
            let oldAward = try f.number("award_per_hub")
            scenario.policy.awardPerFirm = try f.number("award_per_firm") ?? oldAward ?? scenario.policy.awardPerFirm
            try readAwardCoverage(&f, into: &scenario.policy)
            scenario.policy.awardYears = try f.number("award_years", in: 1...100) ?? scenario.policy.awardYears
            try f.rejectUnknownKeys()
        }
        if var f = try top.section("rates") {
            scenario.rates.perParcelKm = try f.number("per_parcel_km") ?? scenario.rates.perParcelKm
            scenario.rates.lineHaulPerParcelKm =
                try f.number("line_haul_per_parcel_km") ?? scenario.rates.lineHaulPerParcelKm
            scenario.rates.tollPerParcelKm = try f.number("toll_per_parcel_km") ?? scenario.rates.tollPerParcelKm
            scenario.rates.daysPerYear = try f.number("days_per_year", in: 1...366) ?? scenario.rates.daysPerYear
            scenario.rates.truckParcels = try f.number("truck_parcels", in: 1...1e7) ?? scenario.rates.truckParcels
            scenario.rates.truckCostPerKm = try f.number("truck_cost_per_km") ?? scenario.rates.truckCostPerKm
            scenario.rates.truckTollPerKm = try f.number("truck_toll_per_km") ?? scenario.rates.truckTollPerKm
            try f.rejectUnknownKeys()
        }
        if var f = try top.section("time_limits") {
            scenario.timeLimits.total = try f.number("total", in: 0.001...1e7)
            scenario.timeLimits.location = try f.number("location", in: 0.001...1e7) ?? scenario.timeLimits.location
            scenario.timeLimits.hubs = try f.number("hubs", in: 0.001...1e7)
            scenario.timeLimits.routingPerCounty =
                try f.number("routing_per_county", in: 0.001...1e7)
                ?? scenario.timeLimits.routingPerCounty
            scenario.timeLimits.routingIterations = try f.integer("routing_iterations", in: 1...10_000_000)
            try f.rejectUnknownKeys()
        }
        scenario.years = try years(&top)
        scenario.stability = try top.number("stability", in: 0...1e9)
        try OperatingModelLevers.read(&top, into: &scenario)
        try top.rejectUnknownKeys()
        return scenario
    }

    private static func roads(_ top: inout ScenarioFields) throws(PlanError) -> [Scenario.Road] {
        guard let value = top.node("closed_roads") else { return [] }
        guard let items = value.sequence else { throw top.fail("closed_roads", value, "expected a list of {from, to}") }
        var roads: [Scenario.Road] = []
        for (i, item) in items.enumerated() {
            var f = try ScenarioFields(file: top.file, path: top.keyPath("closed_roads[\(i)]"), node: item)
            guard let from = try f.string("from") else { throw f.fail("from", item, "missing (the id of one end)") }
            guard let to = try f.string("to") else { throw f.fail("to", item, "missing (the id of the other end)") }
            try f.rejectUnknownKeys()
            roads.append(Scenario.Road(from: from, to: to))
        }
        return roads
    }
}

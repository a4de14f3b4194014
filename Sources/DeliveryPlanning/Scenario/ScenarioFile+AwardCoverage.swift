// Reads policy.award_coverage in either form: a share of the parcels, or a number of counties.
import Yams

extension ScenarioFile {
    /// `award_coverage: 0.2` or `{share: 0.2}` (a share of all parcels handled) or `{counties: 4}` (a hub's feeder
    /// lines come from centers in at least 4 counties). One form only; the counties form replaces the share.
    static func readAwardCoverage(_ f: inout ScenarioFields, into policy: inout Scenario.Policy) throws(PlanError) {
        guard let value = f.mapping[Node("award_coverage")], value.mapping != nil else {
            policy.awardCoverage = try f.number("award_coverage", in: 0...1) ?? policy.awardCoverage
            return
        }
        guard var c = try f.section("award_coverage") else { return }
        let share = try c.number("share", in: 0...1)
        let counties = try c.integer("counties", in: 0...100_000)
        try c.rejectUnknownKeys()
        guard (share == nil) != (counties == nil) else {
            throw ScenarioFields.error(
                file: c.file, node: value, path: c.path, "give either share (0..1) or counties (a whole number)")
        }
        if let share { policy.awardCoverage = share; policy.awardCoverageCounties = nil }
        if let counties { policy.awardCoverageCounties = counties }
    }
}

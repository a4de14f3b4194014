// Datong's one-time award: up to a fixed sum once per firm whose regional center covers a given range.
import FacilityLocation

/// The award rule (Datong action plan, Aug 2025): `perFirm` yuan once per firm (每个市场主体只能领取一次) that
/// builds a regional center covering a given range. HubPlan reads the range (`award_coverage`) in one of two
/// forms: a share of all parcels the city handles (the hub handles at least that share, of all firms together),
/// or a number of counties (the hub receives feeder lines, of any firm, from centers in at least that many
/// counties). A firm qualifies when a hub it uses covers the range, whether it built the hub alone or shares it.
/// In a yearly objective the one-time award counts `perFirm / years` a year (spread evenly, undiscounted).
public struct AwardRule: Sendable, Equatable {
    public var perFirm: Double
    public var coverage: FirmHubProblem.AwardCoverage
    public var years: Double

    /// The rule of `policy`: counties when `awardCoverageCounties` is set, otherwise the parcel share.
    public init(_ policy: Scenario.Policy) {
        perFirm = policy.awardPerFirm
        coverage = policy.awardCoverageCounties.map { .counties($0) } ?? .share(policy.awardCoverage)
        years = policy.awardYears
    }

    /// What the award is worth in one year of the objective.
    public var perYear: Double { perFirm / years }

    /// Whether a hub handling `hubLoad` of `totalLoad` parcels a day, with centers in `counties` counties sending
    /// it parcels, covers the range.
    public func covers(hubLoad: Double, totalLoad: Double, counties: Int) -> Bool {
        switch coverage {
        case .share(let s): hubLoad >= s * totalLoad * (1 - 1e-12)
        case .counties(let n): counties >= n
        }
    }

    /// The range in words, for messages and reports.
    public var range: String {
        switch coverage {
        case .share(let s): "\(Double(Int((s * 1000).rounded())) / 10)% of the parcels"
        case .counties(let n): "\(n) counties"
        }
    }
}

// Datong's one-time award: up to a fixed sum once per firm whose regional center covers a given range.

/// The award rule (Datong action plan, Aug 2025): `perFirm` yuan once per firm (每个市场主体只能领取一次) that
/// builds a regional center covering a given range. HubPlan reads the range as a share of all parcels the city
/// handles (`coverage`): a firm qualifies when the hub it uses handles at least that share, whether it built the
/// hub alone or shares it. In a yearly objective the one-time award counts `perFirm / years` a year
/// (spread evenly over the planning years, undiscounted).
public struct AwardRule: Sendable, Equatable {
    public var perFirm: Double
    public var coverage: Double
    public var years: Double

    /// The rule of `policy`.
    public init(_ policy: Scenario.Policy) {
        perFirm = policy.awardPerFirm
        coverage = policy.awardCoverage
        years = policy.awardYears
    }

    /// What the award is worth in one year of the objective.
    public var perYear: Double { perFirm / years }

    /// Whether a hub handling `hubLoad` of `totalLoad` parcels a day covers the range.
    public func covers(hubLoad: Double, totalLoad: Double) -> Bool {
        hubLoad >= coverage * totalLoad * (1 - 1e-12)
    }
}

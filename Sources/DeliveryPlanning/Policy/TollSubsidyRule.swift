// Datong's ETC toll subsidy: a share of the tolls of direct lines from a regional hub to cities outside the province.

/// The toll subsidy rule (Datong action plan, Aug 2025): `share` of the ETC tolls of a firm's direct highway
/// lines from a regional center through Datong to cities outside the province, at most `cap` per firm a year.
/// Feeder lines (county center -> hub) and lines to cities inside the province earn nothing.
///
/// When the cap binds, every eligible line's subsidy is scaled down by the same factor, so a firm's lines add up
/// to what it is paid.
public struct TollSubsidyRule: Sendable, Equatable {
    public var share: Double
    public var cap: Double

    /// The rule of `policy`.
    public init(_ policy: Scenario.Policy) {
        share = policy.tollSubsidyShare
        cap = policy.tollSubsidyCap
    }

    /// Whether a line earns the subsidy.
    public static func eligible(gatewayLine: Bool, outOfProvince: Bool) -> Bool { gatewayLine && outOfProvince }

    /// A firm's yearly subsidy for `eligibleTolls`, and whether the cap cut it.
    public func firmSubsidy(eligibleTolls: Double) -> (subsidy: Double, capped: Bool) {
        let full = share * eligibleTolls
        return full > cap ? (cap, true) : (full, false)
    }

    /// One eligible line's part of the firm's subsidy.
    public func lineSubsidy(tolls: Double, firmEligibleTolls: Double) -> Double {
        guard firmEligibleTolls > 0 else { return 0 }
        return firmSubsidy(eligibleTolls: firmEligibleTolls).subsidy * tolls / firmEligibleTolls
    }
}

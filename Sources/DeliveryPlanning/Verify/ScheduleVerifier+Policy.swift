// The verifier's checks of the policy's money per build-out year: the toll subsidy and the one-time award.

extension ScheduleVerifier {
    /// Checks each period's `costs.subsidy` and `costs.award` and their totals against the verifier's own years
    /// (`years[t]`, `nil` where a year could not be recomputed): with firms, the year's subsidy is the firms'
    /// (each `toll_subsidy_share` x its out-of-province gateway lines' tolls, at most `toll_subsidy_cap`), the
    /// award `award_per_firm` for each firm qualifying that year for the first time (paid once per firm, never
    /// again), the last year's subsidy the plan's `costs.tollSubsidy` and its qualifying firms the plan's firms
    /// paid the award; without firms neither is present.
    static func verifyYearPolicy(_ plan: NetworkPlan, years: [HubYear?]) -> [String] {
        guard let schedule = plan.schedule else { return [] }
        var v: [String] = []
        func off(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) > 1e-6 * max(1, abs(b)) } ?? true }
        let perFirm = plan.scenario.policy.awardPerFirm
        var paid: Set<String> = [], subsidyTotal = 0.0, awardTotal = 0.0, byFirm = false
        for (period, year) in zip(schedule.periods, years) {
            guard let year else { continue }
            let y = period.year, costs = period.costs
            guard year.byFirm else {
                if costs.subsidy != nil || costs.award != nil {
                    v.append("schedule \(y): a subsidy or award without firms (the network has no gateways)")
                }
                continue
            }
            byFirm = true
            let subsidy = year.subsidy.keys.sorted().reduce(0) { $0 + year.subsidy[$1]! }
            let newly = year.qualifying.filter { paid.insert($0).inserted }
            let award = perFirm * Double(newly.count)
            if off(costs.subsidy, subsidy) {
                v.append(
                    "schedule \(y) costs.subsidy: \(costs.subsidy.map(fmt) ?? "missing"), recomputed \(fmt(subsidy))"
                        + " (each firm's share of its out-of-province gateway tolls, capped a year)")
            }
            if off(costs.award, award) {
                v.append(
                    "schedule \(y) costs.award: \(costs.award.map(fmt) ?? "missing"), recomputed \(fmt(award))"
                        + " (once per firm, in its first qualifying year: \(newly.joined(separator: ", ")))")
            }
            subsidyTotal += subsidy
            awardTotal += award
        }
        guard byFirm else { return v }
        for (field, claimed, recomputed) in [
            ("subsidy", schedule.totals.subsidy, subsidyTotal), ("award", schedule.totals.award, awardTotal),
        ] where off(claimed, recomputed) {
            v.append("schedule.totals.\(field): \(claimed.map(fmt) ?? "missing"), recomputed \(fmt(recomputed))")
        }
        // The plan's own costs are its last year's network: the firms it pays the award are that year's qualifiers.
        if let last = schedule.periods.last, let year = years.last ?? nil, year.byFirm {
            let due = Set(year.qualifying), paidInPlan = Set(plan.firms.filter { $0.award > 0 }.map(\.id))
            if due != paidInPlan {
                v.append(
                    "schedule \(last.year): firms qualifying for the award \(due.sorted().joined(separator: ", ")),"
                        + " the plan's firms paid it \(paidInPlan.sorted().joined(separator: ", "))")
            }
        }
        if let last = schedule.periods.last, let subsidy = last.costs.subsidy, off(subsidy, plan.costs.tollSubsidy) {
            v.append(
                "schedule \(last.year) costs.subsidy: \(fmt(subsidy)), the plan's toll subsidy is "
                    + fmt(plan.costs.tollSubsidy))
        }
        return v
    }
}

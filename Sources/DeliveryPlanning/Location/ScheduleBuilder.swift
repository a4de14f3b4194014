// Turns the multi-period solutions (one per county, or one) into plan.json's year-by-year schedule.
import FacilityLocation
import RoadNetwork

/// Writes each year's site actions (open, expand, keep, close), loads, assignments and costs by node id.
struct ScheduleBuilder {
    let network: Network
    let years: Scenario.Years
    /// Each year's demand factor on the network as given, and the factor the network carries.
    let factors: [Double]
    let growth: Double

    func build(
        _ parts: [(inputs: LocationInputs, problem: MultiPeriodProblem, result: MultiPeriodResult)],
        seconds: Double
    ) -> NetworkPlan.Schedule {
        let yearCount = years.steps.count
        let perDay =
            network.nodes.filter(\.kind.isDemandPoint).reduce(0.0) { $0 + ScenarioNetwork.demand(of: $1) } / growth
        var periods = years.steps.enumerated().map { t, step in
            NetworkPlan.Schedule.Period(
                year: step.year, growth: factors[t], parcelsPerDay: perDay * factors[t], budget: step.budget,
                sites: [], assignments: [], uncovered: [], costs: .init())
        }
        var objective = 0.0, bound = 0.0
        var optimal = true
        for part in parts {
            let x = part.inputs, p = part.problem, r = part.result, s = r.solution!
            objective += r.objective
            bound += r.bound
            optimal = optimal && r.status == .optimal
            let costs = p.yearCosts(of: s)
            for t in 0..<yearCount {
                for i in 0..<p.sites {
                    let node = network.nodes[x.siteNodes[i]]
                    let before = t > 0 ? s.tier[i][t - 1] : (p.existingTier[i] ?? -1)
                    let now = s.tier[i][t]
                    guard now >= 0 || before >= 0 else { continue }
                    let action: NetworkPlan.Schedule.Action =
                        now < 0 ? .close : before < 0 ? .open : now > before ? .expand : .keep
                    // A closed site stays listed only in its closing year.
                    if action == .close && t > 0 && s.tier[i][t - 1] < 0 { continue }
                    let load = (0..<p.clients).filter { s.center[t][$0] == i }.reduce(0.0) { $0 + p.demands[t][$1] }
                    let capital = now > before ? p.tiers[now].capital - (before >= 0 ? p.tiers[before].capital : 0) : 0
                    periods[t].sites.append(
                        .init(
                            id: node.id, name: node.name, county: node.county ?? "", action: action,
                            tier: now >= 0 ? p.tiers[now].name : nil,
                            capacity: now >= 0 ? p.tiers[now].parcelsPerDay : 0,
                            load: load, capital: capital, closing: action == .close ? p.closingCost[i] : 0,
                            operating: now >= 0 ? p.tiers[now].operatingPerYear : 0))
                }
                for j in 0..<p.clients {
                    let id = network.nodes[x.clientNodes[j]].id
                    let i = s.center[t][j]
                    if i >= 0 {
                        periods[t].assignments.append(.init(node: id, center: network.nodes[x.siteNodes[i]].id))
                    } else {
                        periods[t].uncovered.append(id)
                    }
                }
                let c = costs[t]
                periods[t].costs.capital += c.capital
                periods[t].costs.closing += c.closing
                periods[t].costs.operating += c.operating
                periods[t].costs.transport += c.transport
                periods[t].costs.uncovered += c.uncovered
            }
        }
        var totals = NetworkPlan.Schedule.Costs()
        for t in 0..<yearCount {
            var c = periods[t].costs
            c.total = c.capital + c.closing + c.operating + c.transport + c.uncovered
            c.discounted = c.total * Self.discount(years.discountRate, t)
            periods[t].costs = c
            totals.capital += c.capital
            totals.closing += c.closing
            totals.operating += c.operating
            totals.transport += c.transport
            totals.uncovered += c.uncovered
            totals.total += c.total
            totals.discounted += c.discounted
        }
        // A county cut short before GLPK proved any bound leaves the bound unknown (0, so the gap reads 100%).
        if !bound.isFinite { bound = 0 }
        let gap = optimal ? 0 : max(0, objective - bound) / max(abs(objective), 1e-9)
        return NetworkPlan.Schedule(
            status: optimal ? .optimal : .feasible, objective: objective, bound: optimal ? objective : bound, gap: gap,
            seconds: seconds, tiers: years.centerTiers, reserve: years.reserve, discountRate: years.discountRate,
            periods: periods, totals: totals)
    }

    /// `1 / (1 + rate)^t`.
    static func discount(_ rate: Double, _ t: Int) -> Double {
        var d = 1.0
        for _ in 0..<t { d /= 1 + rate }
        return d
    }
}

// `routing_years: all`: each earlier year's network (its demand, its centers) routed, its routing cost recorded.
import RoadNetwork
import SolverControl

/// The network and the centers of one year of a build-out, for routing that year. Shared by the pipeline and
/// the verifier's year check: a year's network is the plan's (last-year) network with every demand point's
/// parcels and produce scaled to that year's demand, villages not yet served by a center at zero (their
/// carriers deliver alone), and only the counties with a center that year.
public enum YearRouting {
    /// The network of `period`, from `network` at the demand factor `lastGrowth`.
    public static func network(_ network: Network, period: NetworkPlan.Schedule.Period, lastGrowth: Double) -> Network {
        var year = network
        let ratio = lastGrowth > 0 ? period.growth / lastGrowth : 1
        let unserved = Set(period.uncovered)
        for i in year.nodes.indices where year.nodes[i].kind.isDemandPoint {
            let off = unserved.contains(year.nodes[i].id)
            year.nodes[i].parcels = year.nodes[i].parcels.mapValues { off ? 0 : $0 * ratio }
            if year.nodes[i].pickups != nil { year.nodes[i].pickups!.perDay *= off ? 0 : ratio }
        }
        let open = Set(period.sites.filter { $0.action != .close }.map(\.county))
        year.counties = year.counties.filter { open.contains($0.code) }
        return year
    }

    /// `period`'s open sites and assignments as the location plan routing starts from.
    static func centers(_ period: NetworkPlan.Schedule.Period, network: Network) -> LocationPlan {
        var plan = LocationPlan(
            network: network.name, model: "multi-period", objective: 0, bound: 0, gap: 0, optimal: true,
            status: .optimal, seconds: 0, parameters: [:], sites: [], assignments: [], hubs: [], lines: [],
            costs: .init(), method: [:])
        for s in period.sites where s.action != .close {
            plan.sites.append(
                .init(
                    id: s.id, name: s.name, kind: "county-center", county: s.county, clients: 0, parcelsPerDay: s.load,
                    capacity: s.capacity, load: nil, meanKm: 0, maxKm: 0, maxMinutes: 0, fixedCost: 0, transportCost: 0)
            )
        }
        plan.assignments = period.assignments.map {
            .init(node: $0.node, site: $0.center, fraction: 1, km: 0, minutes: 0, covered: nil)
        }
        return plan
    }
}

extension PlanPipeline {
    /// Routes every year but the last (`routing_years: all`) and records each year's routes, skipped stops and
    /// routing cost; the last year's routing cost is the plan's routes'. Stops early, leaving later years
    /// unrouted and the plan incomplete, when the time is up.
    func routeEarlierYears(_ plan: inout NetworkPlan, network: Network, budget: TimeBudget) throws {
        guard var schedule = plan.schedule, let last = schedule.periods.last else { return }
        let days = scenario.rates.daysPerYear
        for t in schedule.periods.indices.dropLast() {
            if budget.isExhausted {
                plan.complete = false
                break
            }
            let period = schedule.periods[t]
            let year = YearRouting.network(network, period: period, lastGrowth: last.growth)
            guard !year.counties.isEmpty else {
                schedule.periods[t].routes = []
                schedule.periods[t].skippedStops = []
                schedule.periods[t].costs.routing = 0
                continue
            }
            progress?("routes: \(period.year)'s network")
            let routed = try RouteStage(
                network: year, scenario: scenario, budget: budget, progress: progress, workers: workers,
                previousRoutes: previous?.routes ?? []
            ).run(centers: YearRouting.centers(period, network: year))
            schedule.periods[t].routes = routed.routes
            schedule.periods[t].skippedStops = routed.skipped
            schedule.periods[t].costs.routing = routed.routes.reduce(0) { $0 + $1.cost } * days
            plan.warnings += routed.warnings.map { "\(period.year): \($0)" }
            if !routed.complete { plan.complete = false }
        }
        schedule.periods[schedule.periods.count - 1].costs.routing = plan.routes.reduce(0) { $0 + $1.cost } * days
        plan.schedule = schedule
    }
}

// The verifier's check of `routing_years: all`: each earlier year's routes against that year's centers and demand.
import RoadNetwork

extension PlanVerifier {
    /// With `routing_years: all`, every year but the last carries routes: checked as the plan's routes are
    /// (each stop once, on its center of that year, km, capacity; every served stop with parcels that year on a
    /// route), on the network at that year's demand (parcels scaled by the year's growth, villages not yet
    /// served at zero); each route carries at least its stops' parcels of that year; each year's routing cost is
    /// its routes' (the last year's: the plan's). With `last`, no year carries routes.
    static func verifyYearRoutes(
        _ plan: NetworkPlan, network: Network, index: [String: Int], roads: RoadDistances
    ) -> [String] {
        guard let years = plan.scenario.years, let schedule = plan.schedule, let last = schedule.periods.last else {
            return []
        }
        let all = years.routingYears == "all"
        let routed = plan.stages.contains { $0.name == .routes && $0.status.ran }
        let days = plan.scenario.rates.daysPerYear
        var v: [String] = []
        for (t, period) in schedule.periods.enumerated() {
            let name = "schedule \(period.year)"
            let isLast = t == schedule.periods.count - 1
            guard all && routed else {
                if period.routes != nil || period.costs.routing != nil {
                    v.append("\(name): routes or a routing cost, but routing_years is \(years.routingYears)")
                }
                continue
            }
            guard let routes = isLast ? plan.routes : period.routes else {
                if plan.complete { v.append("\(name): no routes, although routing_years is all") }
                continue
            }
            let cost = routes.reduce(0) { $0 + $1.cost } * days
            if let c = period.costs.routing {
                if abs(c - cost) > tolerance * max(1, cost) {
                    v.append("\(name) costs.routing: \(fmt(c)), its routes cost \(fmt(cost)) a year")
                }
            } else if plan.complete {
                v.append("\(name) costs.routing: missing, although routing_years is all")
            }
            if isLast { continue }
            // That year's network: demand scaled from the plan's (last) year, unserved villages at zero.
            var year = network
            let ratio = period.growth / last.growth
            let unserved = Set(period.uncovered)
            for i in year.nodes.indices where year.nodes[i].kind.isDemandPoint {
                let f = unserved.contains(year.nodes[i].id) ? 0 : ratio
                year.nodes[i].parcels = year.nodes[i].parcels.mapValues { $0 * f }
                if year.nodes[i].pickups != nil { year.nodes[i].pickups!.perDay *= f }
            }
            var copy = plan
            copy.routes = routes
            copy.skippedStops = period.skippedStops ?? []
            copy.operatingModels = nil
            copy.assignments = period.assignments.map {
                .init(node: $0.node, center: $0.center, km: 0, minutes: 0, parcelsPerDay: 0)
            }
            copy.centers = period.sites.filter { $0.action != .close }.map {
                .init(
                    id: $0.id, name: $0.name, county: $0.county, lon: 0, lat: 0, villages: 0, parcelsPerDay: 0,
                    capacity: $0.capacity, fixedCost: 0, hub: nil)
            }
            v += verifyRoutes(copy, network: year, index: index, roads: roads).map { "\(name) \($0)" }
            // Each route carries at least its stops' parcels that year (stops with direct trips share theirs).
            let direct = Set(
                routes.filter(\.directTrip).flatMap { r in r.stops.map { $0 + "\u{1F}" + (r.carrier ?? "") } })
            for (r, route) in routes.enumerated() where !route.directTrip {
                var parcels = 0.0
                for id in route.stops where !direct.contains(id + "\u{1F}" + (route.carrier ?? "")) {
                    guard let i = index[id] else { continue }
                    let node = year.nodes[i]
                    parcels += route.carrier.map { node.parcels[$0] ?? 0 } ?? node.parcels.values.reduce(0, +)
                }
                if parcels > route.load * (1 + tolerance) + 1e-6 {
                    v.append(
                        "\(name) route \(r + 1) (\(route.center)): load \(fmt(route.load)), its stops send"
                            + " \(fmt(parcels)) parcels that year")
                }
            }
        }
        return v
    }
}

// The terminal view of county routes: one row per county, totals, relaxed constraints and skipped stops.
import DeliveryPlanning

/// Formats ``CountyRoutes`` for people.
enum RouteSummary {
    /// A table of counties with km, vans, hours, cost, CO2 and parcels per van, then notes.
    static func text(_ routes: CountyRoutes) -> String {
        var table = TextTable(
            header: [
                "county", "depots", "stops", "vans", "km", "driver h", "cost yuan", "kg CO2",
                "parcels/van", "feasible",
            ],
            rightAligned: Set(2...8))
        func row(_ name: String, _ depots: String, _ stops: Int, _ t: RouteTotals, _ feasible: Bool) -> [String] {
            [
                name, depots, "\(stops)", "\(t.vehicles)", Quantity.format(t.km), Quantity.format(t.driverHours),
                Quantity.format(t.cost, decimals: 0), Quantity.format(t.kgCO2, decimals: 0),
                Quantity.format(t.parcelsPerVehicle), feasible ? "yes" : "NO",
            ]
        }
        for c in routes.counties {
            let stops = Set(c.routes.flatMap(\.stops)).count
            table.add(row(c.name, c.depots.joined(separator: ","), stops, c.totals, c.feasible))
        }
        let allStops = routes.counties.reduce(0) { $0 + Set($1.routes.flatMap(\.stops)).count }
        table.add(row("total", "", allStops, routes.totals, routes.feasible))
        var lines = [
            "\(routes.network): routes per day, \(Quantity.format(routes.seconds)) s"
                + (routes.complete ? "" : " (interrupted: best routes so far)"), table.render(),
        ]
        let broken = routes.counties.flatMap(\.routes).filter { !$0.violations.isEmpty }
        if !broken.isEmpty {
            lines.append(
                "\(broken.count) route(s) break a constraint (the search stopped before it found a feasible"
                    + " plan), e.g. from \(broken[0].depot): " + broken[0].violations.prefix(2).joined(separator: "; "))
        }
        if !routes.skipped.isEmpty {
            lines.append("skipped \(routes.skipped.count) stop(s):")
            lines += routes.skipped.map { "  \($0.node) \($0.name): \($0.reason)" }
        }
        return lines.joined(separator: "\n")
    }
}

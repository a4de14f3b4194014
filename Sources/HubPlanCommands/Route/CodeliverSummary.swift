// The terminal view of the co-delivery comparison: one row per county and scheme, savings, the CO2 factor.
import DeliveryPlanning

/// Formats a ``CoDeliveryComparison`` for people.
enum CodeliverSummary {
    /// Rows per county and scheme (alone, shared, backstop) and totals, with savings against carriers alone.
    static func text(_ c: CoDeliveryComparison) -> String {
        var table = TextTable(
            header: [
                "county", "scheme", "vans", "km", "driver h", "cost yuan", "kg CO2", "parcels/van",
                "saves km", "saves cost", "saves CO2",
            ],
            rightAligned: Set(2...10))
        func row(_ county: String, _ scheme: String, _ t: RouteTotals, _ s: Savings?) -> [String] {
            [
                county, scheme, "\(t.vehicles)", Quantity.format(t.km), Quantity.format(t.driverHours),
                Quantity.format(t.cost, decimals: 0), Quantity.format(t.kgCO2, decimals: 0),
                Quantity.format(t.parcelsPerVehicle),
                s.map { percent($0.km) } ?? "", s.map { percent($0.cost) } ?? "", s.map { percent($0.kgCO2) } ?? "",
            ]
        }
        func block(
            _ name: String, alone: RouteTotals, shared: RouteTotals, sharedSavings: Savings, backstop: RouteTotals?,
            backstopSavings: Savings?
        ) {
            table.add(row(name, "alone", alone, nil))
            table.add(row("", "shared", shared, sharedSavings))
            if let backstop { table.add(row("", "backstop", backstop, backstopSavings)) }
        }
        for county in c.counties {
            block(
                county.name, alone: county.alone, shared: county.shared, sharedSavings: county.sharedSavings,
                backstop: county.backstop?.total, backstopSavings: county.backstopSavings)
        }
        if c.counties.count > 1 {
            block(
                "total", alone: c.alone, shared: c.shared, sharedSavings: c.sharedSavings, backstop: c.backstop,
                backstopSavings: c.backstopSavings)
        }
        var lines = [
            "\(c.network): co-delivery per day, \(Quantity.format(c.seconds)) s"
                + (c.complete ? "" : " (interrupted: best routes so far)"), table.render(),
            "CO2: " + c.emissionFactor,
        ]
        if let km = c.backstopKm {
            lines.append("backstop: China Post serves villages beyond \(Quantity.format(km)) km")
        }
        if let p = c.backstopMaxParcels {
            lines.append("backstop: China Post serves villages under \(Quantity.format(p)) parcels a day")
        }
        for county in c.counties where !county.infeasible.isEmpty {
            lines.append(
                "\(county.name): routes of " + county.infeasible.joined(separator: ", ")
                    + " break a constraint (the search found no feasible plan in time; try a longer --time-limit)")
        }
        if !c.skipped.isEmpty {
            lines.append("skipped \(c.skipped.count) stop(s):")
            lines += c.skipped.map { "  \($0.node) \($0.name): \($0.reason)" }
        }
        return lines.joined(separator: "\n")
    }

    /// `23.4%`.
    static func percent(_ x: Double) -> String { Quantity.format(x * 100) + "%" }
}

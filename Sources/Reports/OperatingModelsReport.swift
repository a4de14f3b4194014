// The operating models in report.html and summary.csv: postal backstop, stations, buses, origin warehouses.
import DeliveryPlanning
import Foundation

/// Tables and columns of the operating models (`plan.operatingModels`); empty when the scenario turns none on.
///
/// Kept apart from the page's own renderer so each model adds its table here and the page needs one line.
public enum OperatingModelsReport {
    /// The report sections: what each model saves (its baseline is the plan without it), the post offices and
    /// who pays whom, the stations per county with the express-to-village rate.
    public static func html(_ plan: NetworkPlan) -> String {
        guard let m = plan.operatingModels else { return "" }
        var html = "<h2>Operating models</h2>\n"
        var rows: [[String]] = []
        func row(_ name: String, _ without: DayTotals, _ with: DayTotals) -> [String] {
            [
                name, "#" + n(without.km), "#" + n(with.km), "#\(without.vans)", "#\(with.vans)", "#" + n(without.cost),
                "#" + n(with.cost), "#" + n(without.cost - with.cost), "#" + n(without.kgCO2), "#" + n(with.kgCO2),
            ]
        }
        if let b = m.postalBackstop { rows.append(row("Postal backstop (邮快合作)", b.without, b.with)) }
        if let s = m.villageStations { rows.append(row("Village stations (多站合一)", s.without, s.with)) }
        if let b = m.busLines { rows.append(row("Passenger buses (客货邮融合), before bus fees", b.without, b.with)) }
        if let w = m.originWarehouses { rows.append(row("Origin warehouses (电商+产地仓)", w.without, w.with)) }
        html += HTMLPage.table(
            [
                "model", "km without", "km with", "vans without", "vans with", "cost without", "cost with",
                "saved a day", "kg CO2 without", "kg CO2 with",
            ], rows, id: "operating-models")
        html +=
            "<p>Per day, in the counties each model touches; \"without\" routes the same plan without that model.</p>\n"
        if let b = m.postalBackstop { html += backstop(b, days: plan.scenario.rates.daysPerYear) }
        if let s = m.villageStations { html += stations(s) }
        if let b = m.busLines { html += buses(b) }
        if let w = m.originWarehouses { html += warehouses(w) }
        return html
    }

    static func backstop(_ b: PostalBackstopPlan, days: Double) -> String {
        var html =
            "<h3>Postal backstop: China Post serves \(b.villages.count) villages from \(b.postOffices.count) post offices</h3>\n"
        html += HTMLPage.table(
            ["post office", "name", "county", "position", "villages", "parcels/day"],
            b.postOffices.map {
                [$0.id, $0.name, $0.county, $0.position, "#\($0.villages)", "#" + n($0.parcelsPerDay)]
            }, id: "post-offices")
        html += HTMLPage.table(
            ["carrier", "pays", "parcels/day", "fee/day", "fee/year"],
            b.payments.map {
                [$0.carrier, $0.payee, "#" + n($0.parcelsPerDay), "#" + n($0.feePerDay), "#" + n($0.feePerYear)]
            }, id: "backstop-payments")
        html +=
            "<p>Fee \(n(b.feePerParcel, 2)) yuan a parcel. China Post's backstop routes cost \(n(b.postalRoutes.cost)) yuan a day"
            + " against \(n(b.feesPerDay)) received (net \(n(b.postalNetPerDay)) a day, \(n(b.postalNetPerDay * days)) a year)."
            + " Positions marked modelled are township seats, not surveyed post offices.</p>\n"
        return html
    }

    static func stations(_ s: VillageStationsPlan) -> String {
        let daily = s.stations.filter { $0.frequency == "daily" }.count
        var html =
            "<h3>Village stations: \(s.stations.count) stations (\(daily) served daily), every village within"
            + " \(n(s.stationKm, 1)) km</h3>\n"
        html += HTMLPage.table(
            ["county", "villages", "stations", "express-to-village rate", "cover model"],
            s.counties.map {
                [$0.code, "#\($0.villages)", "#\($0.stations)", "#" + HTMLReport.pct($0.expressRate), $0.status]
            }, id: "village-stations")
        return html
    }

    static func buses(_ b: BusLinesPlan) -> String {
        let used = b.lines.filter(\.used)
        var html =
            "<h3>Passenger buses: \(used.count) of \(b.lines.count) township lines carry parcels (\(b.departuresPerDay)"
            + " departures a day, \(n(b.parcelsPerTrip)) parcels a trip, \(n(b.feePerParcel, 2)) yuan a parcel)</h3>\n"
        html += HTMLPage.table(
            [
                "bus station", "position", "township seat", "km", "stops", "parcels/day", "produce/day", "trips",
                "fee/day",
            ],
            used.map {
                [
                    $0.station, $0.stationPosition, $0.seat, "#" + n($0.km, 1), "#\($0.stops.count)",
                    "#" + n($0.parcelsPerDay),
                    "#" + n($0.pickupsPerDay), "#\($0.trips)", "#" + n($0.feePerDay),
                ]
            }, id: "bus-lines")
        let fees = b.counties.reduce(0) { $0 + $1.feesPerDay }
        html +=
            "<p>Bus fees \(n(fees)) yuan a day against \(n(b.without.cost - b.with.cost)) yuan of van cost spared.</p>\n"
        return html
    }

    static func warehouses(_ w: OriginWarehousesPlan) -> String {
        var html =
            "<h3>Origin warehouses: \(w.warehouses.count) with cold storage; collection routes within"
            + " \(n(w.coldChainMinutes)) minutes</h3>\n"
        html += HTMLPage.table(
            ["warehouse", "name", "county", "villages", "produce/day", "cold chain/day", "products"],
            w.warehouses.map {
                [
                    $0.id, $0.name, $0.county, "#\($0.villages)", "#" + n($0.pickupsPerDay),
                    "#" + n($0.coldPickupsPerDay),
                    $0.products.joined(separator: ", "),
                ]
            }, id: "origin-warehouses")
        return html
    }

    /// Extra summary.csv columns, one value per county row.
    public static let csvHeader = [
        "backstop_villages", "backstop_saving_per_day", "backstop_fees_per_day", "stations",
        "express_to_village_rate", "stations_saving_per_day", "bus_townships", "bus_parcels_per_day",
        "bus_van_saving_per_day", "bus_fees_per_day", "warehouses", "warehouse_saving_per_day",
    ]

    /// The extra columns of county `code` (empty cells where a model is off or does not touch the county).
    public static func csvColumns(_ plan: NetworkPlan, county code: String) -> [String] {
        let bc = plan.operatingModels?.postalBackstop?.counties.first { $0.code == code }
        let sc = plan.operatingModels?.villageStations?.counties.first { $0.code == code }
        let xc = plan.operatingModels?.busLines?.counties.first { $0.code == code }
        let wc = plan.operatingModels?.originWarehouses?.counties.first { $0.code == code }
        return [
            bc.map { String($0.villages) } ?? "", bc.map { SummaryCSV.number($0.without.cost - $0.with.cost) } ?? "",
            bc.map { SummaryCSV.number($0.feesPerDay) } ?? "",
            sc.map { String($0.stations) } ?? "", sc.map { SummaryCSV.number($0.expressRate, digits: 4) } ?? "",
            sc.map { SummaryCSV.number($0.without.cost - $0.with.cost) } ?? "",
            xc.map { String($0.townships) } ?? "", xc.map { SummaryCSV.number($0.parcelsPerDay) } ?? "",
            xc.map { SummaryCSV.number($0.without.cost - $0.with.cost) } ?? "",
            xc.map { SummaryCSV.number($0.feesPerDay) } ?? "",
            wc.map { String($0.warehouses) } ?? "", wc.map { SummaryCSV.number($0.without.cost - $0.with.cost) } ?? "",
        ]
    }

    static func n(_ x: Double, _ digits: Int = 0) -> String { HTMLReport.n(x, digits) }
}

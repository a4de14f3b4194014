// The operating models in report.html and summary.csv: postal backstop, stations, buses, origin warehouses.
import DeliveryPlanning
import Foundation
import RoadNetwork

/// Tables and columns of the operating models (`plan.operatingModels`); empty when the scenario turns none on.
///
/// Kept apart from the page's own renderer so each model adds its table here and the page needs one line.
public enum OperatingModelsReport {
    /// The report sections in the language of `s`: what each model saves (its baseline is the plan without it),
    /// the post offices and who pays whom, the stations per county with the express-to-village rate, the bus lines
    /// that carry parcels, the origin warehouses. Every text comes from the string tables.
    public static func html(_ plan: NetworkPlan, _ s: Strings = Strings(.en)) -> String {
        guard let m = plan.operatingModels else { return "" }
        var html = "<h2>\(e(s(.omHeading)))</h2>\n"
        var rows: [[String]] = []
        func row(_ name: StringKey, _ without: DayTotals, _ with: DayTotals) -> [String] {
            [
                s(name), "#" + s.number(without.km), "#" + s.number(with.km), "#\(without.vans)", "#\(with.vans)",
                "#" + s.number(without.cost), "#" + s.number(with.cost), "#" + s.number(without.cost - with.cost),
                "#" + s.number(without.kgCO2), "#" + s.number(with.kgCO2),
            ]
        }
        if let b = m.postalBackstop { rows.append(row(.omBackstop, b.without, b.with)) }
        if let v = m.villageStations { rows.append(row(.omStations, v.without, v.with)) }
        if let b = m.busLines { rows.append(row(.omBuses, b.without, b.with)) }
        if let w = m.originWarehouses { rows.append(row(.omWarehouses, w.without, w.with)) }
        html += HTMLPage.table(
            [
                s(.omModel), s(.omKmWithout), s(.omKmWith), s(.omVansWithout), s(.omVansWith), s(.omCostWithout),
                s(.omCostWith), s(.omSaved), s(.omCO2Without), s(.omCO2With),
            ], rows, id: "operating-models")
        html += "<p>\(e(s(.omNote)))</p>\n"
        if let b = m.postalBackstop { html += backstop(b, days: plan.scenario.rates.daysPerYear, s) }
        if let v = m.villageStations { html += stations(v, s) }
        if let b = m.busLines { html += buses(b, s) }
        if let w = m.originWarehouses { html += warehouses(w, s) }
        return html
    }

    /// A position source in words.
    static func position(_ source: PositionSource, _ s: Strings) -> String {
        switch source {
        case .surveyed: s(.posSurveyed)
        case .sourceData: s(.posSourceData)
        case .modelled: s(.posModelled)
        }
    }

    static func backstop(_ b: PostalBackstopPlan, days: Double, _ s: Strings) -> String {
        var html = "<h3>\(e(s(.omBackstopHeading, String(b.villages.count), String(b.postOffices.count))))</h3>\n"
        html += HTMLPage.table(
            [s(.colPostOffice), s(.colName), s(.colCounty), s(.colPositionSource), s(.colVillages), s(.colParcelsDay)],
            b.postOffices.map {
                [
                    $0.id, $0.name, $0.county, position($0.positionSource, s), "#\($0.villages)",
                    "#" + s.number($0.parcelsPerDay),
                ]
            }, id: "post-offices")
        html += HTMLPage.table(
            [s(.colCarrier), s(.colPays), s(.colParcelsDay), s(.colFeeDay), s(.colFeeYear)],
            b.payments.map {
                [
                    $0.carrier, $0.payee, "#" + s.number($0.parcelsPerDay), "#" + s.number($0.feePerDay),
                    "#" + s.number($0.feePerYear),
                ]
            }, id: "backstop-payments")
        let note = s(
            .omBackstopNote, s.number(b.feePerParcel, 2), s.number(b.postalRoutes.cost), s.number(b.feesPerDay),
            s.number(b.postalNetPerDay), s.number(b.postalNetPerDay * days))
        return html + "<p>\(e(note))</p>\n"
    }

    static func stations(_ v: VillageStationsPlan, _ s: Strings) -> String {
        let daily = v.stations.filter { $0.frequency == "daily" }.count
        var html =
            "<h3>\(e(s(.omStationsHeading, String(v.stations.count), String(daily), s.number(v.stationKm, 1))))</h3>\n"
        html += HTMLPage.table(
            [s(.colCounty), s(.colVillages), s(.colStations), s(.colExpressRate), s(.colCoverModel)],
            v.counties.map {
                [$0.code, "#\($0.villages)", "#\($0.stations)", "#" + s.percent($0.expressRate), $0.status]
            }, id: "village-stations")
        return html
    }

    static func buses(_ b: BusLinesPlan, _ s: Strings) -> String {
        let used = b.lines.filter(\.used)
        var html = "<h3>\(e(s(.omBusesHeading, String(used.count), String(b.lines.count))))</h3>\n"
        html += HTMLPage.table(
            [
                s(.colBusStation), s(.colPositionSource), s(.colTownshipSeat), s(.colKm), s(.colStops),
                s(.colParcelsDay), s(.colProduceDay), s(.colTrips), s(.colDepartures), s(.colPerTrip),
                s(.colFeePerParcel), s(.colFeeDay),
            ],
            used.map {
                [
                    $0.station, position($0.stationPositionSource, s), $0.seat, "#" + s.number($0.km, 1),
                    "#\($0.stops.count)", "#" + s.number($0.parcelsPerDay), "#" + s.number($0.pickupsPerDay),
                    "#\($0.trips)", "#\($0.departuresPerDay ?? b.departuresPerDay)",
                    "#" + s.number($0.parcelsPerTrip ?? b.parcelsPerTrip),
                    "#" + s.number($0.feePerParcel ?? b.feePerParcel, 2), "#" + s.number($0.feePerDay),
                ]
            }, id: "bus-lines")
        let fees = b.counties.reduce(0) { $0 + $1.feesPerDay }
        return html + "<p>\(e(s(.omBusesNote, s.number(fees), s.number(b.without.cost - b.with.cost))))</p>\n"
    }

    static func warehouses(_ w: OriginWarehousesPlan, _ s: Strings) -> String {
        var html =
            "<h3>\(e(s(.omWarehousesHeading, String(w.warehouses.count), s.number(w.coldChainMinutes))))</h3>\n"
        html += HTMLPage.table(
            [
                s(.colWarehouse), s(.colName), s(.colCounty), s(.colVillages), s(.colProduceDay), s(.colColdDay),
                s(.colProducts),
            ],
            w.warehouses.map {
                [
                    $0.id, $0.name, $0.county, "#\($0.villages)", "#" + s.number($0.pickupsPerDay),
                    "#" + s.number($0.coldPickupsPerDay), $0.products.joined(separator: ", "),
                ]
            }, id: "origin-warehouses")
        return html
    }

    static func e(_ text: String) -> String { HTMLText.escape(text) }

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

}

// counties/NNNNNN.html: one county's plan on a printable A4 page (centers, villages, routes, saving, costs, map).
import DeliveryPlanning
import Foundation
import RoadNetwork

/// The page a county planner prints for the county's construction plan: its center(s) with name, position,
/// tier and capacity; the villages served (count, parcels, farthest); the routes; the co-delivery saving; the
/// costs; a map of the county alone (static SVG, so it prints as drawn); then every route.
public enum CountyPage {
    /// The page's path relative to the report (`counties/140221.html`).
    public static func path(_ code: String) -> String { "counties/\(code).html" }

    /// The page of county `code`; nil when the plan has no such county.
    public static func render(
        _ plan: NetworkPlan, county code: String, network: Network, options: ReportOptions
    ) -> String? {
        guard let county = plan.counties.first(where: { $0.code == code }) else { return nil }
        let s = options.strings
        let names = PlaceNames(network)
        let e = HTMLText.escape
        let centers = plan.centers.filter { $0.county == code }
        let centerIDs = Set(centers.map(\.id))
        let assignments = plan.assignments.filter { centerIDs.contains($0.center) }
        let routes = plan.routes.enumerated().filter { $0.element.county == code }
        var body = "<p class=\"back\"><a href=\"../report.html\">\(e(s(.backToReport)))</a></p>\n"
        body +=
            "<h1>\(e(s(.countyPageTitle, county.name)))</h1>\n<p>\(e(plan.network)) · \(e(plan.scenario.name)) · \(e(code))</p>\n"

        body += "<h2>\(e(s(.countyCentersHeading)))</h2>\n"
        body += HTMLPage.table(
            [
                s(.colName), s(.colTier), s(.colLon), s(.colLat), s(.colCapacity), s(.colLoad), s(.colVillages),
                s(.colFixedCost), s(.colID),
            ],
            centers.map { c in
                [
                    "\(names.full(c.id, s.language))", tier(c.id, names, s), "#" + String(format: "%.5f", c.lon),
                    "#" + String(format: "%.5f", c.lat),
                    "#" + s.number(c.capacity ?? .nan), "#" + s.number(c.parcelsPerDay), "#\(c.villages)",
                    "#" + (s.language == .zh ? s.money(c.fixedCost) : s.number(c.fixedCost)), c.id,
                ]
            }, id: "county-centers")

        body += "<h2>\(e(s(.countyVillagesHeading)))</h2>\n"
        let farthest = assignments.max { $0.km < $1.km }
        body += HTMLPage.table(
            [s(.figure), s(.value)],
            [
                [s(.villagesServed), "#\(assignments.count)"],
                [s(.parcelsServed), "#" + s.number(assignments.reduce(0) { $0 + $1.parcelsPerDay })],
                [
                    s(.farthestVillage),
                    farthest.map { "\(names.name($0.node)) · \(s.number($0.km, 1)) \(s(.mapKmUnit))" } ?? "—",
                ],
            ], id: "county-villages")

        body += "<h2>\(e(s(.countyRoutesHeading)))</h2>\n"
        let vans = Set(routes.map(\.element.vehicle)).sorted().joined(separator: ", ")
        body += HTMLPage.table(
            [s(.figure), s(.value)],
            [
                [s(.routesCount), "#\(routes.count)"],
                [s(.routeKmDay), "#" + s.number(routes.reduce(0) { $0 + $1.element.km }, 1)],
                [s(.vansUsed), vans.isEmpty ? "—" : vans],
                [s(.longestRoute), "#" + s.number(routes.map(\.element.km).max() ?? 0, 1)],
                [s(.fullestRoute), "#" + s.number(routes.map(\.element.load).max() ?? 0)],
            ], id: "county-routes-summary")
        body += "<h2>\(e(s(.countySavingHeading)))</h2>\n"
        if let v = county.savings {
            body += HTMLPage.table(
                [
                    s(.colKmAlone), s(.colKmShared), s(.colVansAlone), s(.colVansShared), s(.colCostAlone),
                    s(.colCostShared),
                    s(.colSaving),
                ],
                [
                    [
                        "#" + s.number(v.aloneKm), "#" + s.number(v.sharedKm), "#\(v.aloneVehicles)",
                        "#\(v.sharedVehicles)", "#" + s.number(v.aloneCost), "#" + s.number(v.sharedCost),
                        "#" + s.percent(v.costSaving),
                    ]
                ], id: "county-saving")
        } else {
            body += "<p>\(e(s(.countyNoSaving)))</p>\n"
        }

        body += "<h2>\(e(s(.countyCostsHeading))) (\(e(s(.moneyUnit))))</h2>\n"
        let centerFixed = centers.reduce(0) { $0 + $1.fixedCost }
        let routesYear = county.routeCostPerDay * plan.scenario.rates.daysPerYear
        body += HTMLPage.table(
            [s(.colItem), s(.colAmount)],
            [
                [s(.centerFixedYear), "#" + s.money(centerFixed)],
                [s(.routesYear), "#" + s.money(routesYear)],
                [s(.countyTotalYear), "#" + s.money(centerFixed + routesYear)],
            ], id: "county-costs")

        body += "<h2>\(e(s(.countyMapHeading)))</h2>\n<figure class=\"county-map\">\n"
        body += MapSVG().render(
            plan, network: network, county: code, outline: options.boundaries.first { $0.adcode == code })
        body += "</figure>\n"
        // The full route list last, so the summary and the map fit the first pages.
        body += "<h2>\(e(s(.countyRoutesHeading)))</h2>\n"
        body += HTMLPage.table(
            [
                s(.colRoute), s(.colCenter), s(.colVan), s(.colCarrier), s(.colStops), s(.colKm), s(.colMinutes),
                s(.colLoad), s(.colCost),
            ],
            routes.map { k, r in
                [
                    "#\(k + 1)", names.name(r.center), r.vehicle, r.carrier ?? s(.sharedVan), "#\(r.stops.count)",
                    "#" + s.number(r.km, 1),
                    "#" + s.number(r.minutes), "#" + s.number(r.load), "#" + s.number(r.cost),
                ]
            }, id: "county-routes")

        if !options.boundaries.isEmpty { body += "<footer><p>\(e(s(.footerBoundaries)))</p></footer>\n" }
        return HTMLPage.document(
            title: s(.countyPageTitle, county.name), language: options.language, style: style, body: body)
    }

    static func tier(_ id: String, _ names: PlaceNames, _ s: Strings) -> String {
        switch names.node(id)?.kind {
        case .countyCenter: s(.tierCountyCenter)
        case .regionalHub: s(.tierHub)
        default: s(.tierCandidate)
        }
    }

    static let style = """
        .back { font-size: 12px; } figure.county-map svg { width: 100%; height: auto; max-height: 170mm; border: 1px solid #ddd; }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10.5pt; } .back { display: none; }
          table { page-break-inside: auto; } tr { page-break-inside: avoid; } h2 { page-break-after: avoid; }
          figure.county-map { page-break-inside: avoid; margin: 0; }
        }

        """
}

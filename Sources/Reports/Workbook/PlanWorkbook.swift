// plan.xlsx: the plan as a workbook a planning office opens in Excel or WPS, one sheet per table, in zh or en.
import DeliveryPlanning
import Foundation
import RoadNetwork

/// The sheets of plan.xlsx, in order: Summary (one row per county, a total row, then the yearly costs), Centers,
/// Assignments (village -> center), Routes (one row per stop in visiting order: the driver's sheet), Lines
/// (hub -> center line-haul), Firms (one row per carrier), Scenario (every setting used). Sheet names and
/// headers come from the language's string table; money columns are in its money unit (万元 in Chinese).
public enum PlanWorkbook {
    /// The .xlsx bytes.
    public static func data(_ plan: NetworkPlan, network: Network, options: ReportOptions) throws -> Data {
        try XLSXWriter.data(sheets(plan, network: network, options: options))
    }

    /// The sheets (for tests and other writers).
    public static func sheets(_ plan: NetworkPlan, network: Network, options: ReportOptions) -> [XLSXSheet] {
        let s = options.strings
        let names = PlaceNames(network)
        return [
            summary(plan, s), centers(plan, names, s), assignments(plan, names, s), routes(plan, network, names, s),
            lines(plan, names, s), firms(plan, network, s), scenario(plan, s),
        ]
    }

    static func money(_ x: Double, _ s: Strings) -> XLSXCell {
        .number(s.moneyValue(x), decimals: s.language == .zh ? 2 : 0)
    }

    static func summary(_ p: NetworkPlan, _ s: Strings) -> XLSXSheet {
        var sheet = XLSXSheet(
            name: s(.sheetSummary),
            columns: [
                (s(.colCountyCode), 14), (s(.colCounty), 16), (s(.colVillages), 10), (s(.colParcelsDay), 14),
                (s(.colCenters), 10),
                (s(.colRoutes), 10), (s(.colKmDay), 14), (s(.colCostDay), 16), (s(.colSaving), 10),
            ])
        for c in p.counties {
            sheet.rows.append([
                .text(c.code), .text(c.name), .int(c.villages), .number(c.parcelsPerDay, decimals: 0),
                .int(c.centers.count),
                .int(c.routes), .number(c.routeKm, decimals: 1), .number(c.routeCostPerDay, decimals: 0),
                c.savings.map { .number($0.costSaving, decimals: 4) } ?? .empty,
            ])
        }
        sheet.rows.append([
            .text(s(.total)), .empty, .int(p.counties.reduce(0) { $0 + $1.villages }),
            .number(p.counties.reduce(0) { $0 + $1.parcelsPerDay }, decimals: 0), .int(p.centers.count),
            .int(p.routes.count),
            .number(p.routes.reduce(0) { $0 + $1.km }, decimals: 1),
            .number(p.routes.reduce(0) { $0 + $1.cost }, decimals: 0),
            p.savings.map { .number($0.costSaving, decimals: 4) } ?? .empty,
        ])
        sheet.rows.append([])
        let c = p.costs
        let unit = " (\(s(.moneyUnit)))"
        for (label, value) in [
            (s(.costCenters), c.centerFixed), (s(.costHubs), c.hubFixed),
            (c.routed ? s(.costRoutes) : s(.costVillageTransport), c.villageDelivery), (s(.costLineHaul), c.lineHaul),
            (s(.costTolls).trimmingCharacters(in: .whitespaces), c.tolls), (s(.colSubsidy), -c.tollSubsidy),
            (s(.costTotal), c.total), (s(.costAward, s.money(p.scenario.policy.awardPerHub)), c.hubAward),
        ] {
            sheet.rows.append([.text(label + unit), .empty, money(value, s)])
        }
        return sheet
    }

    static func centers(_ p: NetworkPlan, _ names: PlaceNames, _ s: Strings) -> XLSXSheet {
        XLSXSheet(
            name: s(.sheetCenters),
            columns: [
                (s(.colName), 28), (s(.colTownship), 14), (s(.colCounty), 12), (s(.colTier), 14), (s(.colCapacity), 14),
                (s(.colLoad), 14),
                (s(.colUtilisation), 10), (s(.colVillages), 8), (s(.colFixedCost), 16), (s(.colHub), 24),
                (s(.colLon), 12), (s(.colLat), 12),
                (s(.colID), 16),
            ],
            rows: p.centers.map { c in
                [
                    .text(names.name(c.id)), .text(names.township(c.id)), .text(names.county(code: c.county)),
                    .text(CountyPage.tier(c.id, names, s)),
                    c.capacity.map { .number($0, decimals: 0) } ?? .empty, .number(c.parcelsPerDay, decimals: 0),
                    c.capacity.map { $0 > 0 ? .number(c.parcelsPerDay / $0, decimals: 4) : .empty } ?? .empty,
                    .int(c.villages),
                    money(c.fixedCost, s), c.hub.map { .text(names.name($0)) } ?? .empty, .number(c.lon, decimals: 5),
                    .number(c.lat, decimals: 5), .text(c.id),
                ]
            })
    }

    static func assignments(_ p: NetworkPlan, _ names: PlaceNames, _ s: Strings) -> XLSXSheet {
        XLSXSheet(
            name: s(.sheetAssignments),
            columns: [
                (s(.colVillage), 16), (s(.colTownship), 14), (s(.colCounty), 12), (s(.colCenter), 20), (s(.colKm), 8),
                (s(.colMinutes), 8),
                (s(.colParcels), 10), (s(.colID), 18), (s(.colCenter) + " " + s(.colID), 16),
            ],
            rows: p.assignments.map { a in
                [
                    .text(names.name(a.node)), .text(names.township(a.node)), .text(names.county(a.node)),
                    .text(names.name(a.center)),
                    .number(a.km, decimals: 1), .number(a.minutes, decimals: 0), .number(a.parcelsPerDay, decimals: 1),
                    .text(a.node), .text(a.center),
                ]
            })
    }

    static func routes(_ p: NetworkPlan, _ network: Network, _ names: PlaceNames, _ s: Strings) -> XLSXSheet {
        let postal = network.carriers.first(where: \.postal)?.id
        var sheet = XLSXSheet(
            name: s(.sheetRoutes),
            columns: [
                (s(.colRoute), 7), (s(.colCounty), 12), (s(.colCenter), 20), (s(.colVan), 10), (s(.colCarrier), 14),
                (s(.colStop), 6),
                (s(.colVillage), 16), (s(.colArrival), 10), (s(.colOnBoard), 10), (s(.colKmSoFar), 10), (s(.colID), 18),
            ])
        for (k, r) in p.routes.enumerated() {
            let carrier = r.carrier.map { id in network.carriers.first { $0.id == id }?.name ?? id } ?? s(.sharedVan)
            for (i, stop) in RouteTimeline(r, names: names, postal: postal).stops.enumerated() {
                sheet.rows.append([
                    .int(k + 1), .text(names.county(code: r.county)), .text(names.name(r.center)), .text(r.vehicle),
                    .text(carrier), .int(i + 1), .text(names.name(stop.node)), .clock(minutes: stop.arrivalMinute),
                    .number(stop.onBoard, decimals: 0), .number(stop.kmSoFar, decimals: 1), .text(stop.node),
                ])
            }
        }
        return sheet
    }

    static func lines(_ p: NetworkPlan, _ names: PlaceNames, _ s: Strings) -> XLSXSheet {
        XLSXSheet(
            name: s(.sheetLines),
            columns: [
                (s(.colHub), 24), (s(.colCenter), 24), (s(.colLineKm), 10), (s(.colParcelsDay), 12),
                (s(.colCost) + " / " + s(.moneyUnit), 16),
                (s(.colTolls), 14),
            ],
            rows: p.lines.map { l in
                [
                    .text(names.full(l.hub, s.language)), .text(names.full(l.center, s.language)),
                    .number(l.km, decimals: 1),
                    .number(l.parcelsPerDay, decimals: 0), money(l.cost, s), .number(l.tolls, decimals: 0),
                ]
            })
    }

    /// One row per carrier with its parcels a day. Tolls, subsidy and award per firm are columns left empty while
    /// plan.json has no per-firm figures; when it gains them, this is the one function to extend.
    static func firms(_ p: NetworkPlan, _ network: Network, _ s: Strings) -> XLSXSheet {
        let served = Set(p.assignments.map(\.node))
        var sheet = XLSXSheet(
            name: s(.sheetFirms),
            columns: [
                (s(.colFirm), 20), (s(.colID), 8), (s(.colParcelsDay), 12), (s(.colRoutes), 8), (s(.colTolls), 14),
                (s(.colSubsidy), 14),
                (s(.colAward), 12),
            ])
        // A firm's yearly tolls, toll subsidy and one-time award come from plan.json's `firms` (networks with gateways).
        let firms = Dictionary(p.firms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for carrier in network.carriers {
            let parcels = network.nodes.reduce(0.0) { served.contains($1.id) ? $0 + ($1.parcels[carrier.id] ?? 0) : $0 }
            let own = p.routes.filter { $0.carrier == carrier.id }.count
            let money: [XLSXCell] =
                firms[carrier.id].map {
                    [
                        .number($0.tolls, decimals: 0), .number($0.tollSubsidy, decimals: 0),
                        .number($0.award, decimals: 0),
                    ]
                } ?? [.empty, .empty, .empty]
            sheet.rows.append(
                [.text(carrier.name), .text(carrier.id), .number(parcels, decimals: 0), .int(own)] + money)
        }
        if p.firms.isEmpty {
            sheet.rows.append([])
            sheet.rows.append([.text(s(.firmsNone))])
        }
        return sheet
    }

    /// Every scenario setting as `key.path = value` rows (from the scenario's JSON form, keys sorted).
    static func scenario(_ p: NetworkPlan, _ s: Strings) -> XLSXSheet {
        var rows: [[XLSXCell]] = []
        func walk(_ value: Any, _ path: String) {
            switch value {
            case let d as [String: Any]: for k in d.keys.sorted() { walk(d[k]!, path.isEmpty ? k : "\(path).\(k)") }
            case let a as [Any] where a.contains(where: { $0 is [String: Any] || $0 is [Any] }):
                for (i, element) in a.enumerated() { walk(element, "\(path)[\(i)]") }  // e.g. fleet.vans[0].name
            case let a as [Any]: rows.append([.text(path), .text(a.map { "\($0)" }.joined(separator: ", "))])
            default:
                let text = "\(value)"
                rows.append([.text(path), Double(text).map { .number($0, decimals: 2) } ?? .text(text)])
            }
        }
        if let data = try? JSONEncoder().encode(p.scenario), let json = try? JSONSerialization.jsonObject(with: data) {
            walk(json, "")
        }
        rows.append([.text("seed"), .text(String(p.seed))])
        rows.append([.text(s(.colArrival)), .text(s(.arrivalNote, clock(FleetSpec.rural.depotOpenMinute)))])
        func clock(_ m: Double) -> String { String(format: "%02d:%02d", Int(m) / 60, Int(m) % 60) }
        return XLSXSheet(
            name: s(.sheetScenario), columns: [(s(.scenarioKey), 36), (s(.scenarioValue), 60)], rows: rows)
    }
}

// report.html: one self-contained page (inline CSS, data and script, no network) a planner reads, in zh or en.
import DeliveryPlanning
import Foundation
import RoadNetwork

/// The plan as one HTML page: key figures, the interactive map, per-county centers and routes (each linked to
/// its county page), co-delivery savings, costs and subsidies, hubs, solver statuses and warnings. Every text
/// comes from the language's string table; centers and hubs are named (site, township, county), ids secondary.
public enum HTMLReport {
    /// The page in the network's default language, without outlines or basemap.
    public static func render(_ plan: NetworkPlan, network: Network) -> String {
        render(plan, network: network, options: ReportOptions(language: .default(for: network)))
    }

    /// The page.
    public static func render(_ plan: NetworkPlan, network: Network, options: ReportOptions) -> String {
        let s = options.strings
        let names = PlaceNames(network)
        var body = "<h1>\(e(s(.reportTitle, plan.network, plan.scenario.name)))</h1>\n"
        if !plan.complete { body += "<p class=\"incomplete\">\(e(s(.incomplete, plan.stoppedBy ?? s(.aLimit))))</p>\n" }
        body += "<h2>\(e(s(.keyFigures)))</h2>\n" + keyFigures(plan, s)
        body += "<h2>\(e(s(.mapHeading)))</h2>\n" + InteractiveMap.render(plan, network: network, options: options)
        body +=
            "<h2>\(e(s(.countiesHeading)))</h2>\n<p>\(e(s(.countyPagesNote)))</p>\n"
            + countyTable(plan, names, s, network: network)
        body += "<h2>\(e(s(.savingsHeading)))</h2>\n" + savingsTable(plan, s)
        body += "<h2>\(e(s(.costsHeading)))</h2>\n" + costTable(plan, s)
        body += "<h2>\(e(s(.hubsHeading)))</h2>\n" + hubTable(plan, names, options.language)
        body += FirmReport.section(plan, network: network, strings: s)
        body += OperatingModelsReport.html(plan, s)
        body += ScheduleTable.html(plan, s)
        body += "<h2>\(e(s(.stagesHeading)))</h2>\n" + stageTable(plan, s)
        if !plan.warnings.isEmpty {
            body +=
                "<h2>\(e(s(.warningsHeading)))</h2>\n<ul>\n"
                + plan.warnings.map { "<li>\(e(s.warning($0)))</li>\n" }.joined() + "</ul>\n"
        }
        body += "<footer><p>\(e(s(.footerGenerated, String(plan.seed), String(format: "%.1f", plan.seconds))))</p>\n"
        if !options.boundaries.isEmpty { body += "<p>\(e(s(.footerBoundaries)))</p>\n" }
        body += "</footer>\n"
        return HTMLPage.document(
            title: "HubPlan: \(plan.network)", language: options.language, style: InteractiveMap.style, body: body)
    }

    static func e(_ s: String) -> String { HTMLText.escape(s) }

    /// `12,345.6`: thousands grouped, `digits` decimals.
    static func n(_ x: Double, _ digits: Int = 0) -> String { Strings(.en).number(x, digits) }

    static func pct(_ x: Double) -> String { Strings(.en).percent(x) }

    static func keyFigures(_ p: NetworkPlan, _ s: Strings) -> String {
        let km = p.routes.reduce(0) { $0 + $1.km }
        return HTMLPage.table(
            [s(.figure), s(.value)],
            [
                [s(.figParcelsDay, String(format: "%.3g", p.growth)), "#" + s.number(p.parcelsPerDay)],
                [s(.figParcelsYear), "#" + s.number(p.parcelsPerYear)],
                [s(.figCounties), "#\(p.counties.count)"],
                [s(.figCenters), "#\(p.centers.count)"],
                [s(.figHubs), "#\(p.hubs.count)"],
                [s(.figRoutes), "#\(p.routes.count)"],
                [s(.figRouteKm), "#" + s.number(km)],
                [s(.figTotalCost), "#" + s.money(p.costs.total)],
                [s(.figSaving), p.savings.map { "#" + s.percent($0.costSaving) } ?? s(.notCompared)],
                [s(.figDistances), distanceSource(p)],
                [s(.figComplete), p.complete ? s(.yes) : "\(s(.no)) (\(p.stoppedBy ?? s(.statusStopped)))"],
            ], id: "key-figures")
    }

    /// Where the plan's km and minutes came from (plan.json `distance`; great-circle in plans before the field).
    static func distanceSource(_ p: NetworkPlan) -> String {
        guard let d = p.distance else { return "great-circle" }
        return d.source + (d.profile.map { " (\($0))" } ?? "") + (d.sha256.map { ", sha256 " + $0.prefix(12) } ?? "")
    }

    static func countyTable(_ p: NetworkPlan, _ names: PlaceNames, _ s: Strings, network: Network) -> String {
        // The share of each county's demand points whose position is modelled, not surveyed or from a source table.
        var points: [String: (all: Int, modelled: Int)] = [:]
        for node in network.nodes where node.kind.isDemandPoint {
            guard let county = node.county else { continue }
            points[county, default: (0, 0)].all += 1
            if ModelledPosition.isModelled(node) { points[county, default: (0, 0)].modelled += 1 }
        }
        func modelled(_ code: String) -> String {
            guard let n = points[code], n.all > 0 else { return "" }
            return "#" + s.percent(Double(n.modelled) / Double(n.all))
        }
        return HTMLPage.table(
            [
                s(.colCounty), s(.colVillages), s(.colParcelsDay), s(.colCenters), s(.colRoutes), s(.colKmDay),
                s(.colCostDay), s(.colModelled), s(.colCountyCode),
            ],
            p.counties.map { c in
                [
                    "<a href=\"\(CountyPage.path(c.code))\">\(e(c.name))</a>", "#\(c.villages)",
                    "#" + s.number(c.parcelsPerDay),
                    c.centers.map { names.full($0, s.language) }.joined(separator: s.language == .zh ? "、" : "; "),
                    "#\(c.routes)",
                    "#" + s.number(c.routeKm, 1), "#" + s.number(c.routeCostPerDay), modelled(c.code), c.code,
                ]
            }, id: "counties")
    }

    static func savingsTable(_ p: NetworkPlan, _ s: Strings) -> String {
        let rows =
            p.counties.compactMap { c in c.savings.map { (c.name, $0) } } + (p.savings.map { [(s(.total), $0)] } ?? [])
        guard !rows.isEmpty else { return "<p>\(e(s(.savingsNone)))</p>\n" }
        return HTMLPage.table(
            [
                s(.colCounty), s(.colKmAlone), s(.colKmShared), s(.colVansAlone), s(.colVansShared), s(.colCostAlone),
                s(.colCostShared), s(.colSaving), s(.colCO2Alone), s(.colCO2Shared),
            ],
            rows.map { name, v in
                [
                    name, "#" + s.number(v.aloneKm), "#" + s.number(v.sharedKm), "#\(v.aloneVehicles)",
                    "#\(v.sharedVehicles)",
                    "#" + s.number(v.aloneCost), "#" + s.number(v.sharedCost), "#" + s.percent(v.costSaving),
                    "#" + s.number(v.aloneKgCO2),
                    "#" + s.number(v.sharedKgCO2),
                ]
            }, id: "savings") + "<p>\(e(s(.savingsNote, String(format: "%.3f", FleetSpec.dieselVanKgCO2PerKm))))</p>\n"
    }

    static func costTable(_ p: NetworkPlan, _ s: Strings) -> String {
        let c = p.costs
        let policy = p.scenario.policy
        let unit = " " + s(.moneyUnit)
        return HTMLPage.table(
            [s(.colItem), s(.colAmount)],
            [
                [s(.costCenters), "#" + s.money(c.centerFixed)],
                [s(.costHubs), "#" + s.money(c.hubFixed)],
                [c.routed ? s(.costRoutes) : s(.costVillageTransport), "#" + s.money(c.villageDelivery)],
                [s(.costLineHaul), "#" + s.money(c.lineHaul)],
                [s(.costTolls), "#" + s.money(c.tolls)],
                [
                    s(.costSubsidy, s.percent(policy.tollSubsidyShare), s.money(policy.tollSubsidyCap) + unit),
                    "#" + (c.tollSubsidy > 0 ? "-" : "") + s.money(c.tollSubsidy),
                ],
                [s(.costTotal), "#" + s.money(c.total)],
                [s(.costAward, s.money(policy.awardPerHub) + unit), "#" + s.money(c.hubAward)],
            ], id: "costs")
    }

    static func hubTable(_ p: NetworkPlan, _ names: PlaceNames, _ language: ReportLanguage) -> String {
        let s = Strings(language)
        guard !p.hubs.isEmpty else { return "<p>\(e(s(.noHubs)))</p>\n" }
        return HTMLPage.table(
            [s(.colHub), s(.colCenters), s(.colParcelsDay), s(.colFixedCost), s(.colID)],
            p.hubs.map { h in
                [
                    names.full(h.id, language), "#\(h.centers.count)", "#" + s.number(h.parcelsPerDay),
                    "#" + (language == .zh ? s.money(h.fixedCost) : s.number(h.fixedCost)), h.id,
                ]
            }, id: "hubs")
    }

    static func stageTable(_ p: NetworkPlan, _ s: Strings) -> String {
        HTMLPage.table(
            [s(.colStage), s(.colStatus), s(.colObjective), s(.colBound), s(.colGap), s(.colSeconds), s(.colNote)],
            p.stages.map { st in
                [
                    s.stage(st.name), s.status(st.status), "#" + s.number(st.objective),
                    "#" + s.number(st.bound ?? .nan),
                    "#" + s.percent(st.gap ?? .nan), "#" + s.number(st.seconds, 2), st.note ?? "",
                ]
            }, id: "stages")
    }
}

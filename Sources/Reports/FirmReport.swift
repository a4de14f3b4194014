// The report's firm section: per-firm hubs, lines, tolls, subsidy and award, and the line-haul map to the gateways.
import DeliveryPlanning
import Foundation
import RoadNetwork

/// Firms and direct lines for report.html (networks with gateways; empty otherwise).
///
/// The map draws the region's hubs and centers, the feeder lines, and for every hub-gateway pair an arrow from
/// the hub to the map's edge in the gateway's direction, labelled once per gateway with its name and parcels a
/// day (solid: out of the province, subsidised; dashed: inside). Classes for tests and scripts:
/// `table#firms`, `svg#line-haul-map`, `line.gateway-arrow` (`data-gateway`), `text.gateway-label`.
public enum FirmReport {
    /// The HTML section in the language of `s`, or "" when the plan has no firms.
    public static func section(_ plan: NetworkPlan, network: Network, strings s: Strings = Strings(.en)) -> String {
        guard !plan.firms.isEmpty else { return "" }
        let policy = plan.scenario.policy, unit = s(.moneyUnit)
        let handled = plan.firms.reduce(0) { $0 + $1.parcelsPerDay }
        func e(_ text: String) -> String { HTMLText.escape(text) }
        var html = "<h2>\(e(s(.firmsHeading)))</h2>\n"
        html +=
            "<p>\(e(s(.firmsHandled, s.number(handled), s.number(handled * plan.scenario.rates.daysPerYear / 1e6, 1))))</p>\n"
        html += HTMLPage.table(
            [
                s(.colFirm), s(.colName), s(.colShare), s(.colHubsMainFirst), s(.colFirmLines), s(.colTripsDay),
                s(.colTollsYear, unit), s(.colSubsidyYear, unit), s(.colCapped), s(.colAwardOnce, unit),
            ],
            plan.firms.map { f in
                let lines = plan.lines.filter { $0.firm == f.id }
                let feeders = lines.filter { $0.kind == .feeder }.count
                return [
                    f.id, f.name, "#" + s.percent(f.share), f.hubs.joined(separator: ", "),
                    "#\(feeders) / \(lines.count - feeders)", "#\(lines.reduce(0) { $0 + $1.tripsPerDay })",
                    "#" + s.money(f.tolls), "#" + s.money(f.tollSubsidy), s(f.subsidyCapped ? .yes : .no),
                    "#" + s.money(f.award),
                ]
            }, id: "firms")
        let range =
            policy.awardCoverageCounties.map { s(.firmsAwardCounties, String($0)) }
            ?? s(.firmsAwardShare, s.percent(policy.awardCoverage))
        html +=
            "<p>"
            + e(
                s(
                    .firmsLevers, s.percent(policy.tollSubsidyShare), s.money(policy.tollSubsidyCap) + " " + unit,
                    s.money(policy.awardPerFirm) + " " + unit, range, s.number(policy.awardYears)))
            + "</p>\n"
        html += "<figure>\n" + map(plan, network: network, strings: s)
        html += "<figcaption>\(e(s(.firmsMapCaption)))</figcaption>\n</figure>\n"
        return html
    }

    /// The line-haul map as inline SVG.
    static func map(
        _ plan: NetworkPlan, network: Network, strings s: Strings = Strings(.en), width: Double = 960
    ) -> String {
        let index = network.nodeIndexByID()
        let drawn = network.nodes.filter {
            $0.kind.isDemandPoint || $0.kind == .regionalHub || $0.kind == .countyCenter
        }
        let lons = drawn.map(\.lon), lats = drawn.map(\.lat)
        let minLon = lons.min() ?? 0, maxLon = lons.max() ?? 1, minLat = lats.min() ?? 0, maxLat = lats.max() ?? 1
        let aspect = cos((minLat + maxLat) / 2 * .pi / 180)
        // A wide margin leaves room for the gateway labels at the edge.
        let margin = 110.0
        let scale = (width - 2 * margin) / max((maxLon - minLon) * aspect, 1e-6)
        let height = (max(maxLat - minLat, 1e-6) * scale + 2 * margin).rounded()
        func xy(_ lon: Double, _ lat: Double) -> (Double, Double) {
            (margin + (lon - minLon) * aspect * scale, margin + (maxLat - lat) * scale)
        }
        func node(_ id: String) -> (Double, Double)? {
            index[id].map { xy(network.nodes[$0].lon, network.nodes[$0].lat) }
        }
        func f(_ x: Double) -> String { String(format: "%.1f", x) }
        var svg =
            "<svg id=\"line-haul-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\""
            + " width=\"\(f(width))\" height=\"\(f(height))\">\n"
        svg +=
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
            + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1f5f8b\"/></marker></defs>\n"
        svg += "<g id=\"feeders\" stroke=\"#aaa\" stroke-width=\"1\">\n"
        var drawnFeeders: Set<String> = []
        for l in plan.lines where l.kind == .feeder && drawnFeeders.insert(l.from + ">" + l.to).inserted {
            guard let p = node(l.from), let q = node(l.to) else { continue }
            svg += "<line class=\"feeder\" x1=\"\(f(p.0))\" y1=\"\(f(p.1))\" x2=\"\(f(q.0))\" y2=\"\(f(q.1))\"/>\n"
        }
        svg += "</g>\n<g id=\"gateway-arrows\" stroke=\"#1f5f8b\" stroke-width=\"2\">\n"
        var labels: [String: (x: Double, y: Double, outside: Bool)] = [:]
        var pairs: Set<String> = []
        for l in plan.lines where l.kind == .gateway && pairs.insert(l.from + ">" + l.to).inserted {
            guard let p = node(l.from), let g = index[l.to] else { continue }
            let target = xy(network.nodes[g].lon, network.nodes[g].lat)
            let edge = edgePoint(from: p, toward: target, width: width, height: height, inset: margin * 0.45)
            svg +=
                "<line class=\"gateway-arrow\" data-gateway=\"\(HTMLText.escape(l.to))\" x1=\"\(f(p.0))\" y1=\"\(f(p.1))\""
                + " x2=\"\(f(edge.0))\" y2=\"\(f(edge.1))\" marker-end=\"url(#arrow)\""
                + (l.outOfProvince ? "" : " stroke-dasharray=\"5 3\"") + "/>\n"
            if labels[l.to] == nil { labels[l.to] = (edge.0, edge.1, l.outOfProvince) }
        }
        svg += "</g>\n<g id=\"gateway-labels\" font-size=\"12\" fill=\"#1f2d3d\">\n"
        var placed: [(x: Double, y: Double)] = []
        for gateway in plan.gateways {
            guard let at = labels[gateway.id] else { continue }
            let anchor = at.x < width * 0.35 ? "start" : at.x > width * 0.65 ? "end" : "middle"
            let x = min(max(at.x, 4), width - 4)
            var y = min(max(at.y + (at.y < height / 2 ? -6 : 14), 12), height - 4)
            // Gateways in nearly the same direction (Taiyuan and Xinzhou) would print over each other: step away
            // from the nearer horizontal edge until the line is free.
            let step = y < height / 2 ? 14.0 : -14.0
            while placed.contains(where: { abs($0.y - y) < 13 && abs($0.x - x) < 180 }) { y += step }
            placed.append((x, y))
            let parcels = gateway.inbound + gateway.outbound + 2 * gateway.transit
            svg +=
                "<text class=\"gateway-label\" x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\">"
                + HTMLText.escape(
                    "\(gateway.name) · \(s(.gatewayPerDay, s.number(parcels)))"
                        + (at.outside ? "" : " " + s(.gatewayInProvince)))
                + "</text>\n"
        }
        svg += "</g>\n<g id=\"line-haul-sites\" stroke=\"#fff\" stroke-width=\"1.5\">\n"
        for c in plan.centers {
            guard let p = node(c.id) else { continue }
            svg +=
                "<circle class=\"site center\" cx=\"\(f(p.0))\" cy=\"\(f(p.1))\" r=\"5\" fill=\"#c0392b\"><title>\(HTMLText.escape(c.name))</title></circle>\n"
        }
        for h in plan.hubs {
            guard let p = node(h.id) else { continue }
            let firms = (h.firms ?? []).joined(separator: ", ")
            svg +=
                "<rect class=\"site hub\" x=\"\(f(p.0 - 8))\" y=\"\(f(p.1 - 8))\" width=\"16\" height=\"16\" fill=\"#1f2d3d\">"
                + "<title>\(HTMLText.escape(h.name + (firms.isEmpty ? "" : ": " + firms)))</title></rect>\n"
        }
        return svg + "</g>\n</svg>\n"
    }

    /// Where the ray from `p` toward `target` leaves the rectangle inset by `inset` from the drawing's edges.
    static func edgePoint(
        from p: (Double, Double), toward target: (Double, Double), width: Double, height: Double,
        inset: Double
    ) -> (Double, Double) {
        let dx = target.0 - p.0, dy = target.1 - p.1
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 1e-9 else { return p }
        let ux = dx / length, uy = dy / length
        var t = Double.infinity
        if ux > 1e-12 { t = min(t, (width - inset - p.0) / ux) }
        if ux < -1e-12 { t = min(t, (inset - p.0) / ux) }
        if uy > 1e-12 { t = min(t, (height - inset - p.1) / uy) }
        if uy < -1e-12 { t = min(t, (inset - p.1) / uy) }
        // A gateway inside the drawing (rare at this scale) gets its own position.
        let reach = min(max(t, 0), length)
        return (p.0 + ux * reach, p.1 + uy * reach)
    }
}

// The plan's map as inline SVG: villages by county, centers, hubs, assignments, routes and line-haul.
import DeliveryPlanning
import Foundation
import RoadNetwork

/// Draws a plan on a simple equirectangular projection (longitude scaled by cos of the mid latitude), which
/// is faithful enough at a city's or province's scale and needs no map tiles.
///
/// Elements carry stable classes and ids so tests and scripts can count them:
/// `circle.village` (one per demand point), `line.assignment`, `polyline.route` (one per route, `id="route-K"`),
/// `line.line-haul`, `circle.site.center` (`id="center-ID"`), `rect.site.hub` (`id="hub-ID"`).
public struct MapSVG {
    /// Width of the drawing in px; the height follows the region's shape.
    public var width = 960.0
    /// Colours of the counties' villages, in county order (repeated beyond ten).
    static let palette = [
        "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f",
        "#bab0ac", "#e15759",
    ]

    /// Creates a renderer.
    public init() {}

    /// The SVG element (no XML prolog, ready to inline in HTML).
    ///
    /// With `county`, only that county's villages, assignments, routes and centers are drawn (hubs and
    /// line-haul are left out), framed on them and on `outline`, which is drawn under them.
    public func render(
        _ plan: NetworkPlan, network: Network, county: String? = nil, outline: CountyBoundary? = nil
    ) -> String {
        let index = network.nodeIndexByID()
        func keep(_ code: String?) -> Bool { county == nil || code == county }
        var plan = plan
        if county != nil {
            let centers = Set(plan.centers.filter { keep($0.county) }.map(\.id))
            plan.centers = plan.centers.filter { centers.contains($0.id) }
            plan.assignments = plan.assignments.filter { centers.contains($0.center) }
            plan.routes = plan.routes.filter { keep($0.county) }
            plan.hubs = []
            plan.lines = []
        }
        let drawn = network.nodes.filter {
            ($0.kind.isDemandPoint || ($0.kind == .regionalHub && county == nil) || $0.kind == .countyCenter)
                && keep($0.county)
        }
        let ring = outline?.polygons.flatMap { $0.flatMap { $0 } } ?? []
        let lons = drawn.map(\.lon) + ring.map(\.lon), lats = drawn.map(\.lat) + ring.map(\.lat)
        let minLon = lons.min() ?? 0, maxLon = lons.max() ?? 1, minLat = lats.min() ?? 0, maxLat = lats.max() ?? 1
        let aspect = cos((minLat + maxLat) / 2 * .pi / 180)
        let spanX = max((maxLon - minLon) * aspect, 1e-6), spanY = max(maxLat - minLat, 1e-6)
        let margin = 16.0
        let scale = (width - 2 * margin) / spanX
        let height = (spanY * scale + 2 * margin).rounded()
        func xy(_ id: String) -> (Double, Double)? {
            guard let i = index[id] else { return nil }
            let n = network.nodes[i]
            return (margin + (n.lon - minLon) * aspect * scale, margin + (maxLat - n.lat) * scale)
        }
        func f(_ x: Double) -> String { String(format: "%.1f", x) }
        let countyColor = Dictionary(
            uniqueKeysWithValues: network.counties.enumerated().map {
                ($1.code, Self.palette[$0 % Self.palette.count])
            })

        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"plan-map\" viewBox=\"0 0 \(f(width)) \(f(height))\""
            + " width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-label=\"Map of the plan\">\n"
        svg +=
            "<rect class=\"background\" x=\"0\" y=\"0\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#fbfbf8\"/>\n"
        if let outline {
            let d = outline.polygons.flatMap { $0 }.map { ring in
                "M"
                    + ring.map { p in
                        "\(f(margin + (p.lon - minLon) * aspect * scale)),\(f(margin + (maxLat - p.lat) * scale))"
                    }.joined(separator: "L") + "Z"
            }.joined()
            svg +=
                "<path class=\"outline\" d=\"\(d)\" fill=\"#f2f0e8\" stroke=\"#777\" stroke-width=\"1\" fill-rule=\"evenodd\"/>\n"
        }
        svg += "<g id=\"assignments\" stroke=\"#999\" stroke-width=\"0.4\" opacity=\"0.5\">\n"
        for a in plan.assignments {
            guard let p = xy(a.node), let q = xy(a.center) else { continue }
            svg += "<line class=\"assignment\" x1=\"\(f(p.0))\" y1=\"\(f(p.1))\" x2=\"\(f(q.0))\" y2=\"\(f(q.1))\"/>\n"
        }
        svg += "</g>\n<g id=\"villages\">\n"
        for node in network.nodes where node.kind.isDemandPoint && keep(node.county) {
            guard let p = xy(node.id) else { continue }
            let color = node.county.flatMap { countyColor[$0] } ?? "#888"
            svg +=
                "<circle class=\"village\" cx=\"\(f(p.0))\" cy=\"\(f(p.1))\" r=\"1.6\" fill=\"\(color)\">"
                + "<title>\(HTMLText.escape(node.name))</title></circle>\n"
        }
        svg += "</g>\n<g id=\"routes\" fill=\"none\" stroke-width=\"1.2\" opacity=\"0.85\">\n"
        for (k, r) in plan.routes.enumerated() {
            let points = ([r.center] + r.stops + [r.center]).compactMap(xy).map { "\(f($0.0)),\(f($0.1))" }
            let color = countyColor[r.county] ?? "#333"
            svg +=
                "<polyline class=\"route\" id=\"route-\(k + 1)\" data-center=\"\(HTMLText.escape(r.center))\""
                + " stroke=\"\(color)\" points=\"\(points.joined(separator: " "))\"/>\n"
        }
        svg += "</g>\n<g id=\"line-haul\" stroke=\"#222\" stroke-width=\"2\" stroke-dasharray=\"6 3\">\n"
        // Gateway lines leave the map; FirmReport draws them as arrows toward their cities.
        for l in plan.lines where l.kind == .feeder {
            guard let p = xy(l.hub), let q = xy(l.center) else { continue }
            svg += "<line class=\"line-haul\" x1=\"\(f(p.0))\" y1=\"\(f(p.1))\" x2=\"\(f(q.0))\" y2=\"\(f(q.1))\"/>\n"
        }
        svg += "</g>\n<g id=\"centers\" stroke=\"#fff\" stroke-width=\"1.5\">\n"
        for c in plan.centers {
            guard let p = xy(c.id) else { continue }
            svg +=
                "<circle class=\"site center\" id=\"center-\(HTMLText.escape(c.id))\" cx=\"\(f(p.0))\" cy=\"\(f(p.1))\""
                + " r=\"6\" fill=\"#c0392b\"><title>\(HTMLText.escape(c.name))</title></circle>\n"
        }
        svg += "</g>\n<g id=\"hubs\" stroke=\"#fff\" stroke-width=\"1.5\">\n"
        for h in plan.hubs {
            guard let p = xy(h.id) else { continue }
            svg +=
                "<rect class=\"site hub\" id=\"hub-\(HTMLText.escape(h.id))\" x=\"\(f(p.0 - 8))\" y=\"\(f(p.1 - 8))\""
                + " width=\"16\" height=\"16\" fill=\"#1f2d3d\"><title>\(HTMLText.escape(h.name))</title></rect>\n"
        }
        svg += "</g>\n</svg>\n"
        return svg
    }
}

/// Escaping for text inside HTML and SVG.
enum HTMLText {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}

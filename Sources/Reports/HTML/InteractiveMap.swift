// The report's interactive map: a canvas, its controls and legend, the plan's data and the script, all inline.
import DeliveryPlanning
import RoadNetwork

/// The map block of report.html: works offline (data and script inline), draws a tile basemap only when
/// ``ReportOptions/tiles`` is set. The script is `Resources/map.js`, embedded in the binary at build time.
enum InteractiveMap {
    /// The map's script text.
    static let script = String(decoding: PackageResources.map_js, as: UTF8.self)

    /// The HTML of the map block.
    static func render(_ plan: NetworkPlan, network: Network, options: ReportOptions) -> String {
        let s = options.strings
        func toggle(_ layer: String, _ key: StringKey, _ swatch: String) -> String {
            "<label><input type=\"checkbox\" data-layer=\"\(layer)\"> <span class=\"sw\" style=\"\(swatch)\"></span>\(HTMLText.escape(s(key)))</label>\n"
        }
        let data = MapData.json(plan, network: network, options: options)
        return """
            <div id="hp-map" class="hp-map">
            <canvas aria-label="\(HTMLText.escape(s(.mapHeading)))"></canvas>
            <div class="hp-tip" hidden></div>
            <div class="hp-zoom"><button data-zoom="in" title="\(HTMLText.escape(s(.mapZoomIn)))">+</button><button data-zoom="out" title="\(HTMLText.escape(s(.mapZoomOut)))">−</button><button data-zoom="reset">\(HTMLText.escape(s(.mapReset)))</button></div>
            <fieldset class="hp-layers"><legend>\(HTMLText.escape(s(.mapLayers)))</legend>
            \(toggle("villages", .mapVillages, "background:#4e79a7"))\(toggle("assignments", .mapAssignments, "background:#999;height:1px"))\(toggle("routes", .mapRoutes, "background:#f28e2b;height:2px"))\(toggle("lineHaul", .mapLineHaul, "border-top:2px dashed #222;height:0"))\(toggle("gateways", .mapGateways, "background:#8e44ad"))\(toggle("gatewayArrows", .mapGatewayArrows, "border-top:2px solid #1f5f8b;height:0"))\(toggle("boundaries", .mapBoundaries, "border:1px solid #8a8a8a"))\(toggle("modelled", .mapModelled, "border:1.5px solid #d35400;border-radius:50%"))</fieldset>
            <div class="hp-legend"><b>\(HTMLText.escape(s(.mapLegend)))</b><br>
            <span class="sw" style="background:#c0392b;border-radius:50%"></span>\(HTMLText.escape(s(.mapCenters)))<br>
            <span class="sw" style="background:#1f2d3d"></span>\(HTMLText.escape(s(.mapHubs)))<br>
            <span class="sw" style="background:#4e79a7"></span>\(HTMLText.escape(s(.mapVillages)))<br>
            <span class="sw" style="background:#f28e2b;height:2px"></span>\(HTMLText.escape(s(.mapRoutes)))<br>
            <span class="sw" style="border-top:2px dashed #222;height:0"></span>\(HTMLText.escape(s(.mapLineHaul)))</div>
            <noscript><p>\(HTMLText.escape(s(.mapNoScript)))</p></noscript>
            </div>
            <p class="hp-hint">\(HTMLText.escape(s(.mapClickCounty)))</p>
            <div id="hp-panel"></div>
            <script>window.HUBPLAN_MAP = \(data);</script>
            \(MapYears.script(plan, network: network, options: options))
            <script>
            \(script)</script>

            """
    }

    static let style = """
        .hp-map { position: relative; height: 640px; border: 1px solid #ccc; user-select: none; }
        .hp-map canvas { width: 100%; height: 100%; display: block; cursor: grab; }
        .hp-tip { position: absolute; background: #fff; border: 1px solid #888; padding: 6px 8px; font-size: 12px;
                  pointer-events: none; box-shadow: 0 2px 6px rgba(0,0,0,.2); max-width: 260px; z-index: 3; }
        .hp-tip table { margin: 2px 0 0; } .hp-tip td { padding: 0 6px 0 0; border: 0; }
        .hp-zoom { position: absolute; left: 8px; top: 8px; } .hp-zoom button { min-width: 28px; margin-right: 2px; }
        .hp-layers { position: absolute; right: 8px; top: 48px; background: rgba(255,255,255,.92); font-size: 12px;
                     border: 1px solid #ccc; } .hp-layers label { display: block; }
        .hp-legend { position: absolute; right: 8px; bottom: 8px; background: rgba(255,255,255,.92); font-size: 12px;
                     padding: 4px 8px; border: 1px solid #ccc; }
        .sw { display: inline-block; width: 12px; height: 10px; margin: 0 5px 0 2px; vertical-align: middle; }
        .hp-hint { color: #555; font-size: 12px; } .hp-routes { font-size: 13px; }
        @media print { .hp-zoom, .hp-layers, .hp-hint { display: none; } }

        """
}

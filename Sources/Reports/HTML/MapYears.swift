// The map's year layers of a build-out: per year, the sites open (opened, expanded, kept) or closing that year.
import DeliveryPlanning
import RoadNetwork

/// `window.HUBPLAN_YEARS` for the map script: one layer per planning year (`Resources/map.js` adds a checkbox
/// for each), each listing the sites of that year with their position, what happened to them and their tier.
/// Empty for a one-year plan.
enum MapYears {
    /// Action codes the script colours: opened, expanded, kept, closed.
    static func code(_ action: NetworkPlan.Schedule.Action) -> Int {
        switch action {
        case .open: 0
        case .expand: 1
        case .keep: 2
        case .close: 3
        }
    }

    /// The `<script>` that sets `HUBPLAN_YEARS`, or "" without a schedule.
    static func script(_ plan: NetworkPlan, network: Network, options: ReportOptions) -> String {
        guard let schedule = plan.schedule else { return "" }
        let s = options.strings
        let index = network.nodeIndexByID()
        var w = JSONWriter()
        w.raw("{")
        w.key("t", first: true)
        w.raw("{")
        let texts: [(String, StringKey)] = [
            ("year", .mapYear), ("opened", .mapYearOpened), ("expanded", .mapYearExpanded), ("kept", .mapYearKept),
            ("closed", .mapYearClosed),
        ]
        for (k, (name, key)) in texts.enumerated() {
            w.key(name, first: k == 0)
            w.string(s(key))
        }
        w.raw("}")
        w.key("years")
        w.array(schedule.periods) { w, p in
            w.raw("{")
            w.key("y", first: true)
            w.int(p.year)
            w.key("s")
            w.array(p.sites.filter { index[$0.id] != nil }) { w, site in
                let node = network.nodes[index[site.id]!]
                w.raw("{")
                w.key("x", first: true)
                w.number(node.lon, 5)
                w.key("y")
                w.number(node.lat, 5)
                w.key("a")
                w.int(code(site.action))
                w.key("t")
                w.string(site.tier ?? "")
                w.key("n")
                w.string(site.name)
                w.raw("}")
            }
            w.raw("}")
        }
        w.raw("}")
        return "<script>window.HUBPLAN_YEARS = \(w.text);</script>\n"
    }
}

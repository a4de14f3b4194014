// The data of the interactive map (villages, centers, hubs, routes, lines, outlines) as compact JSON for the page.
import DeliveryPlanning
import Foundation
import RoadNetwork

/// Builds the JSON object the map script (`Resources/map.js`) reads from `HUBPLAN_MAP`.
///
/// Villages are columns of parallel arrays (x, y, name, id, parcels, county, center, route, modelled) rather than
/// objects: Hebei has 56k of them and the page must stay a few megabytes. Routes refer to villages by index.
enum MapData {
    /// Colours of the counties, in county order: the static map's, so both maps colour a county alike.
    static let palette = MapSVG.palette

    /// The texts the script shows, by the names it uses.
    static let scriptKeys: [StringKey] = [
        .mapVillages, .mapAssignments, .mapRoutes, .mapLineHaul, .mapGateways, .mapBoundaries, .mapModelled,
        .mapCenters,
        .mapHubs, .mapLayers, .mapLegend, .mapZoomIn, .mapZoomOut, .mapReset, .mapVillage, .mapCenter, .mapHub,
        .mapRouteLabel, .mapParcels, .mapVan, .mapStops, .mapKm, .mapLoad, .mapSize, .mapCountyRoutes, .mapClickCounty,
        .mapNoRoutes, .mapPositionModelled, .mapCenterOf, .mapCountyLabel, .mapNorth, .mapParcelsUnit, .mapKmUnit,
        .mapCapacity, .sharedVan, .mapGatewayArrows,
    ]

    /// The JSON text.
    static func json(_ plan: NetworkPlan, network: Network, options: ReportOptions) -> String {
        let s = options.strings
        let names = PlaceNames(network)
        let counties = network.counties
        let countyIndex = Dictionary(counties.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        let villages = network.nodes.filter(\.kind.isDemandPoint)
        let villageIndex = Dictionary(villages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let centers = plan.centers
        let centerIndex = Dictionary(centers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let routes = Array(plan.routes.enumerated())
        var villageCenter = [Int](repeating: -1, count: villages.count)
        var villageParcels = [Double](repeating: 0, count: villages.count)
        for a in plan.assignments {
            guard let v = villageIndex[a.node] else { continue }
            villageCenter[v] = centerIndex[a.center] ?? -1
            villageParcels[v] = a.parcelsPerDay
        }
        var villageRoute = [Int](repeating: -1, count: villages.count)
        for (k, r) in routes.map(\.element).enumerated() {
            for stop in r.stops { if let v = villageIndex[stop], villageRoute[v] < 0 { villageRoute[v] = k } }
        }

        var w = JSONWriter()
        w.raw("{")
        w.key("lang", first: true); w.string(options.language.rawValue)
        w.key("t"); w.raw("{")
        for (i, k) in (scriptKeys + OperatingModelsMap.scriptKeys).enumerated() {
            w.key(k.rawValue, first: i == 0); w.string(s(k))
        }
        w.raw("}")
        w.key("tiles"); if let t = options.tiles { w.string(t) } else { w.raw("null") }
        w.key("counties")
        w.array(counties.enumerated()) { w, c in
            w.raw("{"); w.key("code", first: true); w.string(c.element.code); w.key("name"); w.string(c.element.name)
            w.key("color"); w.string(palette[c.offset % palette.count]); w.raw("}")
        }
        w.key("boundaries")
        w.array(options.boundaries.filter { countyIndex[$0.adcode] != nil }) { w, b in
            w.raw("{"); w.key("c", first: true); w.int(countyIndex[b.adcode]!)
            w.key("p")
            w.array(b.polygons) { w, polygon in
                w.array(polygon) { w, ring in
                    w.array(ring) { w, p in
                        w.number(p.lon, 5); w.raw(","); w.number(p.lat, 5)
                    }
                }
            }
            w.raw("}")
        }
        w.key("v"); w.raw("{")
        w.key("x", first: true); w.array(villages) { w, n in w.number(n.lon, 5) }
        w.key("y"); w.array(villages) { w, n in w.number(n.lat, 5) }
        w.key("n"); w.array(villages) { w, n in w.string(n.name) }
        w.key("id"); w.array(villages) { w, n in w.string(n.id) }
        w.key("p"); w.array(villageParcels) { w, p in w.number(p, 1) }
        w.key("c"); w.array(villages) { w, n in w.int(n.county.flatMap { countyIndex[$0] } ?? -1) }
        w.key("s"); w.array(villageCenter) { w, c in w.int(c) }
        w.key("r"); w.array(villageRoute) { w, r in w.int(r) }
        w.key("m"); w.array(villages) { w, n in w.int(ModelledPosition.isModelled(n) ? 1 : 0) }
        w.raw("}")
        w.key("centers")
        w.array(centers) { w, c in
            w.raw("{"); w.key("id", first: true); w.string(c.id); w.key("name"); w.string(c.name)
            w.key("full"); w.string(names.full(c.id, options.language)); w.key("c"); w.int(countyIndex[c.county] ?? -1)
            w.key("x"); w.number(c.lon, 5); w.key("y"); w.number(c.lat, 5); w.key("villages"); w.int(c.villages)
            w.key("parcels"); w.number(c.parcelsPerDay, 0); w.key("cap"); w.number(c.capacity ?? .nan, 0); w.raw("}")
        }
        let hubs = plan.hubs
        w.key("hubs")
        w.array(hubs) { w, h in
            w.raw("{"); w.key("id", first: true); w.string(h.id); w.key("name"); w.string(h.name)
            w.key("full"); w.string(names.full(h.id, options.language)); w.key("x"); w.number(h.lon, 5); w.key("y");
            w.number(h.lat, 5)
            w.key("centers"); w.int(h.centers.count); w.key("parcels"); w.number(h.parcelsPerDay, 0)
            w.key("cap"); w.number(h.capacity ?? .nan, 0); w.raw("}")
        }
        let hubIndex = Dictionary(hubs.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        w.key("routes")
        w.array(routes) { w, item in
            let r = item.element
            w.raw("{"); w.key("k", first: true); w.int(item.offset + 1); w.key("c"); w.int(countyIndex[r.county] ?? -1)
            w.key("s"); w.int(centerIndex[r.center] ?? -1); w.key("van"); w.string(r.vehicle)
            w.key("carrier"); if let c = r.carrier { w.string(c) } else { w.raw("null") }
            w.key("stops"); w.array(r.stops) { w, id in w.int(villageIndex[id] ?? -1) }
            w.key("km"); w.number(r.km, 1); w.key("load"); w.number(r.load, 0); w.key("cap"); w.number(r.capacity, 0)
            w.key("min"); w.number(r.minutes, 0); w.raw("}")
        }
        w.key("lines")
        w.array(plan.lines.filter { hubIndex[$0.hub] != nil && centerIndex[$0.center] != nil }) { w, l in
            w.raw("["); w.int(hubIndex[l.hub]!); w.raw(","); w.int(centerIndex[l.center]!); w.raw(",")
            w.number(l.km, 1); w.raw(","); w.number(l.parcelsPerDay, 0); w.raw("]")
        }
        // The gateway cities the firms' direct lines run to, as [lon, lat, name] triples for the gateways layer.
        w.key("gateways")
        w.array(plan.gateways) { w, g in
            w.raw("["); w.number(g.lon, 5); w.raw(","); w.number(g.lat, 5); w.raw(","); w.string(g.name); w.raw("]")
        }
        OperatingModelsMap.write(&w, plan: plan, network: network, strings: s)
        writeGatewayLines(&w, plan, hubIndex: hubIndex)
        w.raw("}")
        return w.text
    }
}

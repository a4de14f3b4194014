// The operating models' map layers (post offices, bus lines, village stations, warehouses) as JSON for map.js.
import DeliveryPlanning
import RoadNetwork

/// Writes `HUBPLAN_MAP.om`: one array of tuples per layer, present only when the plan has that model, so the
/// script adds a toggle only for layers it can draw. Tuples rather than objects keep Hebei's stations small.
///
/// - `postOffices`: `[lon, lat, name, backstop villages, parcels a day, position source in words]`
/// - `busLines`: `[station lon, lat, seat lon, lat, seat name, km, parcels a day, trips, departures, used 0|1]`
/// - `stations`: `[lon, lat, name, villages, parcels a day, frequency in words]`
/// - `warehouses`: `[lon, lat, name, villages, produce a day, cold-chain produce a day, products]`
enum OperatingModelsMap {
    /// The texts the layers show, passed with the map's own (``MapData/scriptKeys``).
    static let scriptKeys: [StringKey] = [
        .mapPostOffices, .mapBusLines, .mapStations, .mapWarehouses, .mapBackstopVillages, .mapFrequency, .mapUsed,
        .colPositionSource, .colTrips, .colDepartures, .colProduceDay, .colColdDay, .colProducts, .colVillages, .yes,
        .no,
    ]

    /// Writes `,"om":{...}` into `w` (an empty object when the plan has no operating model).
    static func write(_ w: inout JSONWriter, plan: NetworkPlan, network: Network, strings s: Strings) {
        let names = PlaceNames(network)
        let m = plan.operatingModels
        func point(_ id: String) -> (lon: Double, lat: Double)? { names.node(id).map { ($0.lon, $0.lat) } }
        w.key("om")
        w.raw("{")
        var first = true
        func layer(_ name: String) {
            w.key(name, first: first)
            first = false
        }
        if let b = m?.postalBackstop {
            layer("postOffices")
            w.array(b.postOffices) { w, o in
                w.raw("["); w.number(o.lon, 5); w.raw(","); w.number(o.lat, 5); w.raw(","); w.string(o.name)
                w.raw(","); w.int(o.villages); w.raw(","); w.number(o.parcelsPerDay, 0); w.raw(",")
                w.string(OperatingModelsReport.position(o.positionSource, s)); w.raw("]")
            }
        }
        if let b = m?.busLines {
            layer("busLines")
            w.array(b.lines.filter { point($0.station) != nil && point($0.seat) != nil }) { w, l in
                let (a, z) = (point(l.station)!, point(l.seat)!)
                w.raw("["); w.number(a.lon, 5); w.raw(","); w.number(a.lat, 5); w.raw(","); w.number(z.lon, 5)
                w.raw(","); w.number(z.lat, 5); w.raw(","); w.string(names.name(l.seat)); w.raw(",")
                w.number(l.km, 1); w.raw(","); w.number(l.parcelsPerDay, 0); w.raw(","); w.int(l.trips); w.raw(",")
                w.int(l.departuresPerDay ?? b.departuresPerDay); w.raw(","); w.int(l.used ? 1 : 0); w.raw("]")
            }
        }
        if let v = m?.villageStations {
            layer("stations")
            w.array(v.stations.filter { point($0.id) != nil }) { w, st in
                let p = point(st.id)!
                w.raw("["); w.number(p.lon, 5); w.raw(","); w.number(p.lat, 5); w.raw(","); w.string(names.name(st.id))
                w.raw(","); w.int(st.villages); w.raw(","); w.number(st.parcelsPerDay, 1); w.raw(",")
                w.string(frequency(st.frequency, s)); w.raw("]")
            }
        }
        if let o = m?.originWarehouses {
            layer("warehouses")
            w.array(o.warehouses) { w, h in
                w.raw("["); w.number(h.lon, 5); w.raw(","); w.number(h.lat, 5); w.raw(","); w.string(h.name)
                w.raw(","); w.int(h.villages); w.raw(","); w.number(h.pickupsPerDay, 0); w.raw(",")
                w.number(h.coldPickupsPerDay, 0); w.raw(","); w.string(h.products.joined(separator: ", ")); w.raw("]")
            }
        }
        w.raw("}")
    }

    /// A station's delivery frequency in words.
    static func frequency(_ f: String, _ s: Strings) -> String {
        switch f {
        case "daily": s(.freqDaily)
        case "every-other-day": s(.freqEveryOtherDay)
        case "twice-weekly": s(.freqTwiceWeekly)
        default: f
        }
    }
}

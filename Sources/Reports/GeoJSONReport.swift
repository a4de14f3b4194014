// plan.geojson: sites, village-to-center assignments and routes as GeoJSON features for QGIS or geojson.io.
import DeliveryPlanning
import Foundation
import RoadNetwork

/// The plan as a GeoJSON FeatureCollection (WGS84 lon/lat, RFC 7946).
///
/// Features carry a `layer` property: `hub`, `center` (Points), `assignment` (village -> center LineString),
/// `route` (center -> stops -> center LineString) and `line-haul` (center -> hub LineString).
public enum GeoJSONReport {
    /// The FeatureCollection as UTF-8 JSON text.
    public static func data(_ plan: NetworkPlan, network: Network) throws -> Data {
        let index = network.nodeIndexByID()
        func point(_ id: String) -> [Double]? { index[id].map { [network.nodes[$0].lon, network.nodes[$0].lat] } }
        var features: [[String: Any]] = []
        func add(_ layer: String, _ geometry: [String: Any], _ properties: [String: Any]) {
            var p = properties
            p["layer"] = layer
            features.append(["type": "Feature", "geometry": geometry, "properties": p])
        }
        for h in plan.hubs {
            add(
                "hub", ["type": "Point", "coordinates": [h.lon, h.lat]],
                ["id": h.id, "name": h.name, "parcels_per_day": h.parcelsPerDay, "centers": h.centers.count])
        }
        for c in plan.centers {
            add(
                "center", ["type": "Point", "coordinates": [c.lon, c.lat]],
                [
                    "id": c.id, "name": c.name, "county": c.county, "villages": c.villages,
                    "parcels_per_day": c.parcelsPerDay,
                    "hub": c.hub ?? "",
                ])
        }
        for a in plan.assignments {
            guard let from = point(a.node), let to = point(a.center) else { continue }
            add(
                "assignment", ["type": "LineString", "coordinates": [from, to]],
                ["node": a.node, "center": a.center, "km": a.km, "parcels_per_day": a.parcelsPerDay])
        }
        for (k, r) in plan.routes.enumerated() {
            let ids = [r.center] + r.stops + [r.center]
            let coordinates = ids.compactMap(point)
            add(
                "route", ["type": "LineString", "coordinates": coordinates],
                [
                    "route": k + 1, "center": r.center, "county": r.county, "stops": r.stops.count, "km": r.km,
                    "load": r.load,
                    "vehicle": r.vehicle,
                ])
        }
        for l in plan.lines {
            guard let from = point(l.from), let to = point(l.to) else { continue }
            add(
                "line-haul", ["type": "LineString", "coordinates": [from, to]],
                [
                    "from": l.from, "to": l.to, "kind": l.kind.rawValue, "firm": l.firm ?? "",
                    "out_of_province": l.outOfProvince,
                    "km": l.km, "trips_per_day": l.tripsPerDay, "parcels_per_day": l.parcelsPerDay, "tolls": l.tolls,
                    "subsidy": l.subsidy,
                ])
        }
        let collection: [String: Any] = ["type": "FeatureCollection", "name": plan.network, "features": features]
        var data = JSONText.data(collection)
        data.append(0x0A)
        return data
    }
}

// Matches surveyed points to a network's nodes (by id, else by county, township and name) and moves them there.

/// The outcome of importing a point file into a network.
public struct PointImport: Sendable {
    /// The network with the matched nodes moved (WGS84) and marked `positionSource: surveyed`.
    public var network: Network
    /// Rows matched: (row location, node id, km moved).
    public var matched: [(row: String, node: String, movedKm: Double)]
    /// Rows no node matches, with the reason.
    public var unmatched: [(row: String, reason: String)]
    /// Rows several nodes match, with the candidates' ids (none of them moved).
    public var ambiguous: [(row: String, candidates: [String])]

    /// Matches every row of `points` (in `datum`) to a node of `network`.
    ///
    /// A row with an `id` is matched by it alone. A row without one is matched by `name` (exact, surrounding
    /// spaces ignored) among demand points and sites, narrowed by `county` (adcode or county name) and
    /// `township` (the township code, or the name of the township's seat node) when given. A node matched by
    /// two rows keeps the first; the second is listed as unmatched.
    public init(network original: Network, points: [SurveyedPoint], datum: Datum) {
        network = original
        matched = []; unmatched = []; ambiguous = []
        let index = original.nodeIndexByID()
        var countyCode: [String: String] = [:]
        for county in original.counties { countyCode[county.name] = county.code; countyCode[county.code] = county.code }
        var townshipName: [String: String] = [:]
        for node in original.nodes where node.kind == .township || node.tags.contains("township-seat") {
            if let code = node.township { townshipName[code] = node.name }
        }
        var byName: [String: [Int]] = [:]
        for (i, node) in original.nodes.enumerated() {
            byName[node.name.trimmingCharacters(in: .whitespaces), default: []].append(i)
        }
        var taken: [Int: String] = [:]

        for point in points {
            var candidates: [Int]
            if let id = point.id {
                guard let i = index[id] else {
                    unmatched.append((point.location, "no node with id \"\(id)\"")); continue
                }
                candidates = [i]
            } else {
                let name = point.name!.trimmingCharacters(in: .whitespaces)
                candidates = byName[name] ?? []
                if let county = point.county?.trimmingCharacters(in: .whitespaces) {
                    let code = countyCode[county] ?? county
                    candidates = candidates.filter { original.nodes[$0].county == code }
                }
                if let township = point.township?.trimmingCharacters(in: .whitespaces) {
                    candidates = candidates.filter {
                        guard let code = original.nodes[$0].township else { return false }
                        return code == township || townshipName[code] == township
                    }
                }
                if candidates.isEmpty {
                    unmatched.append(
                        (
                            point.location,
                            "no node named \"\(name)\"" + (point.county.map { " in county \($0)" } ?? "")
                                + (point.township.map { ", township \($0)" } ?? "")
                        ))
                    continue
                }
                if candidates.count > 1 {
                    ambiguous.append((point.location, candidates.map { original.nodes[$0].id }))
                    continue
                }
            }
            let i = candidates[0]
            if let first = taken[i] {
                unmatched.append((point.location, "node \(original.nodes[i].id) was already matched by \(first)"))
                continue
            }
            guard point.lon.isFinite, point.lat.isFinite else {
                unmatched.append((point.location, "no position")); continue
            }
            let p = datum.toWGS84(lon: point.lon, lat: point.lat)
            guard (-180...180).contains(p.lon), (-90...90).contains(p.lat) else {
                unmatched.append(
                    (point.location, "position \(point.lon), \(point.lat) is not a longitude, latitude pair"));
                continue
            }
            taken[i] = point.location
            let old = network.nodes[i]
            matched.append(
                (point.location, old.id, greatCircleKm(lon1: old.lon, lat1: old.lat, lon2: p.lon, lat2: p.lat)))
            network.nodes[i].lon = p.lon
            network.nodes[i].lat = p.lat
            network.nodes[i].positionSource = .surveyed
        }
    }
}

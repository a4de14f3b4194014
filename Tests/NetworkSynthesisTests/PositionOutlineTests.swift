// Tests of the position model with county polygons: modelled points inside their county, seats on their villages, communities in town.
import RoadNetwork
import Testing

@testable import NetworkSynthesis

/// Modelled demand points and seats outside their own county's polygon; a seat placed on one of its township's
/// known village points is data, not a draw, and is allowed.
private func outsideOutline(_ network: Network, _ data: SourceData) -> [String] {
    let known = Set(data.villages.compactMap { $0.point.map { "\($0.rounded.lon),\($0.rounded.lat)" } })
    return network.nodes.filter { node in
        guard node.positionSource == .modelled, let outline = data.outlines[node.county ?? ""] else { return false }
        if node.tags.contains("township-seat"), known.contains("\(node.lon),\(node.lat)") { return false }
        return !outline.contains(lon: node.lon, lat: node.lat)
    }.map(\.id)
}

@Test func modelledDatongPointsLieInsideTheirCountyPolygon() throws {
    let data = try Fixtures.datongData.get()
    #expect(data.outlines.count >= 10)
    #expect(outsideOutline(try Fixtures.datong.get(), data) == [])
}

@Test func modelledHebeiPointsLieInsideTheirCountyPolygon() throws {
    let data = try Fixtures.hebeiData.get()
    #expect(data.outlines.count >= 167)
    #expect(outsideOutline(try Fixtures.hebei.get(), data) == [])
}

@Test func aModelledSeatSitsOnItsOwnKnownVillages() throws {
    // Hebei has 97 modelled township seats whose villages have points (e.g. 磴上镇 in 承德县).
    let network = try Fixtures.hebei.get()
    var known: [String: [GeoPoint]] = [:]
    for node in network.nodes where node.kind.isDemandPoint && node.positionSource == .sourceData {
        if let t = node.township { known[t, default: []].append(GeoPoint(lon: node.lon, lat: node.lat)) }
    }
    let seats = network.nodes.filter { $0.tags.contains("position:modelled") && known[$0.township ?? ""] != nil }
    #expect(seats.count > 50)
    for seat in seats {
        let nearest = known[seat.township!]!.map { $0.kilometres(to: GeoPoint(lon: seat.lon, lat: seat.lat)) }.min()!
        #expect(nearest < 1e-6, "\(seat.id) \(seat.name) is \(nearest) km from its nearest known village")
    }
}

@Test func modelledCommunitiesStayInTheirTown() throws {
    for network in [try Fixtures.datong.get(), try Fixtures.hebei.get()] {
        var seat: [String: GeoPoint] = [:]
        for node in network.nodes where node.tags.contains("township-seat") {
            seat[node.township!] = GeoPoint(lon: node.lon, lat: node.lat)
        }
        let far = network.nodes.filter { node in
            guard node.kind == .community, node.positionSource == .modelled, let s = seat[node.township ?? ""] else {
                return false
            }
            return GeoPoint(lon: node.lon, lat: node.lat).kilometres(to: s) > PositionModel.communityMaximumRadiusKm
                + 0.01
        }
        #expect(far.map(\.id) == [])
    }
}

@Test func anOutlineDecidesPlausibilityAndGivesAnInteriorPoint() {
    let c = GeoPoint(lon: 114, lat: 40)
    let county = SourceCounty(
        code: "000001", name: "ring", prefecture: "", seat: c, centroid: c, centroidInside: false,
        areaKm2: 100, population: 2, urban: 1, rural: 1)
    // A square ring around the centroid: the centroid itself is in the hole.
    func square(_ r: Double) -> [CountyBoundary.Point] {
        [(-r, -r), (r, -r), (r, r), (-r, r)].map { CountyBoundary.Point(lon: 114 + $0.0, lat: 40 + $0.1) }
    }
    let outline = CountyBoundary(adcode: "000001", name: "ring", polygons: [[square(0.1), square(0.05)]])
    let g = CountyGeometry(county: county, known: [], all: [county], outline: outline)
    #expect(!g.isPlausible(c))
    #expect(g.isPlausible(GeoPoint(lon: 114.07, lat: 40)))
    #expect(!g.isPlausible(GeoPoint(lon: 114.2, lat: 40)))
    let inside = g.interiorPoint
    #expect(outline.contains(lon: inside.lon, lat: inside.lat))
}

// Tests of the position model: bounding boxes, each village in its own county, seeds that matter.
import RoadNetwork
import Testing

@testable import NetworkSynthesis

/// Every node of `network` in the box.
private func inside(_ network: Network, lon: ClosedRange<Double>, lat: ClosedRange<Double>) -> [String] {
    // Gateways are the cities outside the region that direct lines run to.
    network.nodes.filter { $0.kind != .gateway && (!lon.contains($0.lon) || !lat.contains($0.lat)) }.map(\.id)
}

@Test func datongNodesLieInDatongsBox() throws {
    #expect(inside(try Fixtures.datong.get(), lon: 112.5...114.6, lat: 39.0...40.8) == [])
}

@Test func hebeiNodesLieInHebeisBox() throws {
    #expect(inside(try Fixtures.hebei.get(), lon: 113...120, lat: 36...43) == [])
}

/// Villages outside their own county: data points outside its plausible disk, modelled ones outside its
/// polygon (where vendored, see PositionOutlineTests) or its plausible disk.
private func misplaced(_ network: Network, _ data: SourceData) -> [String] {
    var geometry: [String: CountyGeometry] = [:]
    for county in data.counties where network.counties.contains(where: { $0.code == county.code }) {
        let known =
            data.townships.filter { $0.county == county.code }.compactMap(\.point)
            + data.villages.filter { ($0.county ?? $0.nbsCounty) == county.code }.compactMap(\.point)
        geometry[county.code] = CountyGeometry(
            county: county, known: known, all: data.counties, outline: data.outlines[county.code])
    }
    return network.nodes.filter { node in
        guard node.kind.isDemandPoint, let g = geometry[node.county ?? ""] else { return node.kind.isDemandPoint }
        let p = GeoPoint(lon: node.lon, lat: node.lat)
        return node.positionSource == .modelled && g.outline != nil ? !g.isPlausible(p) : !g.isWithinPlausibleDisk(p)
    }.map(\.id)
}

@Test func everyDatongVillageLiesInItsCounty() throws {
    #expect(misplaced(try Fixtures.datong.get(), try Fixtures.datongData.get()) == [])
}

@Test func everyHebeiVillageLiesInItsCounty() throws {
    #expect(misplaced(try Fixtures.hebei.get(), try Fixtures.hebeiData.get()) == [])
}

@Test func dataPointsAreKeptAsGiven() throws {
    let data = try Fixtures.datongData.get(), network = try Fixtures.datong.get()
    let byId = Dictionary(uniqueKeysWithValues: network.nodes.map { ($0.id, $0) })
    let withPoints = data.villages.filter { $0.point != nil && $0.county != nil }
    #expect(withPoints.count == 37)
    for village in withPoints {
        let node = try #require(byId["v-\(village.code)"])
        #expect(node.lon == village.point!.rounded.lon && node.lat == village.point!.rounded.lat)
        #expect(node.tags.contains("position:vonng2016"))
    }
}

@Test func sameSeedSamePositionsOtherSeedOthers() throws {
    let data = try Fixtures.datongData.get()
    let a = try NetworkSynthesizer.synthesize(data, options: SynthesisOptions(region: .datong, seed: Fixtures.seed))
    let b = try NetworkSynthesizer.synthesize(data, options: SynthesisOptions(region: .datong, seed: Fixtures.seed + 1))
    #expect(a == (try Fixtures.datong.get()))
    let moved = zip(a.nodes, b.nodes).filter { $0.lon != $1.lon || $0.lat != $1.lat }
    #expect(moved.count > 1700)
    #expect(zip(a.nodes, b.nodes).allSatisfy { $0.id == $1.id })
}

@Test func subdistrictsWithoutPointsStayNearTheSeat() throws {
    let data = try Fixtures.datongData.get(), network = try Fixtures.datong.get()
    let seats = Dictionary(uniqueKeysWithValues: data.counties.map { ($0.code, $0.seat) })
    let modelled = network.nodes.filter { $0.tags.contains("position:modelled") }
    #expect(modelled.count == 41)
    for node in modelled where data.townships.first(where: { $0.code == node.township })?.isSubdistrict == true {
        #expect(
            GeoPoint(lon: node.lon, lat: node.lat).kilometres(to: seats[node.county!]!) <= PositionModel
                .subdistrictScatterKm + 0.01)
    }
}

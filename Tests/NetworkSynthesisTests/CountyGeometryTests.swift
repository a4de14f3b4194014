// Tests of the plausible-area rule: the area disk, known points widen it, neighbours' cores are kept out.
import Testing

@testable import NetworkSynthesis

private func county(_ code: String, lon: Double, lat: Double, area: Double, inside: Bool = true) -> SourceCounty {
    let p = GeoPoint(lon: lon, lat: lat)
    return SourceCounty(
        code: code, name: code, prefecture: "", seat: p, centroid: p, centroidInside: inside, areaKm2: area,
        population: 2, urban: 1, rural: 1)
}

@Test func plausibleDiskCoversAreaAndKnownPoints() {
    let a = county("000001", lon: 114, lat: 40, area: 314.159)  // R = 10 km
    let g = CountyGeometry(county: a, known: [], all: [a])
    #expect(abs(g.radiusKm - 10) < 1e-3)
    #expect(abs(g.plausibleRadiusKm - 12.5) < 1e-3)
    let far = a.centroid.offset(eastKm: 20, northKm: 0)
    #expect(CountyGeometry(county: a, known: [far], all: [a]).plausibleRadiusKm > 21.9)
}

@Test func neighbourCoresAreKeptOutUnlessRingShaped() {
    let a = county("000001", lon: 114, lat: 40, area: 3141.59)  // R = 31.6 km
    let b = county("000002", lon: 114.1, lat: 40, area: 78.54)  // R = 5 km, 8.5 km east
    let inB = b.centroid.offset(eastKm: 1, northKm: 0)
    #expect(!CountyGeometry(county: a, known: [], all: [a, b]).isPlausible(inB))
    let ring = county("000002", lon: 114.1, lat: 40, area: 78.54, inside: false)
    #expect(CountyGeometry(county: a, known: [], all: [a, ring]).isPlausible(inB))
}

// GCJ-02 and BD-09 to WGS84 against pairs published by other implementations, and the inverse's exactness.
import Testing

@testable import RoadNetwork

@Suite struct DatumTests {
    // wandergis/coordtransform's published results for (116.404, 39.915), Krasovsky ellipsoid as here.
    @Test func forwardTransformsMatchPublishedPairs() {
        let g = Datum.wgsToGCJ(lon: 116.404, lat: 39.915)
        #expect(abs(g.lon - 116.41024449916938) < 1e-9 && abs(g.lat - 39.91640428150164) < 1e-9)
        let b = Datum.bdToGCJ(lon: 116.404, lat: 39.915)
        #expect(abs(b.lon - 116.39762729119315) < 1e-12 && abs(b.lat - 39.90865673957631) < 1e-12)
        let d = Datum.gcjToBD(lon: 116.404, lat: 39.915)
        #expect(abs(d.lon - 116.41036949371029) < 1e-12 && abs(d.lat - 39.92133699351021) < 1e-12)
    }

    // googollee/eviltransform's test pairs (WGS84 -> GCJ-02; it uses a = 6378137 m, centimetres apart).
    @Test func gcjToWGSInvertsPublishedPairsToTheMetre() {
        let pairs: [(wgsLat: Double, wgsLon: Double, gcjLat: Double, gcjLon: Double)] = [
            (31.1774276, 121.5272106, 31.17530398364597, 121.531541859215),  // Shanghai
            (22.543847, 113.912316, 22.540796131694766, 113.9171764808363),  // Shenzhen
            (39.911954, 116.377817, 39.91334545536069, 116.38404722455657),  // Beijing
        ]
        for p in pairs {
            let w = Datum.gcj02.toWGS84(lon: p.gcjLon, lat: p.gcjLat)
            #expect(greatCircleKm(lon1: w.lon, lat1: w.lat, lon2: p.wgsLon, lat2: p.wgsLat) < 0.001)
        }
        // BD-09 -> WGS84 is BD-09 -> GCJ-02 (matched to coordtransform above) then the exact GCJ-02 inverse.
        let viaGCJ = Datum.bdToGCJ(lon: 113.7, lat: 40.3)
        let w = Datum.bd09.toWGS84(lon: 113.7, lat: 40.3),
            expected = Datum.gcj02.toWGS84(lon: viaGCJ.lon, lat: viaGCJ.lat)
        #expect(w == expected)
    }

    @Test func theInverseIsExactAndOutsideChinaNothingMoves() {
        for (lon, lat) in [(113.3, 40.1), (117.9, 38.3), (112.5, 39.2)] {
            let w = Datum.gcj02.toWGS84(lon: lon, lat: lat)
            let back = Datum.wgsToGCJ(lon: w.lon, lat: w.lat)
            #expect(abs(back.lon - lon) < 1e-9 && abs(back.lat - lat) < 1e-9)
            // The shift in northern China is a few hundred metres, never zero.
            #expect((0.1...1.0).contains(greatCircleKm(lon1: lon, lat1: lat, lon2: w.lon, lat2: w.lat)))
            let viaBD = Datum.bd09.toWGS84(
                lon: Datum.bd09.fromWGS84(lon: w.lon, lat: w.lat).lon,
                lat: Datum.bd09.fromWGS84(lon: w.lon, lat: w.lat).lat)
            #expect(greatCircleKm(lon1: viaBD.lon, lat1: viaBD.lat, lon2: w.lon, lat2: w.lat) < 0.001)
        }
        #expect(Datum.gcj02.toWGS84(lon: 2.35, lat: 48.85) == (lon: 2.35, lat: 48.85))
    }
}

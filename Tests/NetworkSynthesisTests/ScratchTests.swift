import Testing
import Foundation
import RoadNetwork
@testable import NetworkSynthesis

@Test func scratchDatong() throws {
    let t0 = Date()
    let data = try SourceData.load(directory: Fixtures.sources, prefix: "1402")
    let t1 = Date()
    let net = try NetworkSynthesizer.synthesize(data, options: SynthesisOptions(region: .datong, seed: 2027))
    let t2 = Date()
    print("load", t1.timeIntervalSince(t0), "synth", t2.timeIntervalSince(t1))
    var kinds: [String: Int] = [:]
    for n in net.nodes { kinds[n.kind.rawValue, default: 0] += 1 }
    print(kinds.sorted { $0.key < $1.key })
    print("parcels", net.nodes.reduce(0) { $0 + $1.totalParcels }, "target", DemandCalibration.datongParcelsPerDay)
    print("rates", DemandCalibration.datong(counties: data.counties))
    print("pickups", net.nodes.compactMap(\.pickups).count, net.nodes.compactMap(\.pickups).reduce(0) { $0 + $1.perDay })
    let lons = net.nodes.map(\.lon), lats = net.nodes.map(\.lat)
    print("bbox", lons.min()!, lons.max()!, lats.min()!, lats.max()!)
    print(net.description ?? "")
}

@Test func scratchHebei() throws {
    let t0 = Date()
    let data = try SourceData.load(directory: Fixtures.sources, prefix: "13")
    let t1 = Date()
    let net = try NetworkSynthesizer.synthesize(data, options: SynthesisOptions(region: .hebei, seed: 2027))
    let t2 = Date()
    print("HB load", t1.timeIntervalSince(t0), "synth", t2.timeIntervalSince(t1))
    var kinds: [String: Int] = [:]
    for n in net.nodes { kinds[n.kind.rawValue, default: 0] += 1 }
    print("HB", kinds.sorted { $0.key < $1.key }, net.counties.count)
    print("HB parcels", net.nodes.reduce(0) { $0 + $1.totalParcels })
    let lons = net.nodes.map(\.lon), lats = net.nodes.map(\.lat)
    print("HB bbox", lons.min()!, lons.max()!, lats.min()!, lats.max()!)
    let enc = JSONEncoder(); enc.outputFormatting = [.sortedKeys]
    let t3 = Date()
    let d = try enc.encode(net)
    print("HB json", d.count, Date().timeIntervalSince(t3))
}

// Tests of farm-produce pickups: only where the produce table names them, with the documented cold-chain flags.
import RoadNetwork
import Testing

@testable import NetworkSynthesis

@Test func datongPickupsFollowProduceTable() throws {
    let network = try Fixtures.datong.get(), data = try Fixtures.datongData.get()
    let picked = network.nodes.filter { $0.pickups != nil }
    #expect(picked.allSatisfy { $0.kind == .village })
    for item in data.produce where item.county.hasPrefix("1402") {
        let here = picked.filter { $0.county == item.county }
        #expect(here.allSatisfy { $0.pickups?.product == item.product && $0.pickups?.coldChain == item.coldChain })
        let perDay = here.reduce(0) { $0 + $1.pickups!.perDay }
        #expect(abs(perDay - item.parcelsPerYear / item.seasonDays) <= 0.05 + 1e-9)
        let villages = network.nodes.filter { $0.county == item.county && $0.kind == .village }.count
        #expect(here.count == Int((item.villageShare * Double(villages)).rounded()))
    }
    #expect(Set(picked.compactMap(\.pickups?.product)) == ["apricot", "daylily", "astragalus", "mutton", "beef"])
}

@Test func hebeiPickupsFollowItsProduceTable() throws {
    let network = try Fixtures.hebei.get(), data = try Fixtures.hebeiData.get()
    let picked = network.nodes.filter { $0.pickups != nil }
    let hebei = data.produce.filter { $0.county.hasPrefix("13") }
    #expect(hebei.count == 7 && Set(picked.compactMap(\.county)) == Set(hebei.map(\.county)))
    for item in hebei {
        let here = picked.filter { $0.county == item.county }
        #expect(here.allSatisfy { $0.pickups?.product == item.product && $0.pickups?.coldChain == item.coldChain })
        let perDay = here.reduce(0) { $0 + $1.pickups!.perDay }
        #expect(abs(perDay - item.parcelsPerYear / item.seasonDays) <= 0.05 + 1e-9)
    }
    // Fresh mushrooms, vegetables and peaches need cold chain; dried dates, chestnuts, hawthorn and pepper do not.
    #expect(Set(hebei.filter(\.coldChain).map(\.product)) == ["shiitake", "vegetables", "peach"])
}

// Tests of whole-network synthesis: counts per kind, sites, cut-down samples that match the full build.
import RoadNetwork
import Testing

@testable import NetworkSynthesis

@Test func datongCounts() throws {
    let network = try Fixtures.datong.get(), counts = Fixtures.counts(network)
    #expect(network.counties.count == 10)
    #expect(counts[.village] == 1423 && counts[.community] == 395)  // 1,826 less the 8 of the development zone
    #expect(counts[.countyCenter] == 10)
    #expect(counts[.regionalHub] == 15)  // 10 county seats + 3 parks + land port + zone
    #expect(counts[.gateway] == 10)  // 7 out of the province, 3 inside
    #expect(counts[.candidateSite] == 129)  // 126 township seats + 3 bus stations
    #expect(network.nodes.filter { $0.tags.contains("bus-station") }.count == 3)
    #expect(network.edges.isEmpty && network.distance.roads == .none)
    #expect(Set(network.nodes.map(\.id)).count == network.nodes.count)
}

@Test func hebeiCounts() throws {
    let network = try Fixtures.hebei.get(), counts = Fixtures.counts(network)
    #expect(network.counties.count == 167)
    #expect(counts[.village]! + counts[.community]! == 53_496)  // 53,817 less 321 in development zones
    #expect(counts[.countyCenter] == 167 && counts[.candidateSite] == 2254 && counts[.regionalHub] == 12)
    #expect(counts[.gateway] == 7)
    #expect(Set(network.nodes.compactMap(\.county)).count == 167)
}

@Test func everyCountyHasItsSeatAsCenterCandidate() throws {
    for network in [try Fixtures.datong.get(), try Fixtures.hebei.get()] {
        let centers = Set(network.nodes.filter { $0.kind == .countyCenter }.compactMap(\.county))
        #expect(centers == Set(network.counties.map(\.code)))
        #expect(network.nodes.filter { $0.site != nil }.allSatisfy { $0.site!.existing == false })
    }
}

@Test func cutDownSampleCarriesTheFullBuildsValues() throws {
    let data = try Fixtures.datongData.get(), full = try Fixtures.datong.get()
    let options = SynthesisOptions(
        region: try .parse("140221"), seed: Fixtures.seed,
        townships: ["140221100", "140221101"], villagesPerTownship: 6)
    let sample = try NetworkSynthesizer.synthesize(data, options: options)
    #expect(sample.nodes.count == 1 + 1 + 2 + 12)
    let byId = Dictionary(uniqueKeysWithValues: full.nodes.map { ($0.id, $0) })
    for node in sample.nodes { #expect(byId[node.id] == node) }
    #expect(sample.counties.map(\.code) == ["140221"])
}

@Test func unknownTownshipIsBadInput() throws {
    let options = SynthesisOptions(region: .datong, seed: 1, townships: ["130102001"])
    #expect(throws: SynthesisError.self) {
        try NetworkSynthesizer.synthesize(try Fixtures.datongData.get(), options: options)
    }
}

@Test func syntheticRoadsOnlyWhenAsked() throws {
    let options = SynthesisOptions(
        region: try .parse("140225"), seed: 1, townships: ["140225100"],
        villagesPerTownship: 5, syntheticRoads: true)
    let network = try NetworkSynthesizer.synthesize(try Fixtures.datongData.get(), options: options)
    #expect(network.distance.roads == .partial)
    #expect(network.edges.count == 5 + 1)
    #expect(network.edges.allSatisfy { $0.name == "synthetic" && $0.km > 0 })
    #expect(network.description?.contains("SYNTHETIC") == true)
}

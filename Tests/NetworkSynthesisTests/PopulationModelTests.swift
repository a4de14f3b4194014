// Tests of the population model: each county's units add up to its census population.
import RoadNetwork
import Testing

@testable import NetworkSynthesis

private func sums(_ network: Network) -> [String: Double] {
    network.nodes.filter(\.kind.isDemandPoint).reduce(into: [:]) { $0[$1.county!, default: 0] += $1.population ?? 0 }
}

@Test func datongCountiesMatchTheCensus() throws {
    let network = try Fixtures.datong.get()
    let census = sums(network)
    for county in network.counties { #expect(census[county.code] == county.population) }
    #expect(census.values.reduce(0, +) == 3_088_782)
}

@Test func hebeiCountiesMatchTheCensus() throws {
    let network = try Fixtures.hebei.get()
    let census = sums(network)
    for county in network.counties { #expect(census[county.code] == county.population, "\(county.code)") }
}

@Test func communitiesTakeTheUrbanPool() throws {
    let data = try Fixtures.datongData.get()
    let yanggao = try #require(data.counties.first { $0.code == "140221" })
    let villages = data.villages.filter { $0.county == "140221" }
    let pops = PopulationModel.populations(county: yanggao, villages: villages, seed: 1)
    let urban = zip(villages, pops).filter { $0.0.isCommunity }.reduce(0) { $0 + $1.1 }
    #expect(urban == Double(yanggao.urban))
    #expect(pops.allSatisfy { $0 > 0 })
}

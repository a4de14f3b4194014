// Tests of the verifier's county-by-county pair distances: the same km and minutes as one whole matrix.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct PlanVerifierPairDistancesTests {
    @Test func everyPairAsInTheWholeMatrixAcrossCountiesToo() throws {
        let network = LocationPlannerTests.network()
        let roads = RoadDistances(network: network)
        let demand = network.nodes.indices.filter { network.nodes[$0].kind.isDemandPoint }
        let sites = network.nodes.indices.filter { [.countyCenter, .candidateSite].contains(network.nodes[$0].kind) }
        try #require(Set(demand.compactMap { network.nodes[$0].county }).count >= 2 && sites.count >= 2)
        // Every demand point with every site: in-county pairs and the cross-county ones a bad plan would have.
        let pairs = demand.flatMap { j in sites.map { (node: j, center: $0) } }
        let distance = PlanVerifier.pairDistances(pairs, network: network, roads: roads)
        let whole = roads.matrix(from: demand, to: sites)
        #expect(distance.count == pairs.count)
        for (r, j) in demand.enumerated() {
            for (c, i) in sites.enumerated() {
                let d = try #require(distance[j * network.nodes.count + i])
                #expect(abs(d.km - whole.km(r, c)) < 1e-9 && abs(d.minutes - whole.minutes(r, c)) < 1e-9)
            }
        }
    }
}

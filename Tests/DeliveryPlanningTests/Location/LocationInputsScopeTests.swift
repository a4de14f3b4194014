// Tests that a county's location inputs built from its scope equal those found by scanning every node.
import FacilityLocation
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct LocationInputsScopeTests {
    @Test func aCountysScopeGivesTheInputsOfAFullScan() throws {
        let network = LocationPlannerTests.network()
        let scopes = CountyScopes(network)
        let hubs = network.nodes.indices.filter { network.nodes[$0].kind == .regionalHub }
        for code in scopes.codes {
            let scanned = try LocationInputs(network: network, counties: [code])
            let scoped = try LocationInputs(
                network: network, roads: nil, nodes: scopes.nodes(in: code), hubNodes: hubs, counties: [code])
            #expect(scoped.clientNodes == scanned.clientNodes && scoped.siteNodes == scanned.siteNodes)
            #expect(scoped.hubNodes == scanned.hubNodes && scoped.countyCodes == scanned.countyCodes)
            #expect(scoped.clientCounty == scanned.clientCounty && scoped.siteCounty == scanned.siteCounty)
            #expect(scoped.demands == scanned.demands)
            for j in 0..<scanned.clientNodes.count {
                for i in 0..<scanned.siteNodes.count { #expect(scoped.km[j, i] == scanned.km[j, i]) }
            }
        }
    }
}

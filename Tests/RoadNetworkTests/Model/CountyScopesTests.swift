// Tests that CountyScopes groups every node under its county once, in network order, as a full scan would.
import Testing

@testable import RoadNetwork

struct CountyScopesTests {
    @Test func groupsNodesByCountyInNetworkOrder() {
        func node(_ id: String, _ county: String?) -> Node {
            Node(id: id, name: id, kind: .village, county: county, lon: 113, lat: 40)
        }
        let network = Network(
            name: "scopes", counties: [County(code: "B", name: "b"), County(code: "A", name: "a")],
            nodes: [
                node("a1", "A"), node("x", nil), node("b1", "B"), node("c1", "C"), node("a2", "A"), node("c2", "C"),
            ])
        let scopes = CountyScopes(network)
        // Listed counties in file order, then a code nodes use but the network does not list.
        #expect(scopes.codes == ["B", "A", "C"])
        #expect(scopes.nodes == [[2], [0, 4], [3, 5]])
        #expect(scopes.unassigned == [1])
        #expect(scopes.position(of: "A") == 1 && scopes.position(of: "Z") == nil)
        #expect(scopes.nodes(in: "Z").isEmpty)
        for code in scopes.codes {
            #expect(scopes.nodes(in: code) == network.nodes.indices.filter { network.nodes[$0].county == code })
        }
    }
}

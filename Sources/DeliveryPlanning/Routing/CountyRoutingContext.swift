// What county routing prepares once per network and shares among counties: distances, the id index, county scopes.
import RoadNetwork

/// The network-wide lookups every county's routing needs, built once.
///
/// The plan's routing stage routes one county per call (per carrier, then the co-delivery comparison); built
/// inside each call, the road distances (every node's position and id), the id index and a scan of all nodes
/// for the county's stops cost O(nodes) per county, and on a 200 MB network more than the routing itself.
/// The stage builds one context and hands it to every call (``CountyRoutingRequest/context``).
struct CountyRoutingContext: Sendable {
    /// Road distances of the network.
    let roads: RoadDistances
    /// Node index by id.
    let index: [String: Int]
    /// Each county's node indices.
    let scopes: CountyScopes

    /// Prepares `network`'s lookups.
    ///
    /// - Complexity: O(nodes + edges).
    init(_ network: Network) {
        roads = RoadDistances(network: network)
        index = network.nodeIndexByID()
        scopes = CountyScopes(network)
    }

    /// Node indices of county `code`, ascending.
    func nodes(in code: String) -> [Int] { scopes.nodes(in: code) }
}

// A gateway as the plan uses it: its node, province and one carrier's flows scaled to the planned deliveries.
import RoadNetwork

/// A gateway node of the network (a city direct lines run to).
public struct Gateway: Sendable, Equatable {
    /// Index of the node in the network.
    public var node: Int
    public var id: String
    public var name: String
    /// Two-digit province code.
    public var province: String
    public var flows: GatewayFlows

    /// The gateways of `network`, in node order.
    public static func all(in network: Network) -> [Gateway] {
        network.nodes.indices.compactMap { i in
            let n = network.nodes[i]
            guard n.kind == .gateway, let flows = n.gateway else { return nil }
            return Gateway(node: i, id: n.id, name: n.name, province: flows.province, flows: flows)
        }
    }

    /// Whether a line from a hub in `province` to this gateway leaves the province (the subsidy's condition).
    public func isOutOfProvince(from province: String?) -> Bool { province != self.province }
}

// The hub candidates the hub models must open: the scenario's forced hubs and the build-out's existing hubs.

extension HubStage {
    /// Per candidate of `hubNodes`, whether it must open: named in `hubs.forced` or in `years.existing_hubs`
    /// (an existing hub never closes).
    /// - Throws: ``PlanError/badInput(_:)`` naming the key of an unknown hub, or an existing hub also closed.
    func keptOpen(_ hubNodes: [Int]) throws(PlanError) -> [Bool] {
        let forced = try flags(scenario.hubs.forced, hubNodes, key: "hubs.forced")
        let existing = try flags(
            (scenario.years?.existingHubs ?? []).map(\.hub), hubNodes, key: "years.existing_hubs")
        let closed = try flags(scenario.hubs.closed, hubNodes, key: "hubs.closed")
        if let h = hubNodes.indices.first(where: { existing[$0] && closed[$0] }) {
            throw .badInput(
                "scenario years.existing_hubs: hub \(network.nodes[hubNodes[h]].id) runs already, but hubs.closed closes it"
            )
        }
        return zip(forced, existing).map { $0 || $1 }
    }
}

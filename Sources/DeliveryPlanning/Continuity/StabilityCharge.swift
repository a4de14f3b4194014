// A re-plan's stability weight: W yuan for each village served by another center than in the previous plan.
import FacilityLocation

/// `stability: W` with `--from`: serving a village from a center other than its previous one costs W yuan
/// (a year; in a build-out, in each year it is so served). Added to the location models' assignment costs
/// (``LocationInputs/assignmentCharges(_:)``), so the county-center, facility, hub and multi-period models
/// all weigh moving villages against what the move saves. Villages the previous plan did not serve pay nothing.
public struct StabilityCharge: Sendable, Equatable {
    /// W, yuan per village moved.
    public var perVillage: Double
    /// The previous plan's center of each village it served, by node id.
    public var previousCenter: [String: String]

    /// The charge of `perVillage` yuan against `previous`'s assignments (a split village: its first share).
    public init(perVillage: Double, previous: [NetworkPlan.Assignment]) {
        self.perVillage = perVillage
        var centers: [String: String] = [:]
        for a in previous where centers[a.node] == nil { centers[a.node] = a.center }
        previousCenter = centers
    }

    /// Whether serving `node` from `center` counts as a move.
    public func moves(_ node: String, to center: String) -> Bool {
        previousCenter[node].map { $0 != center } ?? false
    }

    /// The villages of `assignments` (node, center) served by another center than before, in the given order.
    public func moved(_ assignments: [(node: String, center: String)]) -> [String] {
        assignments.filter { moves($0.node, to: $0.center) }.map(\.node)
    }
}

extension LocationInputs {
    /// The clients x sites charges of `stability` on these inputs: W where the site is not the client's previous
    /// center (including when that center is no longer a candidate), 0 where it is or the client is new.
    public func assignmentCharges(_ stability: StabilityCharge) throws(LocationError) -> CostMatrix {
        let siteIDs = siteNodes.map { network.nodes[$0].id }
        var values = [Double](repeating: 0, count: clientNodes.count * siteNodes.count)
        for (j, n) in clientNodes.enumerated() {
            guard let before = stability.previousCenter[network.nodes[n].id] else { continue }
            for (i, id) in siteIDs.enumerated() where id != before {
                values[j * siteNodes.count + i] = stability.perVillage
            }
        }
        return try CostMatrix(clients: clientNodes.count, sites: siteNodes.count, values: values)
    }
}

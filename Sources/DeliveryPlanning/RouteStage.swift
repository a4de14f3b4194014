// The pipeline's routing stage: co-delivery routes for every county (filled in when CountyRouter lands).
import SolverControl
import RoadNetwork

struct RouteStage {
    let network: Network
    let scenario: Scenario
    let budget: TimeBudget
    let progress: (@Sendable (String) -> Void)?

    struct Outcome {
        var stage: NetworkPlan.Stage
        var routes: [NetworkPlan.Route] = []
        var warnings: [String] = []
        var skipped: [String] = []
        var savings: [String: NetworkPlan.Savings] = [:]
        var total: NetworkPlan.Savings?
        var complete = true
    }

    /// Whether node `i` is a stop of the village routes (villages and township seats; communities are in-town).
    static func isStop(_ network: Network, _ i: Int?) -> Bool {
        guard let i else { return false }
        return network.nodes[i].kind == .village || network.nodes[i].kind == .township
    }

    func run(centers: LocationPlan) throws -> Outcome {
        Outcome(stage: .init(name: "routes", status: "skipped", objective: 0, bound: 0, gap: 0, seconds: 0, note: "not yet"))
    }
}

// The verifier's reading of a firm's routing over its hubs: which hub each of its centers' feeder lines goes to.
import FacilityLocation

extension PlanVerifier {
    /// The firm's routing as the plan states it, for the routing rule of ``FirmFlows``: for each open center (plan
    /// order) the position in `f.hubs` of the hub its feeder line goes to (-1 where the firm has no parcels), the
    /// main hub being `f.hubs[0]`. Violations: a center with parcels of the firm and no feeder line, or several;
    /// a feeder line to a hub the firm does not list; a listed hub that carries none of the firm's parcels.
    static func firmRouting(
        _ f: NetworkPlan.Firm, flows: FirmFlows, lines: [NetworkPlan.Line], position: [String: Int]
    ) -> (centerHub: [Int], violations: [String]) {
        var v: [String] = []
        var centerHub = [Int](repeating: -1, count: flows.down.count)
        var feeders = [Int](repeating: 0, count: flows.down.count)
        var used = [Bool](repeating: false, count: f.hubs.count)
        for line in lines where line.kind == .feeder {
            guard let c = position[line.from] else { continue }  // reported with the line
            feeders[c] += 1
            guard let k = f.hubs.firstIndex(of: line.to) else {
                v.append("firm \(f.id) line \(line.from) -> \(line.to): feeder line to a hub the firm does not use")
                continue
            }
            if flows.usesCenter(c) && feeders[c] == 1 {
                centerHub[c] = k
                used[k] = true
            }
        }
        for (id, c) in position.sorted(by: { $0.value < $1.value }) where flows.usesCenter(c) && feeders[c] != 1 {
            v.append(
                "firm \(f.id): center \(id) has \(feeders[c]) feeder lines; its parcels need exactly one, to one of its hubs"
            )
        }
        if !f.hubs.isEmpty && flows.warehouse + flows.transitTotal > 1e-9 { used[0] = true }
        for (k, hub) in f.hubs.enumerated() where !used[k] {
            v.append("firm \(f.id): hub \(hub) listed but none of the firm's parcels go through it")
        }
        return (centerHub, v)
    }
}

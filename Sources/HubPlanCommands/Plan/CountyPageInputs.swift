// Each county's part of a plan and its network, cut in one pass, so writing every county page is linear.
import DeliveryPlanning
import RoadNetwork

/// What one county's page reads (``Reports/CountyPage``), cut from the whole plan and network.
///
/// A county page lists and draws its own county only, but rendered from the whole network each page indexes
/// every node and filters every assignment again: O(counties x nodes), minutes on a network of a few hundred
/// thousand nodes. The cut keeps what the page shows: the county's centers and their assignments, every route
/// (pages number routes by their place in the whole plan), all counties (map colours follow their order), and
/// of the nodes the county's own plus any its centers, assignments and routes name.
struct CountyPageInputs {
    private let plan: NetworkPlan
    private let network: Network
    private let scopes: CountyScopes
    private let index: [String: Int]
    private let assignments: [[NetworkPlan.Assignment]]

    /// Groups `plan`'s assignments by the county of their center and `network`'s nodes by county, once.
    init(_ plan: NetworkPlan, network: Network) {
        self.plan = plan
        self.network = network
        scopes = CountyScopes(network)
        index = network.nodeIndexByID()
        var countyOfCenter: [String: Int] = [:]
        for c in plan.centers {
            if let k = scopes.position(of: c.county), countyOfCenter[c.id] == nil { countyOfCenter[c.id] = k }
        }
        var assignments = [[NetworkPlan.Assignment]](repeating: [], count: scopes.codes.count)
        for a in plan.assignments {
            if let k = countyOfCenter[a.center] { assignments[k].append(a) }
        }
        self.assignments = assignments
    }

    /// The plan and network a page of county `code` needs (the whole ones for a county the network lacks).
    func cut(_ code: String) -> (plan: NetworkPlan, network: Network) {
        guard let k = scopes.position(of: code) else { return (plan, network) }
        var part = plan
        part.centers = plan.centers.filter { $0.county == code }
        part.assignments = assignments[k]
        var keep = Set(scopes.nodes[k])
        func add(_ id: String) { if let i = index[id] { keep.insert(i) } }
        for c in part.centers { add(c.id) }
        for a in part.assignments {
            add(a.node)
            add(a.center)
        }
        for r in plan.routes where r.county == code {
            add(r.center)
            r.stops.forEach(add)
        }
        var nodes = network
        nodes.nodes = keep.sorted().map { network.nodes[$0] }
        return (part, nodes)
    }
}

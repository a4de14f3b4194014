// Applies a scenario's changes to a network: county selection, demand growth, closed roads.
import RoadNetwork

/// The network a scenario plans on. `hubplan plan` and `hubplan verify` both build it, so the verifier checks
/// a plan against the same demand and roads the plan was made for.
public struct ScenarioNetwork: Sendable {
    /// The changed network.
    public let network: Network
    /// The demand factor applied (from `demand.growth`, or computed from `demand.target_parcels_per_year`).
    public let growth: Double

    /// Parcels a day of a demand point: deliveries of every carrier plus produce pickups.
    public static func demand(of node: Node) -> Double {
        node.parcels.keys.sorted().reduce(0.0) { $0 + node.parcels[$1]! } + (node.pickups?.perDay ?? 0)
    }

    /// Applies `scenario` to `network`; unknown counties or roads are bad input naming the scenario key.
    public init(network: Network, scenario: Scenario) throws(PlanError) {
        try scenario.busLines?.timetable?.check(against: network)
        var net = network
        if !scenario.counties.isEmpty {
            var codes: [String] = []
            for (i, wanted) in scenario.counties.enumerated() {
                guard let county = network.counties.first(where: { $0.code == wanted || $0.name == wanted }) else {
                    throw .badInput(
                        "scenario counties[\(i)]: \(network.name) has no county with the code or name \"\(wanted)\"")
                }
                codes.append(county.code)
            }
            net.counties = network.counties.filter { codes.contains($0.code) }
            // Hubs serve the whole region, so they stay wherever they lie.
            net.nodes = network.nodes.filter {
                [.regionalHub, .gateway].contains($0.kind) || ($0.county.map(codes.contains) ?? false)
            }
            let kept = Set(net.nodes.map(\.id))
            net.edges = network.edges.filter { kept.contains($0.from) && kept.contains($0.to) }
            Self.keepGatewayShare(&net, of: network)
        }
        try ClosedRoads.apply(scenario, to: &net)
        var factor = scenario.demand.growth
        if let target = scenario.demand.targetParcelsPerYear {
            let perDay = Self.handledPerDay(net)
            guard perDay > 0 else {
                throw .badInput("scenario demand.target_parcels_per_year: \(network.name) has no demand to grow")
            }
            factor = target / (perDay * scenario.rates.daysPerYear)
        }
        if let years = scenario.years {
            // A build-out plans its routes and costs on the last year's demand (the schedule holds the others).
            factor = Self.yearFactors(years, network: net, scenario: scenario, fallback: factor).last ?? factor
        }
        if factor != 1 {
            for i in net.nodes.indices where net.nodes[i].kind.isDemandPoint {
                for key in net.nodes[i].parcels.keys { net.nodes[i].parcels[key]! *= factor }
                net.nodes[i].pickups?.perDay *= factor
            }
            for i in net.nodes.indices { net.nodes[i].gateway?.scale(by: factor) }
        }
        self.network = net
        growth = factor
    }
}

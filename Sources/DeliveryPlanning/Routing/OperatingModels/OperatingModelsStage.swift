// The operating models around the plan's routing stage: which villages leave the centers' routes, then their records.
import FacilityLocation
import RoadNetwork
import SolverControl

/// Drives the operating-model levers of a scenario inside ``PlanPipeline``:
/// - before routing, ``split(centers:)`` decides the postal backstop villages (China Post serves them), the
///   village stations (covering the other villages) and the townships whose parcels ride the bus, and gives the
///   network the centers' routes run on: backstop villages' and bus townships' demand removed, every other
///   village's parcels and produce moved to its station;
/// - after routing, ``finish(_:centers:into:)`` routes China Post's backstop routes, routes each model's baseline
///   (the plan without that model) and writes `operatingModels` into the plan.
///
/// Each baseline is the centers' routes without that one model, the others kept: the backstop's serves the backstop
/// villages from the centers; the stations' makes every village its own stop; the buses' serves the bus townships
/// from the centers. Each model's `with` is the centers' routes plus its own (China Post's, the last legs).
struct OperatingModelsStage {
    let network: Network
    let scenario: Scenario
    let roads: RoadDistances
    let budget: TimeBudget

    /// What ``split(centers:)`` decided.
    struct Split {
        /// The network the other models work on: the warehouses' produce taken off (or the network itself).
        var base: Network
        var warehouses: OriginWarehouseDecision?
        var picks: [PostalBackstop.Pick]?
        var stations: VillageStationsDecision?
        var busLines: [BusLines.Line]?
        /// The network the centers' routes run on.
        var routed: Network
        /// Each model's baseline network: without stations, without the backstop, without buses.
        var withoutStations: Network
        var withoutBackstop: Network
        var withoutBuses: Network
    }

    /// Nil when no lever is on.
    func split(centers: LocationPlan) throws -> Split? {
        guard
            scenario.postalBackstop != nil || scenario.villageStations != nil || scenario.busLines != nil
                || scenario.originWarehouses != nil
        else { return nil }
        var options = LocationOptions()
        options.timeLimit = budget.slice(seconds: scenario.timeLimits.location).limit
        options.cancellation = budget.cancellation
        let warehouses = try scenario.originWarehouses.map {
            try OriginWarehouseDecision.decide(network: self.network, lever: $0, roads: roads, options: options)
        }
        let network = warehouses?.withoutProduce(self.network) ?? self.network
        let backstop = PostalBackstopStage(network: network, scenario: scenario, roads: roads, budget: budget)
        let picks = backstop.picks(centers: centers)
        let taken = Set(picks?.map(\.village) ?? [])
        let rest = OperatingModelRouting.keepingDemand(
            of: Set(network.nodes.indices.filter { !taken.contains($0) }), in: network)
        var stations: VillageStationsDecision?
        if let lever = scenario.villageStations {
            let villages = network.nodes.indices.filter {
                network.nodes[$0].kind == .village && !taken.contains($0)
                    && ScenarioNetwork.demand(of: network.nodes[$0]) > 0
            }
            stations = try VillageStationsDecision.decide(
                network: network, villages: villages, lever: lever, roads: roads,
                options: options)
        }
        let routed = stations?.consolidated(rest) ?? rest
        var lines: [BusLines.Line]?
        var bus: Set<Int> = []
        if let lever = scenario.busLines {
            var open: [String: [Int]] = [:]
            let index = network.nodeIndexByID()
            for site in centers.sites {
                if let i = index[site.id] { open[network.nodes[i].county ?? "", default: []].append(i) }
            }
            let fleet = scenario.fleet
            lines = BusLines.lines(network: routed, lever: lever, centers: open, fleet: fleet, roads: roads)
            bus = Set(lines!.filter(\.used).flatMap(\.stops))
            // Without stations, the villages a bus township's stations serve.
            for (v, s) in stations?.stationOf ?? [:] where bus.contains(s) { bus.insert(v) }
        }
        func noBus(_ net: Network) -> Network {
            bus.isEmpty ? net : OperatingModelRouting.removingDemand(of: bus, in: net)
        }
        return Split(
            base: network, warehouses: warehouses, picks: picks, stations: stations, busLines: lines,
            routed: noBus(routed), withoutStations: noBus(rest),
            withoutBackstop: noBus(stations?.consolidated(network) ?? network), withoutBuses: routed)
    }

    func finish(_ split: Split, centers: LocationPlan, into plan: inout NetworkPlan) throws {
        if let picks = split.picks {
            try PostalBackstopStage(network: split.base, scenario: scenario, roads: roads, budget: budget)
                .finish(picks, centers: centers, baseline: split.withoutBackstop, into: &plan)
        }
        if let lines = split.busLines {
            try BusLinesStage(network: split.base, scenario: scenario, budget: budget)
                .finish(lines, routed: split.withoutBuses, centers: centers, into: &plan)
        }
        if let decision = split.warehouses, let lever = scenario.originWarehouses {
            try OriginWarehousesStage(network: network, scenario: scenario, roads: roads, budget: budget)
                .finish(decision, lever: lever, centers: centers, into: &plan)
        }
        if let decision = split.stations, let lever = scenario.villageStations {
            let counties = network.counties.map(\.code).filter { code in
                decision.stations.contains { network.nodes[$0].county == code }
            }
            let baseline = try OperatingModelRouting(scenario: scenario, budget: budget).routes(
                network: split.withoutStations, depots: .plan(centers), counties: counties, alone: !scenario.coDelivery,
                carrier: nil)
            var models = plan.operatingModels ?? OperatingModelsPlan()
            models.villageStations = record(
                decision, lever: lever, counties: counties, baseline: baseline.routes, plan: plan)
            plan.operatingModels = models
        }
    }

    private func record(
        _ d: VillageStationsDecision, lever: Scenario.VillageStations, counties: [String],
        baseline: [NetworkPlan.Route], plan: NetworkPlan
    ) -> VillageStationsPlan {
        let fleet = scenario.fleet
        var served: [Int: (villages: Int, parcels: Double)] = [:]
        for v in d.stationOf.keys.sorted() {
            let s = d.stationOf[v]!
            served[s, default: (0, 0)].villages += 1
            served[s, default: (0, 0)].parcels += OperatingModelRouting.parcels(of: network.nodes[v])
        }
        let stations = d.stations.map { s in
            VillageStationsPlan.Station(
                id: network.nodes[s].id, county: network.nodes[s].county ?? "",
                villages: served[s]?.villages ?? 0, parcelsPerDay: served[s]?.parcels ?? 0,
                frequency: VillageStationsDecision.frequency(served[s]?.parcels ?? 0, lever: lever))
        }
        let frequency = Dictionary(uniqueKeysWithValues: stations.map { ($0.id, $0.frequency) })
        let skipped = Set(plan.skippedStops)
        let villages = d.stationOf.keys.sorted().map { v in
            let s = d.stationOf[v]!
            return VillageStationsPlan.Village(
                node: network.nodes[v].id, station: network.nodes[s].id,
                km: roads.matrix(from: [v], to: [s]).km(0, 0))
        }
        let centerRoutes = plan.routes.filter { !(plan.operatingModels?.ownsRoute($0) ?? false) }
        let countyOf = Dictionary(
            d.stationOf.keys.map { (network.nodes[$0].id, network.nodes[$0].county ?? "") },
            uniquingKeysWith: { a, _ in a })
        let rows = counties.map { code in
            let mine = villages.filter { countyOf[$0.node] == code }
            let reached = mine.filter { frequency[$0.station] != "twice-weekly" && !skipped.contains($0.station) }.count
            return VillageStationsPlan.County(
                code: code, stations: stations.filter { $0.county == code }.count, villages: mine.count,
                expressRate: mine.isEmpty ? 0 : Double(reached) / Double(mine.count), status: d.status[code] ?? "",
                without: DayTotals(baseline.filter { $0.county == code }, fleet: fleet),
                with: DayTotals(centerRoutes.filter { $0.county == code }, fleet: fleet))
        }
        return VillageStationsPlan(
            stationKm: lever.stationKm, minParcelsDaily: lever.minParcelsDaily,
            minParcelsEveryOtherDay: lever.minParcelsEveryOtherDay,
            stations: stations, villages: villages, counties: rows,
            without: DayTotals(baseline, fleet: fleet),
            with: DayTotals(centerRoutes.filter { counties.contains($0.county) }, fleet: fleet))
    }
}

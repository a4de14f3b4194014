// One depot and the stops it serves as a routing problem in integer units, with what maps the solution back.
import Foundation
import RoadNetwork
import VehicleRouting

/// Vanloads driven straight to a stop heavier than every van that may serve it (``HeavyStopPolicy/directTrips``).
///
/// Deliveries go in full loads of the largest van, and for a stop whose produce needs cold chain one lighter
/// trip more, so that what stays on its route fits a refrigerated van. Produce beyond a van's load is
/// collected by trips of their own (refrigerated when it needs cold chain).
public struct DirectTrip: Sendable, Equatable {
    /// Node index of the stop.
    public var node: Int
    /// Identical trips.
    public var trips: Int
    /// Parcels delivered per trip.
    public var parcels: Double
    /// Parcels of produce collected per trip.
    public var collected: Double = 0
    /// Whether the trips need a refrigerated van.
    public var coldChain = false
}

/// A depot's routing problem: the stops' loads, pickups, cold-chain flags, service times and windows, the
/// road matrix over depot and stops, and the ``ProblemData`` the solver reads.
///
/// **Units** (docs/routing.md): distances in metres (``ProblemData/scale`` 1000 per km), durations and times in
/// seconds (clock times in seconds after midnight), loads in whole parcels (a stop's parcels of the selected
/// carriers summed, then rounded up, so a van is never loaded beyond its real capacity), costs in tenths of the
/// cost of driving one metre in the first van type (``costUnitYuan`` yuan): the first van's `unitDistanceCost`
/// is 10, other vans' per-km and per-hour costs are integers to about 1%.
///
/// **The search objective is the day's cost**: each van's fixed cost per day plus its per-km and per-hour costs.
/// The solver's first load penalty is at least a van's fixed cost over its capacity (below that, overloading a
/// route beats opening another, and a short run never comes back to feasibility: Yungang district once got 3
/// routes carrying 10,000 parcels). Reports never use the integer objective: they price routes from ``travel``
/// in yuan.
public struct CountyRoutingInstance: Sendable {
    /// County code.
    public let county: String
    /// Node index of the depot.
    public let depotNode: Int
    /// Node index of client `k` (location `1 + k` of ``data``).
    public let stopNodes: [Int]
    /// Parcels delivered to and collected at each stop (exact, before rounding).
    public let deliveries: [Double]
    public let pickups: [Double]
    /// Whether a stop's pickup needs a refrigerated van.
    public let coldPickup: [Bool]
    /// Service minutes and window (minutes after midnight) of each stop.
    public let serviceMinutes: [Double]
    public let openMinute: [Double]
    public let closeMinute: [Double]
    /// Road km and minutes over [depot] + stops.
    public let travel: TravelMatrix
    /// Full-van trips to heavy stops, outside the routed problem.
    public let directTrips: [DirectTrip]
    /// The fleet.
    public let fleet: FleetSpec
    /// Every constraint of the county's day, for the solver.
    public let data: ProblemData
    /// Yuan per unit of ``data``'s costs.
    public let costUnitYuan: Double

    /// Builds the problem of one depot serving `stops` (node indices, none of them infeasible).
    ///
    /// - Parameters:
    ///   - carriers: carrier ids whose parcels are loaded; `nil` for all.
    ///   - pickups: whether produce pickups ride along.
    ///   - heavyStops: whether stops heavier than every van get direct trips (otherwise the caller has
    ///     removed them).
    ///   - travel: the road matrix over `[depot] + stops` when the caller has it already.
    /// - Throws: ``CountyRoutingError`` when the data cannot form a problem (bad fleet numbers).
    public init(
        network: Network, roads: RoadDistances, county: String, depot: Int, stops: [Int], fleet: FleetSpec,
        carriers: [String]?, pickups: Bool, heavyStops: HeavyStopPolicy,
        travel: TravelMatrix? = nil
    ) throws(CountyRoutingError) {
        try fleet.validate()
        let nodes = network.nodes
        let largest = Double(fleet.largestVan(coldChain: false)!.capacityParcels)
        var deliveries: [Double] = [], collected: [Double] = [], cold: [Bool] = [], trips: [DirectTrip] = []
        for s in stops {
            var load = CountyRoutingInstance.parcels(of: nodes[s], carriers: carriers)
            // A stop whose produce needs cold chain keeps on its route only what a refrigerated van holds.
            let needsCold = CountyRoutingInstance.needsColdVan(nodes[s], pickups: pickups)
            cold.append(needsCold)
            let usable =
                (needsCold ? fleet.largestVan(coldChain: true) : nil).map { Double($0.capacityParcels) } ?? largest
            if heavyStops == .directTrips && load > usable {
                let full =
                    usable == largest
                    ? Int((load / largest).rounded(.up)) - 1
                    : Int(((load - usable) / largest).rounded(.down))
                if full > 0 { trips.append(DirectTrip(node: s, trips: full, parcels: largest)) }
                load -= Double(full) * largest
                if load > usable {
                    // What a full van more would over-ship: one lighter trip, and a full refrigerated van routed.
                    trips.append(DirectTrip(node: s, trips: 1, parcels: load - usable))
                    load = usable
                }
            }
            deliveries.append(load)
            var produce = pickups ? nodes[s].pickups?.perDay ?? 0 : 0
            if heavyStops == .directTrips && produce > usable {
                let full = Int((produce / usable).rounded(.up)) - 1
                trips.append(DirectTrip(node: s, trips: full, parcels: 0, collected: usable, coldChain: needsCold))
                produce -= Double(full) * usable
            }
            collected.append(produce)
        }
        self.county = county
        self.depotNode = depot
        self.stopNodes = stops
        self.deliveries = deliveries
        self.pickups = collected
        self.coldPickup = cold
        self.serviceMinutes = stops.map { nodes[$0].serviceMinutes ?? fleet.defaultServiceMinutes }
        self.openMinute = stops.map { nodes[$0].timeWindow?.open ?? fleet.depotOpenMinute }
        self.closeMinute = stops.map { nodes[$0].timeWindow?.close ?? fleet.depotCloseMinute }
        self.directTrips = trips
        self.fleet = fleet
        let locations = [depot] + stops
        self.travel = travel ?? roads.matrix(from: locations, to: locations)
        let reference = fleet.vans[0].costPerKm > 0 ? fleet.vans[0].costPerKm : 1
        costUnitYuan = reference / 1000 / 10
        data = try CountyRoutingInstance.problemData(
            network: network, locations: locations, travel: self.travel, deliveries: deliveries, pickups: self.pickups,
            cold: coldPickup,
            service: serviceMinutes, open: openMinute, close: closeMinute, fleet: fleet, costUnitYuan: costUnitYuan)
    }

    /// Parcels delivered at `node` for `carriers` (all when `nil`), summed in carrier-id order so the total
    /// never depends on dictionary order.
    public static func parcels(of node: Node, carriers: [String]?) -> Double {
        node.parcels.keys.sorted().reduce(0.0) { sum, id in
            carriers.map { $0.contains(id) } ?? true ? sum + node.parcels[id]! : sum
        }
    }

    /// Whether `node` goes only on a refrigerated van: produce that needs cold chain, when pickups ride along.
    static func needsColdVan(_ node: Node, pickups: Bool) -> Bool {
        pickups && (node.pickups?.coldChain ?? false) && (node.pickups?.perDay ?? 0) > 0
    }

    /// Whether the stop at client index `k` goes only on a refrigerated van.
    public func needsColdVan(_ k: Int) -> Bool { coldPickup[k] }

    private static func problemData(
        network: Network, locations: [Int], travel: TravelMatrix, deliveries: [Double],
        pickups: [Double], cold: [Bool], service: [Double], open: [Double], close: [Double],
        fleet: FleetSpec, costUnitYuan: Double
    ) throws(CountyRoutingError) -> ProblemData {
        let n = locations.count
        let nodes = network.nodes
        // Planar coordinates for polar sectors only: km east and north of the depot.
        let lat0 = nodes[locations[0]].lat, lon0 = nodes[locations[0]].lon
        func xy(_ i: Int) -> (Double, Double) {
            let node = nodes[locations[i]]
            return ((node.lon - lon0) * 111.32 * cos(lat0 * .pi / 180), (node.lat - lat0) * 110.57)
        }
        let depotXY = xy(0)
        let depot = Depot(x: depotXY.0, y: depotXY.1, name: nodes[locations[0]].id)
        var clients: [Client] = []
        for k in 0..<(n - 1) {
            let p = xy(k + 1)
            clients.append(
                Client(
                    x: p.0, y: p.1, delivery: Int(deliveries[k].rounded(.up)),
                    pickup: Int(pickups[k].rounded(.up)), serviceDuration: Int((service[k] * 60).rounded()),
                    earliestStart: Int((open[k] * 60).rounded()), latestStart: Int((close[k] * 60).rounded()),
                    requiresColdChain: cold[k], name: nodes[locations[k + 1]].id))
        }
        let metres = Matrix(size: n, values: travel.km.map { Int(($0 * 1000).rounded()) })
        let seconds = Matrix(size: n, values: travel.minutes.map { Int(($0 * 60).rounded()) })
        let types = fleet.vans.map { van in
            VehicleType(
                capacity: van.capacityParcels,
                count: van.count,
                fixedCost: Int((van.fixedCostPerDay / costUnitYuan).rounded()),
                unitDistanceCost: max(1, Int((van.costPerKm / 1000 / costUnitYuan).rounded())),
                unitDurationCost: Int((van.costPerHour / 3600 / costUnitYuan).rounded()),
                maxDuration: Int((fleet.shiftHours * 3600).rounded()),
                shiftStart: Int((fleet.depotOpenMinute * 60).rounded()),
                shiftEnd: Int((fleet.depotCloseMinute * 60).rounded()), coldChain: van.coldChain, name: van.name)
        }
        do {
            return try ProblemData(
                depots: [depot], clients: clients, vehicleTypes: types, distances: metres,
                durations: seconds, scale: 1000)
        } catch let error as RoutingError {
            throw .init(
                "county \(nodes[locations[0]].county ?? "?"), depot \(depot.name): \(error.message)",
                category: error.category)
        } catch {
            throw .badInput("county \(nodes[locations[0]].county ?? "?"), depot \(depot.name): \(error)")
        }
    }
}

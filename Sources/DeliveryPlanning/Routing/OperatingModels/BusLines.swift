// Passenger buses carrying parcels (客货邮融合): the lever, the county bus station, which townships ride the bus.
import RoadNetwork

extension Scenario {
    /// The bus lever (`bus_lines:` in a scenario file): passenger bus lines from the county bus station to the
    /// township seats carry a township's parcels; a van stationed at the township seat runs the last leg.
    ///
    /// Lines are generated, one per township seat at least `minKm` road km from the county's bus station, with
    /// these documented defaults (modelling assumptions, to be replaced by the county's timetable and contract):
    /// 4 departures a day (a rural county-township line's usual morning-to-afternoon service), 30 parcels a trip
    /// (what a coach's luggage hold spares beside passengers' bags, about 1 m³), 0.5 yuan a parcel paid to the
    /// bus operator.
    public struct BusLines: Codable, Sendable, Equatable {
        public var departuresPerDay = 4
        public var parcelsPerTrip = 30.0
        public var feePerParcel = 0.5
        /// Township seats nearer the bus station than this get no line (a van from the center is as good).
        public var minKm = 15.0
        public init() {}
    }
}

/// Which townships send their parcels by bus.
///
/// **Bus station**: the county's node tagged `bus-station` (its position as the network gives it), else modelled
/// at the county's first center (`position: "modelled"`). A township rides the bus when its seat (a
/// `township-seat` node, not itself an open center) is at least `minKm` from the station, its stops' parcels
/// down and produce up each fit the day's departures, none of its produce needs cold chain, and the van-km
/// the bus spares (a van out and back to the seat per vanload, at the van's per-km and per-hour rates) cost more
/// than the bus fee.
enum BusLines {
    /// One township line and, when used, its stops (node indices of the routed network).
    struct Line {
        var station: Int
        var seat: Int
        var km: Double
        var stops: [Int]
        var parcels: Double
        var pickups: Double
        var used: Bool
    }

    /// Bus trips a day a load needs.
    static func trips(parcels: Double, pickups: Double, perTrip: Double) -> Int {
        Int((max(parcels, pickups) / perTrip - 1e-9).rounded(.up))
    }

    /// The lines of every county of `network` (its demand as routed), given each county's centers.
    static func lines(
        network: Network, lever: Scenario.BusLines, centers: [String: [Int]], fleet: FleetSpec,
        roads: RoadDistances
    ) -> [Line] {
        var out: [Line] = []
        let van = fleet.vans[0]
        for county in network.counties {
            let open = centers[county.code] ?? []
            let tagged = network.nodes.indices.filter {
                network.nodes[$0].county == county.code && network.nodes[$0].tags.contains("bus-station")
            }
            guard let station = tagged.first ?? open.first else { continue }
            let seats = network.nodes.indices.filter {
                network.nodes[$0].county == county.code && network.nodes[$0].tags.contains("township-seat")
                    && !open.contains($0)
                    && $0 != station
            }
            guard !seats.isEmpty else { continue }
            let m = roads.matrix(from: [station], to: seats)
            for (k, seat) in seats.enumerated() where m.km(0, k) >= lever.minKm {
                let township = network.nodes[seat].township
                let stops = network.nodes.indices.filter {
                    let n = network.nodes[$0]
                    return township != nil && n.township == township && n.county == county.code
                        && RouteStage.isStop(network, $0)
                        && ScenarioNetwork.demand(of: n) > 0
                }
                let parcels = stops.reduce(0.0) { $0 + OperatingModelRouting.parcels(of: network.nodes[$1]) }
                let pickups = stops.reduce(0.0) { $0 + (network.nodes[$1].pickups?.perDay ?? 0) }
                let cold = stops.contains { network.nodes[$0].pickups?.coldChain ?? false }
                let fits =
                    trips(parcels: parcels, pickups: pickups, perTrip: lever.parcelsPerTrip) <= lever.departuresPerDay
                let vanloads = (max(parcels, pickups) / Double(van.capacityParcels)).rounded(.up)
                let spared = vanloads * (2 * m.km(0, k) * van.costPerKm + 2 * m.minutes(0, k) / 60 * van.costPerHour)
                let used = !stops.isEmpty && !cold && fits && spared > parcels * lever.feePerParcel
                out.append(
                    Line(
                        station: station, seat: seat, km: m.km(0, k), stops: stops, parcels: parcels, pickups: pickups,
                        used: used))
            }
        }
        return out
    }

    /// `"network"` for a tagged bus station, `"modelled"` for one placed at the county center.
    static func positionSource(_ node: Node) -> String { node.tags.contains("bus-station") ? "network" : "modelled" }
}

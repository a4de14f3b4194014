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
        /// The county's own lines (`file:`), replacing the generated ones; nil: generated.
        public var timetable: Timetable?
        public init() {}
    }
}

/// Which townships send their parcels by bus.
///
/// **Bus station**: the county's node tagged `bus-station` (its position as the network gives it), else modelled
/// at the county's first center (`positionSource: "modelled"`). **Lines**: the lever's timetable when it has one
/// (``Scenario/BusLines/Timetable``: its seats in the county, each from its own station or the county's, on its own
/// terms), else one generated line to every `township-seat` node that is not an open center and lies at least
/// `minKm` from the station, on the lever's terms. A township rides the bus when its seat is no open center, its
/// stops' parcels down and produce up each fit the line's departures, none of its produce needs cold chain, and
/// the van-km the bus spares (a van out and back to the seat per vanload, at the van's per-km and per-hour rates)
/// cost more than the bus fee.
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
        /// The line's terms (the lever's, or its timetable entry's).
        var departures: Int
        var perTrip: Double
        var fee: Double
    }

    /// Bus trips a day a load needs.
    static func trips(parcels: Double, pickups: Double, perTrip: Double) -> Int {
        Int((max(parcels, pickups) / perTrip - 1e-9).rounded(.up))
    }

    /// The county's bus station: its `bus-station` node, else its first open center.
    static func station(county: String, network: Network, open: [Int]) -> Int? {
        network.nodes.indices.first {
            network.nodes[$0].county == county && network.nodes[$0].tags.contains("bus-station")
        } ?? open.first
    }

    /// The candidate lines of `county` (station, seat, terms), before the loads decide which are used.
    static func candidates(
        county: String, network: Network, lever: Scenario.BusLines, open: [Int], index: [String: Int]
    ) -> [(station: Int, seat: Int, departures: Int, perTrip: Double, fee: Double)] {
        guard let fallback = station(county: county, network: network, open: open) else { return [] }
        if let timetable = lever.timetable {
            return timetable.lines.compactMap { l in
                guard let seat = index[l.seat], network.nodes[seat].county == county,
                    let station = l.station.map({ index[$0] }) ?? fallback
                else { return nil }
                return (station, seat, l.departuresPerDay, l.parcelsPerTrip, l.feePerParcel)
            }
        }
        return network.nodes.indices.filter {
            network.nodes[$0].county == county && network.nodes[$0].tags.contains("township-seat")
                && !open.contains($0) && $0 != fallback
        }.map { (fallback, $0, lever.departuresPerDay, lever.parcelsPerTrip, lever.feePerParcel) }
    }

    /// The lines of every county of `network` (its demand as routed), given each county's centers.
    static func lines(
        network: Network, lever: Scenario.BusLines, centers: [String: [Int]], fleet: FleetSpec,
        roads: RoadDistances
    ) -> [Line] {
        var out: [Line] = []
        let van = fleet.vans[0]
        let index = network.nodeIndexByID()
        for county in network.counties {
            let open = centers[county.code] ?? []
            for c in candidates(county: county.code, network: network, lever: lever, open: open, index: index) {
                let m = roads.matrix(from: [c.station], to: [c.seat])
                // Generated lines start at min_km; a timetable's lines run whatever their length.
                guard lever.timetable != nil || m.km(0, 0) >= lever.minKm else { continue }
                let township = network.nodes[c.seat].township
                let stops = network.nodes.indices.filter {
                    let n = network.nodes[$0]
                    return township != nil && n.township == township && n.county == county.code
                        && RouteStage.isStop(network, $0)
                        && ScenarioNetwork.demand(of: n) > 0
                }
                let parcels = stops.reduce(0.0) { $0 + OperatingModelRouting.parcels(of: network.nodes[$1]) }
                let pickups = stops.reduce(0.0) { $0 + (network.nodes[$1].pickups?.perDay ?? 0) }
                let cold = stops.contains { network.nodes[$0].pickups?.coldChain ?? false }
                let fits = trips(parcels: parcels, pickups: pickups, perTrip: c.perTrip) <= c.departures
                let vanloads = (max(parcels, pickups) / Double(van.capacityParcels)).rounded(.up)
                let spared = vanloads * (2 * m.km(0, 0) * van.costPerKm + 2 * m.minutes(0, 0) / 60 * van.costPerHour)
                let used =
                    !stops.isEmpty && !cold && fits && !open.contains(c.seat) && spared > parcels * c.fee
                out.append(
                    Line(
                        station: c.station, seat: c.seat, km: m.km(0, 0), stops: stops, parcels: parcels,
                        pickups: pickups, used: used, departures: c.departures, perTrip: c.perTrip, fee: c.fee))
            }
        }
        return out
    }

    /// The station's position source: a `bus-station` node's own; `modelled` for one placed at the county center.
    static func positionSource(_ node: Node) -> PositionSource {
        node.tags.contains("bus-station") ? node.position : .modelled
    }
}

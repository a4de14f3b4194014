// A county's own bus lines (a `bus_lines` file): which seats the buses reach, with each line's terms.
import RoadNetwork

extension Scenario.BusLines {
    /// The lines of a `bus_lines: {file: ...}` timetable (``BusTimetableFile``); with one, these lines replace the
    /// generated ones, and `min_km` does not apply (a line that runs is a line that runs).
    public struct Timetable: Codable, Sendable, Equatable {
        /// One line: county bus station -> township seat, with its own terms.
        public struct Line: Codable, Sendable, Equatable {
            /// The station's node id; nil: the county's bus station as for generated lines (a `bus-station` node
            /// of the seat's county, else modelled at its first open center).
            public var station: String?
            /// The `township-seat` node the line ends at.
            public var seat: String
            public var departuresPerDay: Int
            public var parcelsPerTrip: Double
            public var feePerParcel: Double
            /// The line of the file the entry starts on (for messages).
            public var line: Int
        }

        /// The file as the scenario names it, resolved against the scenario's folder.
        public var file: String
        /// Where the timetable comes from, as the file says (optional).
        public var source: String?
        public var lines: [Line]

        /// The entry for `seat` (each seat is listed once).
        public func line(seat: String) -> Line? { lines.first { $0.seat == seat } }

        /// Every station and seat names a node of `network` (the whole network, before a scenario picks
        /// counties): the seat a `township-seat` node, the station a node of the seat's county other than the seat.
        /// Bad input names the file, the line and the field.
        func check(against network: Network) throws(PlanError) {
            let index = network.nodeIndexByID()
            for (k, l) in lines.enumerated() {
                func fail(_ field: String, _ message: String) -> PlanError {
                    .badInput("\(file):\(l.line): lines[\(k)].\(field): \(message)")
                }
                guard let seat = index[l.seat], network.nodes[seat].tags.contains("township-seat") else {
                    throw fail("seat", "\(network.name) has no township-seat node \"\(l.seat)\"")
                }
                guard let id = l.station else { continue }
                guard let station = index[id] else { throw fail("station", "\(network.name) has no node \"\(id)\"") }
                if station == seat { throw fail("station", "\"\(id)\" is the line's own seat") }
                if network.nodes[station].county != network.nodes[seat].county {
                    throw fail(
                        "station",
                        "\"\(id)\" is in county \(network.nodes[station].county ?? "?"), the seat in \(network.nodes[seat].county ?? "?")"
                    )
                }
            }
        }
    }
}

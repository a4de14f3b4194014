// Reads a `bus_lines` timetable file (JSON, or YAML), naming file, line and field on every error.
import Foundation
import Yams

/// A county's bus lines, named by `bus_lines: {file: lines.json}` in a scenario (relative to the scenario):
/// ```json
/// {"source": "Lingqiu county transport bureau, 2026 timetable",
///  "lines": [
///    {"station": "cc-140224", "seat": "ts-140224213", "departures_per_day": 6, "parcels_per_trip": 150,
///     "fee_per_parcel": 0.2},
///    {"seat": "ts-140224208", "departures_per_day": 2}
///  ]}
/// ```
/// `seat` (a `township-seat` node id) is required; `station` (a node of the seat's county) defaults to the
/// county's bus station as for generated lines; a term left out takes the scenario's `bus_lines` value (or its
/// documented default). JSON, because it is the plan's own format and YAML (JSON's superset) gives every value
/// its line, so an error reads `lines.json:5: lines[1].departures_per_day: expected a whole number, found "x"`.
enum BusTimetableFile {
    /// The timetable at `path`; `defaults` gives the terms an entry leaves out.
    static func read(_ path: String, defaults: Scenario.BusLines) throws(PlanError) -> Scenario.BusLines.Timetable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badInput("\(path): cannot read the bus_lines file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .badInput("\(path): not UTF-8 text") }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw .badInput("\(path): not valid JSON (or YAML): \(error)")
        }
        guard let root else { throw .badInput("\(path): empty bus_lines file") }
        var top = try ScenarioFields(file: path, path: "", node: root)
        let source = try top.string("source")
        guard let list = top.node("lines") else {
            throw ScenarioFields.error(file: path, node: root, path: "lines", "required: the list of bus lines")
        }
        guard let items = list.sequence else { throw top.fail("lines", list, "expected a list of lines") }
        try top.rejectUnknownKeys()
        var lines: [Scenario.BusLines.Timetable.Line] = []
        for (k, item) in items.enumerated() {
            var f = try ScenarioFields(file: path, path: "lines[\(k)]", node: item)
            guard let seat = try f.string("seat") else {
                throw ScenarioFields.error(
                    file: path, node: item, path: f.keyPath("seat"), "required: a township seat id")
            }
            if let first = lines.first(where: { $0.seat == seat }) {
                throw f.fail(
                    "seat", f.mapping[Node("seat")], "\"\(seat)\" is listed twice (first on line \(first.line))")
            }
            lines.append(
                .init(
                    station: try f.string("station"), seat: seat,
                    departuresPerDay: try f.integer("departures_per_day", in: 1...1000) ?? defaults.departuresPerDay,
                    parcelsPerTrip: try f.number("parcels_per_trip", in: 1...1e6) ?? defaults.parcelsPerTrip,
                    feePerParcel: try f.number("fee_per_parcel", in: 0...1000) ?? defaults.feePerParcel,
                    line: item.mark?.line ?? 1))
            try f.rejectUnknownKeys()
        }
        return .init(file: path, source: source, lines: lines)
    }
}

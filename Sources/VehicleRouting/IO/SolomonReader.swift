// Reads Solomon and Gehring-Homberger VRPTW instance files into ProblemData, in either objective convention.
//
// Hand-written on purpose: no Swift package reads this format, which is a name, a VEHICLE block (K, Q) and a
// CUSTOMER block of seven whitespace-separated integers per row; splitting on whitespace (the column offsets
// differ between files, lines end in CRLF) while counting lines lets every error name its line and field.
import Foundation

/// A Solomon or Homberger VRPTW instance: the problem data plus what the file says about itself.
public struct SolomonInstance: Sendable {
    /// The instance name (first line of the file).
    public var name: String
    /// The fleet size K of the VEHICLE block.
    public var vehicles: Int
    /// The vehicle capacity Q.
    public var capacity: Int
    /// One depot (row 0), the customers (rows 1...n), one vehicle type of K vehicles with capacity Q and the
    /// depot's window as its shift; travel time equals distance.
    public var data: ProblemData
    /// The convention the matrices follow.
    public var convention: SolomonConvention
}

/// How distances are computed, which fixes the best-known values an instance is compared with.
public enum SolomonConvention: String, Sendable {
    /// DIMACS 2021 / CVRPLIB (as PyVRP uses): each leg truncated to one decimal, times scaled by 10; exact.
    case dimacs
    /// The classical SINTEF table: Euclidean distances in double precision, held as integers scaled by 10 000
    /// (distances rounded, travel times rounded up so that a plan feasible here is feasible in exact arithmetic).
    case exact
}

/// Reads Solomon/Homberger `.txt` instances.
public enum SolomonReader {
    /// Reads and validates the file at `path`.
    ///
    /// - Throws: ``RoutingError`` (bad input) naming the file, the line and the field.
    public static func read(
        path: String, convention: SolomonConvention = .exact,
        objective: SolomonObjective = .distance
    ) throws -> SolomonInstance {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw RoutingError.badInput("\(path): cannot read the file (\(error.localizedDescription))")
        }
        return try parse(text, file: path, convention: convention, objective: objective)
    }

    /// Parses Solomon text; `file` names the source in error messages.
    public static func parse(
        _ text: String, file: String = "<input>", convention: SolomonConvention = .exact,
        objective: SolomonObjective = .distance
    ) throws -> SolomonInstance {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) }
        func fail(_ line: Int, _ message: String) -> RoutingError {
            RoutingError.badInput("\(file):\(line + 1): \(message)")
        }
        guard let nameLine = lines.firstIndex(where: { !$0.isEmpty }) else {
            throw RoutingError.badInput("\(file): the file is empty")
        }
        let name = lines[nameLine].joined(separator: " ")
        guard let vehicleHeader = lines.firstIndex(where: { $0.first?.uppercased() == "NUMBER" }) else {
            throw RoutingError.badInput("\(file): missing the VEHICLE block (a line \"NUMBER CAPACITY\")")
        }
        guard let fleetLine = lines[(vehicleHeader + 1)...].firstIndex(where: { !$0.isEmpty }) else {
            throw fail(vehicleHeader, "VEHICLE: missing the line with NUMBER and CAPACITY")
        }
        let fleet = lines[fleetLine]
        guard fleet.count == 2, let vehicles = Int(fleet[0]), vehicles > 0,
            Double(vehicles) <= InstanceLimits.maxQuantity
        else {
            throw fail(
                fleetLine,
                "VEHICLE: NUMBER must be a positive integer followed by CAPACITY, got \"\(fleet.joined(separator: " "))\""
            )
        }
        guard let capacity = Int(fleet[1]), capacity > 0 else {
            throw fail(fleetLine, "VEHICLE: CAPACITY must be a positive integer, got \"\(fleet[1])\"")
        }
        guard Double(capacity) <= InstanceLimits.maxQuantity else {
            throw fail(fleetLine, "VEHICLE: CAPACITY \(capacity) is more than \(Int(InstanceLimits.maxQuantity))")
        }
        guard let customerHeader = lines.firstIndex(where: { $0.first?.uppercased() == "CUST" }) else {
            throw RoutingError.badInput("\(file): missing the CUSTOMER block (a line \"CUST NO. XCOORD. ...\")")
        }
        let fields = ["CUST NO.", "XCOORD.", "YCOORD.", "DEMAND", "READY TIME", "DUE DATE", "SERVICE TIME"]
        var rows: [[Double]] = []
        var rowLines: [Int] = []
        for index in (customerHeader + 1)..<lines.count where !lines[index].isEmpty {
            let tokens = lines[index]
            guard rows.count < InstanceLimits.maxNodes else {
                throw fail(
                    index,
                    "CUSTOMER: more than \(InstanceLimits.maxNodes) rows, the most a dense distance "
                        + "matrix is built for")
            }
            guard tokens.count == 7 else {
                throw fail(
                    index, "CUSTOMER: expected 7 numbers (\(fields.joined(separator: ", "))), got \(tokens.count)")
            }
            var row: [Double] = []
            for (k, token) in tokens.enumerated() {
                guard let value = Double(token), value.isFinite else {
                    throw fail(index, "CUSTOMER: \(fields[k]) is not a number: \"\(token)\"")
                }
                guard value >= 0 || k == 1 || k == 2 else {
                    throw fail(index, "CUSTOMER: \(fields[k]) is negative (\(token))")
                }
                // Checked before any Int conversion: coordinates become distances x 10,000, the rest integers.
                let limit = k == 1 || k == 2 ? InstanceLimits.maxCoordinate : InstanceLimits.maxQuantity
                guard abs(value) <= limit else {
                    throw fail(
                        index, "CUSTOMER: \(fields[k]) \(token) is out of range (at most \(limit) in absolute value)")
                }
                row.append(value)
            }
            guard row[0] == row[0].rounded(), Int(row[0]) == rows.count else {
                throw fail(index, "CUSTOMER: CUST NO. \(tokens[0]) out of order (expected \(rows.count))")
            }
            guard row[4] <= row[5] else {
                throw fail(index, "CUSTOMER: READY TIME \(tokens[4]) is after DUE DATE \(tokens[5])")
            }
            guard row[3] == row[3].rounded() else { throw fail(index, "CUSTOMER: DEMAND must be an integer") }
            rows.append(row)
            rowLines.append(index)
        }
        guard rows.count >= 2 else {
            throw fail(customerHeader, "CUSTOMER: needs the depot row 0 and at least one customer")
        }
        return try build(
            name: name, vehicles: vehicles, capacity: capacity, rows: rows, convention: convention,
            objective: objective)
    }

    private static func build(
        name: String, vehicles: Int, capacity: Int, rows: [[Double]],
        convention: SolomonConvention, objective: SolomonObjective
    ) throws -> SolomonInstance {
        let n = rows.count
        let scale = convention == .dimacs ? 10 : 10_000
        var distances = Matrix(size: n), durations = Matrix(size: n)
        for i in 0..<n {
            for j in 0..<n where i != j {
                let dx = rows[i][1] - rows[j][1], dy = rows[i][2] - rows[j][2]
                let exact = (dx * dx + dy * dy).squareRoot() * Double(scale)
                switch convention {
                case .dimacs:
                    // A tiny epsilon keeps values like 10 * 3.0000000001 from truncating one tenth too low.
                    distances[i, j] = Int((exact + 1e-9).rounded(.down))
                    durations[i, j] = distances[i, j]
                case .exact:
                    distances[i, j] = Int(exact.rounded())
                    durations[i, j] = Int((exact - 1e-9).rounded(.up))
                }
            }
        }
        func time(_ value: Double) -> Int { Int((value * Double(scale)).rounded()) }
        let clients = (1..<n).map { k in
            Client(
                x: rows[k][1], y: rows[k][2], delivery: Int(rows[k][3]), serviceDuration: time(rows[k][6]),
                earliestStart: time(rows[k][4]), latestStart: time(rows[k][5]), name: String(k))
        }
        // Vehicles first: a fixed cost above any total distance makes one vehicle fewer worth any detour.
        let fixed = objective == .vehiclesThenDistance ? 2 * n * max(1, distances.maximum) : 0
        let type = VehicleType(
            capacity: capacity, count: vehicles, fixedCost: fixed, shiftStart: time(rows[0][4]),
            shiftEnd: time(rows[0][5]))
        let data = try ProblemData(
            depots: [Depot(x: rows[0][1], y: rows[0][2], name: "0")], clients: clients,
            vehicleTypes: [type], distances: distances, durations: durations, scale: scale)
        return SolomonInstance(name: name, vehicles: vehicles, capacity: capacity, data: data, convention: convention)
    }
}

/// What a Solomon run minimises.
public enum SolomonObjective: String, Sendable {
    /// Total distance only (the DIMACS convention's objective).
    case distance
    /// Fewest vehicles first, then distance (the classical hierarchical objective).
    case vehiclesThenDistance = "vehicles-then-distance"
}

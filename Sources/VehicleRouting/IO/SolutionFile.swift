// Reads and writes CVRPLIB `.sol` files: "Route #k: c1 c2 ..." lines and a "Cost N" line.
//
// Hand-written: the format is a few lines of text and no Swift package reads it.
import Foundation

/// A CVRPLIB solution file: routes as customer numbers (node id − 1; the depot is not written) and a cost.
public struct SolutionFile: Sendable, Equatable {
    /// Customer numbers per route, in visiting order.
    public var routes: [[Int]]
    /// The value of the "Cost" line, if present.
    public var cost: Int?

    /// Creates a solution file.
    public init(routes: [[Int]], cost: Int?) {
        self.routes = routes
        self.cost = cost
    }

    /// The text of the file, with extra `Key value` lines (solver, seconds) after the cost.
    public func text(extra: [(String, String)] = []) -> String {
        var lines = routes.enumerated().map { k, route in
            "Route #\(k + 1): " + route.map(String.init).joined(separator: " ")
        }
        if let cost { lines.append("Cost \(cost)") }
        for (key, value) in extra { lines.append("\(key) \(value)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Parses `.sol` text; `file` names the source in error messages.
    public static func parse(_ text: String, file: String = "<input>") throws -> SolutionFile {
        var routes: [[Int]] = []
        var cost: Int?
        for (offset, raw) in text.split(
            omittingEmptySubsequences: false,
            whereSeparator: { $0 == "\n" || $0 == "\r\n" }
        ).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.lowercased().hasPrefix("route") {
                guard let colon = line.firstIndex(of: ":") else {
                    throw RoutingError.badInput("\(file):\(offset + 1): route line without ':'")
                }
                var route: [Int] = []
                for token in line[line.index(after: colon)...].split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                    guard let customer = Int(token), customer >= 1 else {
                        throw RoutingError.badInput("\(file):\(offset + 1): '\(token)' is not a customer number")
                    }
                    route.append(customer)
                }
                routes.append(route)
            } else if line.lowercased().hasPrefix("cost") {
                let value = line.dropFirst(4).trimmingCharacters(in: .whitespaces)
                guard let number = Double(value), number.isFinite else {
                    throw RoutingError.badInput("\(file):\(offset + 1): cost '\(value)' is not a number")
                }
                cost = Int(number.rounded())
            }
        }
        return SolutionFile(routes: routes, cost: cost)
    }

    /// Reads a `.sol` file.
    public static func read(path: String) throws -> SolutionFile {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw RoutingError.badInput("\(path): cannot read the file")
        }
        return try parse(text, file: path)
    }

    /// The routes of `solution` numbered as CVRPLIB does for `instance`.
    public init(_ solution: Solution, instance: VRPLIBInstance, cost: Int?) {
        self.init(routes: solution.routes.map { $0.visits.map(instance.customerNumber(ofLocation:)) }, cost: cost)
    }

    /// The solution these customer numbers describe in `instance`'s locations.
    ///
    /// - Throws: ``RoutingError`` when a number is not a customer of the instance.
    public func solution(for instance: VRPLIBInstance) throws -> Solution {
        var locationOfCustomer = [Int: Int]()
        for (location, node) in instance.nodeIDs.enumerated() where location >= instance.data.numDepots {
            locationOfCustomer[node - 1] = location
        }
        return Solution(
            visits: try routes.enumerated().map { k, route in
                try route.map { customer in
                    guard let location = locationOfCustomer[customer] else {
                        throw RoutingError.badInput(
                            "route #\(k + 1): \(customer) is not a customer of \(instance.name)")
                    }
                    return location
                }
            })
    }
}

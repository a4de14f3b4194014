// An independent check of routing solutions: every client once, capacities, fleet size, cost from scratch.

/// Checks a solution against the problem data by its own code path (no search data structures), so that
/// tests and benchmarks catch solver bugs instead of repeating them.
public enum RouteVerifier {
    /// One broken rule.
    public enum Violation: Sendable, Equatable, CustomStringConvertible {
        /// A visit is not a client location.
        case notAClient(route: Int, location: Int)
        /// A client appears more than once.
        case visitedTwice(location: Int)
        /// A client is never visited.
        case missing(location: Int)
        /// A route carries more than its vehicle's capacity.
        case overCapacity(route: Int, load: Int, capacity: Int)
        /// A route names a vehicle type that does not exist.
        case unknownVehicleType(route: Int, type: Int)
        /// More routes of a vehicle type than vehicles of it.
        case tooManyRoutes(type: Int, routes: Int, available: Int)
        /// The claimed cost differs from the recomputed one.
        case wrongCost(claimed: Int, actual: Int)

        public var description: String {
            switch self {
            case let .notAClient(route, location): "route \(route + 1) visits location \(location), not a client"
            case let .visitedTwice(location): "client at location \(location) is visited more than once"
            case let .missing(location): "client at location \(location) is not visited"
            case let .overCapacity(route, load, capacity):
                "route \(route + 1) carries \(load), above the capacity \(capacity)"
            case let .unknownVehicleType(route, type):
                "route \(route + 1) uses vehicle type \(type), which does not exist"
            case let .tooManyRoutes(type, routes, available):
                "vehicle type \(type) runs \(routes) routes but has \(available) vehicles"
            case let .wrongCost(claimed, actual): "claimed cost \(claimed) but the routes cost \(actual)"
            }
        }
    }

    /// The outcome of a check.
    public struct Report: Sendable, Equatable {
        /// Every violation found (empty when feasible).
        public var violations: [Violation]
        /// The recomputed cost (unit distance costs plus fixed costs), from the matrix.
        public var cost: Int
        /// Whether the solution is feasible.
        public var isFeasible: Bool { violations.isEmpty }
    }

    /// Verifies `solution` for `data`; `claimedCost`, when given, must equal the recomputed cost.
    public static func verify(_ solution: Solution, data: ProblemData, claimedCost: Int? = nil) -> Report {
        var violations: [Violation] = []
        var seen = [Bool](repeating: false, count: data.numLocations)
        var routesOfType = [Int](repeating: 0, count: data.vehicleTypes.count)
        var cost = 0
        for (r, route) in solution.routes.enumerated() {
            guard data.vehicleTypes.indices.contains(route.vehicleType) else {
                violations.append(.unknownVehicleType(route: r, type: route.vehicleType))
                continue
            }
            let type = data.vehicleTypes[route.vehicleType]
            routesOfType[route.vehicleType] += 1
            var load = 0, distance = 0, previous = type.startDepot
            for location in route.visits {
                guard location >= data.numDepots && location < data.numLocations else {
                    violations.append(.notAClient(route: r, location: location))
                    continue
                }
                if seen[location] { violations.append(.visitedTwice(location: location)) }
                seen[location] = true
                load += data.clients[location - data.numDepots].delivery
                distance += data.distances.values[previous * data.numLocations + location]
                previous = location
            }
            distance += data.distances.values[previous * data.numLocations + type.endDepot]
            if !route.visits.isEmpty { cost += distance * type.unitDistanceCost + type.fixedCost }
            if load > type.capacity {
                violations.append(.overCapacity(route: r, load: load, capacity: type.capacity))
            }
        }
        for location in data.numDepots..<data.numLocations where !seen[location] {
            violations.append(.missing(location: location))
        }
        for (t, type) in data.vehicleTypes.enumerated() {
            if let count = type.count, routesOfType[t] > count {
                violations.append(.tooManyRoutes(type: t, routes: routesOfType[t], available: count))
            }
        }
        if let claimedCost, claimedCost != cost { violations.append(.wrongCost(claimed: claimedCost, actual: cost)) }
        return Report(violations: violations, cost: cost)
    }
}

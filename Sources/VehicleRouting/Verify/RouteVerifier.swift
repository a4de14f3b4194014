// An independent check of routing solutions: every client once, loads, times, limits, fleet, cost from scratch.

/// Checks a solution against the problem data by its own code path (a plain simulation of each route, no
/// search data structures or segment algebra), so that tests and benchmarks catch solver bugs instead of
/// repeating them.
///
/// Each route is driven forward from its start depot at the shift start: arrival, waiting until the window
/// opens, service, and the load on board after every stop (deliveries leave, pickups come on). Its duration
/// is the end time minus the latest departure that still reaches every stop in time and the end depot at the
/// same end time, found by a backward pass: a driver who leaves as late as he can.
public enum RouteVerifier {
    /// The outcome of a check.
    public struct Report: Sendable, Equatable {
        /// Every violation found (empty when feasible).
        public var violations: [RouteViolation]
        /// The recomputed cost (distance and duration costs plus fixed costs), from the matrices.
        public var cost: Int
        /// The recomputed total distance.
        public var distance: Int
        /// The recomputed total duration.
        public var duration: Int
        /// Whether the solution is feasible.
        public var isFeasible: Bool { violations.isEmpty }
    }

    /// Verifies `solution` for `data`; `claimedCost`, when given, must equal the recomputed cost.
    public static func verify(_ solution: Solution, data: ProblemData, claimedCost: Int? = nil) -> Report {
        var violations: [RouteViolation] = []
        var seen = [Bool](repeating: false, count: data.numLocations)
        var routesOfType = [Int](repeating: 0, count: data.vehicleTypes.count)
        var cost = 0, totalDistance = 0, totalDuration = 0
        for (r, route) in solution.routes.enumerated() {
            guard data.vehicleTypes.indices.contains(route.vehicleType) else {
                violations.append(.unknownVehicleType(route: r, type: route.vehicleType))
                continue
            }
            let type = data.vehicleTypes[route.vehicleType]
            routesOfType[route.vehicleType] += 1
            var valid: [Int] = []
            for location in route.visits {
                guard location >= data.numDepots && location < data.numLocations else {
                    violations.append(.notAClient(route: r, location: location))
                    continue
                }
                if seen[location] { violations.append(.visitedTwice(location: location)) }
                seen[location] = true
                valid.append(location)
            }
            guard !valid.isEmpty else { continue }
            let drive = drive(valid, type: type, route: r, data: data, violations: &violations)
            totalDistance += drive.distance
            totalDuration += drive.duration
            cost += drive.distance * type.unitDistanceCost + drive.duration * type.unitDurationCost + type.fixedCost
        }
        for location in data.numDepots..<data.numLocations where !seen[location] {
            violations.append(.missing(location: location))
        }
        for (t, type) in data.vehicleTypes.enumerated() {
            if let count = type.count, routesOfType[t] > count * type.maxTrips {
                violations.append(.tooManyRoutes(type: t, routes: routesOfType[t], available: count * type.maxTrips))
            }
        }
        if let claimedCost, claimedCost != cost { violations.append(.wrongCost(claimed: claimedCost, actual: cost)) }
        return Report(violations: violations, cost: cost, distance: totalDistance, duration: totalDuration)
    }

    /// Simulates one route of client locations; appends its violations, returns its distance and duration.
    static func drive(
        _ visits: [Int], type: VehicleType, route r: Int, data: ProblemData,
        violations: inout [RouteViolation]
    ) -> (distance: Int, duration: Int) {
        let n = data.numLocations
        let distances = data.distances.values, durations = data.durations.values
        // Load: everything to deliver is on board at the start.
        var load = 0
        for location in visits { load += data.clients[location - data.numDepots].delivery }
        var peak = load
        // Forward pass: earliest service start at each stop when leaving at the shift start.
        var starts = [Int](repeating: 0, count: visits.count)
        var time = type.shiftStart, distance = 0, previous = type.startDepot
        for (k, location) in visits.enumerated() {
            let client = data.clients[location - data.numDepots]
            load += client.pickup - client.delivery
            peak = max(peak, load)
            distance += distances[previous * n + location]
            let arrival = time + durations[previous * n + location]
            let start = max(arrival, client.earliestStart)
            if start > client.latestStart {
                violations.append(.late(route: r, location: location, start: start, latest: client.latestStart))
            }
            if client.requiresColdChain && !type.coldChain {
                violations.append(.needsColdChain(route: r, location: location))
            }
            starts[k] = start
            time = start + client.serviceDuration
            previous = location
        }
        distance += distances[previous * n + type.endDepot]
        let end = time + durations[previous * n + type.endDepot]
        if end > type.shiftEnd { violations.append(.lateAtDepot(route: r, arrival: end, shiftEnd: type.shiftEnd)) }
        if peak > type.capacity { violations.append(.overCapacity(route: r, load: peak, capacity: type.capacity)) }
        // Backward pass: the latest start at each stop that keeps the same end time.
        var latest = end, next = type.endDepot
        for k in stride(from: visits.count - 1, through: 0, by: -1) {
            let client = data.clients[visits[k] - data.numDepots]
            latest = min(client.latestStart, latest - durations[visits[k] * n + next] - client.serviceDuration)
            latest = max(latest, starts[k])
            next = visits[k]
        }
        let departure = max(type.shiftStart, latest - durations[type.startDepot * n + next])
        let duration = end - departure
        if duration > type.maxDuration {
            violations.append(.tooLong(route: r, duration: duration, maxDuration: type.maxDuration))
        }
        if distance > type.maxDistance {
            violations.append(.tooFar(route: r, distance: distance, maxDistance: type.maxDistance))
        }
        return (distance, duration)
    }
}

// Shared helpers for the routing tests: bundled instances and random CVRP instances.
import Foundation
import SolverControl

@testable import VehicleRouting

enum TestSupport {
    /// The path of a bundled resource file.
    static func resource(_ name: String) -> String {
        Bundle.module.path(forResource: name, ofType: nil, inDirectory: "Resources")!
    }

    /// Reads a bundled `.vrp` file.
    static func instance(_ name: String) throws -> VRPLIBInstance {
        try VRPLIBReader.read(path: resource(name + ".vrp"))
    }

    /// `instance` with the fleet capped at `vehicles`.
    static func capped(_ instance: VRPLIBInstance, _ vehicles: Int?) throws -> ProblemData {
        try instance.data.cappingFleet(at: vehicles)
    }

    /// A random Euclidean CVRP instance with `clients` clients (asymmetric when asked: +0..3 one way).
    static func randomData(
        clients: Int, capacity: Int = 50, asymmetric: Bool = false, fleet: Int? = nil,
        seed: UInt64
    ) throws -> ProblemData {
        var random = SeededGenerator(seed: seed)
        var points: [(Double, Double)] = [(50, 50)]
        for _ in 0..<clients { points.append((Double(random.next(below: 100)), Double(random.next(below: 100)))) }
        var matrix = Matrix(size: clients + 1)
        for i in 0...clients {
            for j in 0...clients where i != j {
                let d = VRPLIBReader.roundedEuclidean(points[i].0, points[i].1, points[j].0, points[j].1)
                matrix[i, j] = d + (asymmetric && i < j ? random.next(below: 4) : 0)
            }
        }
        let list = (1...max(1, clients)).prefix(clients).map {
            Client(x: points[$0].0, y: points[$0].1, delivery: 1 + random.next(below: 20))
        }
        return try ProblemData(
            depots: [Depot(x: 50, y: 50)], clients: list,
            vehicleTypes: [VehicleType(capacity: capacity, count: fleet)], distances: matrix)
    }

    /// Feasible but poor routes of `data` (one vehicle type): the clients in index order, cut when the next
    /// would overload the vehicle.
    static func indexOrderRoutes(_ data: ProblemData) -> Solution {
        var routes: [[Int]] = [[]]
        var load = 0
        for v in data.numDepots..<data.numLocations {
            let d = data.client(at: v).delivery
            if load + d > data.vehicleTypes[0].capacity {
                routes.append([])
                load = 0
            }
            routes[routes.count - 1].append(v)
            load += d
        }
        return Solution(visits: routes)
    }

    /// A random assignment of the clients to `routes` route slots (some possibly empty).
    static func randomRoutes(_ data: ProblemData, routes: Int, random: inout SeededGenerator) -> [[Int]] {
        var clients = Array(data.numDepots..<data.numLocations)
        random.shuffle(&clients)
        var result = [[Int]](repeating: [], count: routes)
        for client in clients { result[random.next(below: routes)].append(client) }
        return result
    }

    /// A random instance using every rich feature: two depots, two vehicle types (one cold-chain, different
    /// capacities, costs, shifts and limits), pickups, service times, time windows and cold-chain clients.
    /// Travel time is the distance; windows are wide enough that feasible routes exist but often bind.
    static func richData(clients: Int, seed: UInt64, counts: [Int?] = [nil, nil]) throws -> ProblemData {
        var random = SeededGenerator(seed: seed)
        var points: [(Double, Double)] = [(50, 50), (20, 70)]
        for _ in 0..<clients { points.append((Double(random.next(below: 100)), Double(random.next(below: 100)))) }
        let n = points.count
        var matrix = Matrix(size: n)
        for i in 0..<n {
            for j in 0..<n where i != j {
                matrix[i, j] = VRPLIBReader.roundedEuclidean(points[i].0, points[i].1, points[j].0, points[j].1)
            }
        }
        let list = (0..<clients).map { k -> Client in
            let open = random.next(below: 600)
            return Client(
                x: points[k + 2].0, y: points[k + 2].1, delivery: random.next(below: 15),
                pickup: random.next(below: 3) == 0 ? random.next(below: 15) : 0,
                serviceDuration: 5 + random.next(below: 10), earliestStart: open,
                latestStart: open + 60 + random.next(below: 300),
                requiresColdChain: random.next(below: 5) == 0, name: "v\(k + 1)")
        }
        let types = [
            VehicleType(
                capacity: 60, count: counts[0], startDepot: 0, endDepot: 0, fixedCost: 100,
                unitDistanceCost: 2, unitDurationCost: 1, maxDuration: 700, maxDistance: 400,
                shiftStart: 0, shiftEnd: 1000, coldChain: true, name: "cold"),
            VehicleType(
                capacity: 40, count: counts[1], startDepot: 1, endDepot: 1, fixedCost: 50,
                unitDistanceCost: 1, shiftStart: 100, shiftEnd: 900, name: "van"),
        ]
        return try ProblemData(
            depots: [Depot(x: 50, y: 50, name: "A"), Depot(x: 20, y: 70, name: "B")],
            clients: list, vehicleTypes: types, distances: matrix)
    }
}

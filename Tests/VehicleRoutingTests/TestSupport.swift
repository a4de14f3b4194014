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
        var type = instance.data.vehicleTypes[0]
        type.count = vehicles
        return try instance.data.replacing(vehicleTypes: [type])
    }

    /// A random Euclidean CVRP instance with `clients` clients (asymmetric when asked: +0..3 one way).
    static func randomData(clients: Int, capacity: Int = 50, asymmetric: Bool = false, fleet: Int? = nil,
                           seed: UInt64) throws -> ProblemData {
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
        return try ProblemData(depots: [Depot(x: 50, y: 50)], clients: list,
                               vehicleTypes: [VehicleType(capacity: capacity, count: fleet)], distances: matrix)
    }

    /// A random assignment of the clients to `routes` route slots (some possibly empty).
    static func randomRoutes(_ data: ProblemData, routes: Int, random: inout SeededGenerator) -> [[Int]] {
        var clients = Array(data.numDepots..<data.numLocations)
        random.shuffle(&clients)
        var result = [[Int]](repeating: [], count: routes)
        for client in clients { result[random.next(below: routes)].append(client) }
        return result
    }
}

// A generated family of rural county CVRP instances (villages around townships), written as VRPLIB files.
import Foundation
import SolverControl

/// Rural county days as CVRP instances: a county seat depot in the middle of a 60 × 60 km county, townships
/// spread over it, villages clustered around each township, parcels per village skewed (most villages get a
/// few, the township seats many), 400-parcel vans (the rural fleet of docs/codeliver.md).
///
/// Coordinates are in units of 10 m and distances are TSPLIB's rounded Euclidean (EUC_2D), so PyVRP's VRPLIB
/// reader and ours see the same integers. The same size and seed always give the same file.
enum RuralInstances {
    /// Van capacity in parcels.
    static let capacity = 400

    /// The VRPLIB text of the instance with `customers` villages, generated from `seed`.
    static func vrplib(customers: Int, seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed &* 7919 &+ UInt64(customers))
        let side = 6_000, centre = side / 2
        let townships = max(4, customers / 35)
        var seats: [(Int, Int)] = []
        for _ in 0..<townships {
            seats.append((500 + random.next(below: side - 1_000), 500 + random.next(below: side - 1_000)))
        }
        var lines = [
            "NAME : \(name(customers: customers, seed: seed))", "COMMENT : HubPlan rural family, seed \(seed)",
            "TYPE : CVRP", "DIMENSION : \(customers + 1)", "EDGE_WEIGHT_TYPE : EUC_2D",
            "CAPACITY : \(capacity)", "NODE_COORD_SECTION", "1 \(centre) \(centre)",
        ]
        var demands = ["DEMAND_SECTION", "1 0"]
        for k in 0..<customers {
            let township = k % townships
            let (sx, sy) = seats[township]
            let isSeat = k < townships
            // Villages lie within about 4 km of their township seat (sum of uniforms: a rounded cluster).
            let dx = isSeat ? 0 : (random.next(below: 400) + random.next(below: 400) - 400)
            let dy = isSeat ? 0 : (random.next(below: 400) + random.next(below: 400) - 400)
            let x = min(side, max(0, sx + dx)), y = min(side, max(0, sy + dy))
            lines.append("\(k + 2) \(x) \(y)")
            let parcels =
                isSeat
                ? 40 + random.next(below: 60)
                : 1 + random.next(below: 8) + (random.next(below: 5) == 0 ? random.next(below: 30) : 0)
            demands.append("\(k + 2) \(parcels)")
        }
        return (lines + demands + ["DEPOT_SECTION", "1", "-1", "EOF"]).joined(separator: "\n") + "\n"
    }

    /// The instance name: `rural-n<customers>-s<seed>`.
    static func name(customers: Int, seed: UInt64) -> String { "rural-n\(customers)-s\(seed)" }

    /// Writes the instance into `directory` (created if missing) and returns its path.
    static func write(customers: Int, seed: UInt64, into directory: String) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + name(customers: customers, seed: seed) + ".vrp"
        try vrplib(customers: customers, seed: seed).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

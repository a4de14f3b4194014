// Test support for county routing: the shipped sample networks, a hand-made county, and the route checks.
import Foundation
import RoadNetwork
import Testing
import VehicleRouting

@testable import DeliveryPlanning

enum RoutingFixtures {
    /// The repository root (this file is Tests/DeliveryPlanningTests/Support/RoutingFixtures.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A network of Networks/samples.
    static func sample(_ name: String) throws -> Network {
        try NetworkFile.read(root.appendingPathComponent("Networks/samples/\(name)").path)
    }

    /// One county on a line of longitude 113.0...113.3 at latitude 40: a center at 113.0 and `villages`
    /// villages eastwards 0.03 degrees apart (about 2.5 km x 1.3 circuity each), two carriers, no roads.
    static func line(villages: Int = 6, parcels: [String: Double] = ["ems": 20, "sf": 30]) -> Network {
        var nodes = [Node(id: "cc", name: "中心", kind: .countyCenter, county: "100001", lon: 113.0, lat: 40)]
        for k in 1...villages {
            nodes.append(
                Node(
                    id: "v\(k)", name: "村\(k)", kind: .village, county: "100001", lon: 113.0 + 0.03 * Double(k),
                    lat: 40 + (k % 2 == 0 ? 0.01 : -0.01), parcels: parcels, serviceMinutes: 5,
                    timeWindow: TimeWindow(open: 480, close: 1080)))
        }
        return Network(
            name: "Line", carriers: [Carrier(id: "ems", name: "EMS", postal: true), Carrier(id: "sf", name: "SF")],
            counties: [County(code: "100001", name: "线县")], nodes: nodes)
    }

    /// A fleet of one plain van type.
    static func vans(capacity: Int = 100) -> FleetSpec {
        FleetSpec(vans: [
            VanType(name: "van", capacityParcels: capacity, fixedCostPerDay: 60, costPerKm: 0.9, costPerHour: 30)
        ])
    }

    /// Checks every depot's solution with the independent `RouteVerifier` (every constraint: capacity with
    /// pickups, windows, shift, duration, cold chain, fleet), that our own measurement finds no violation, and
    /// that every routed stop is served exactly once.
    static func verify(_ depots: [DepotRouting]) {
        for depot in depots {
            let report = RouteVerifier.verify(depot.solution, data: depot.solverData)
            #expect(report.isFeasible, "\(report.violations)")
            #expect(depot.routes.allSatisfy { $0.violations.isEmpty })
            let routed = depot.routes.filter { !$0.directTrip }.flatMap(\.stops)
            #expect(routed.count == Set(routed).count)
            #expect(routed.count == depot.instance.stopNodes.count)
        }
    }
}

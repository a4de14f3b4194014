// Tests of `hubplan solve vrplib` as a planner runs it: the built binary, its output and its exit codes.
import Foundation
import Testing

@Suite struct SolveVRPLIBCommandTests {
    /// Runs `hubplan` with `arguments`; returns the exit status, stdout and stderr.
    private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let result = try HubPlanProcess.run(arguments)
        return (result.status, result.stdout, result.stderr)
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    private func temporaryFile(_ text: String, name: String) throws -> String {
        let url = URL(fileURLWithPath: try HubPlanProcess.scratchFolder()).appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Six customers around a depot; capacity 10, demands 3 each: at least two routes.
    private func instance(heaviest: Int = 3) -> String {
        """
        NAME : six
        TYPE : CVRP
        DIMENSION : 7
        EDGE_WEIGHT_TYPE : EUC_2D
        CAPACITY : 10
        NODE_COORD_SECTION
        1 50 50
        2 10 10
        3 12 14
        4 90 10
        5 88 14
        6 50 95
        7 46 92
        DEMAND_SECTION
        1 0
        2 3
        3 3
        4 3
        5 3
        6 3
        7 \(heaviest)
        DEPOT_SECTION
        1
        -1
        EOF
        """
    }

    @Test func solvesAndPrintsJSON() throws {
        let path = try temporaryFile(instance(), name: "six.vrp")
        let solPath = path.replacingOccurrences(of: ".vrp", with: ".sol")
        let result = try run([
            "solve", "vrplib", path, "--iterations", "30", "--seed", "3", "--json",
            "--solution", solPath,
        ])
        #expect(result.status == 0, "\(result.err)")
        let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        #expect(json?["feasible"] as? Bool == true)
        #expect(json?["cost"] is Int)
        #expect(json?["seconds"] is Double)
        // One key style across every JSON HubPlan writes (plan.json is camelCase).
        #expect(json?["stopReason"] is String)
        #expect(json?.keys.contains { $0.contains("_") } == false)
        let routes = json?["routes"] as? [[Int]] ?? []
        #expect(routes.flatMap { $0 }.sorted() == [1, 2, 3, 4, 5, 6])
        let sol = try String(contentsOfFile: solPath, encoding: .utf8)
        #expect(sol.contains("Route #1: "))
        #expect(sol.contains("Cost \(json?["cost"] as? Int ?? -1)"))
    }

    @Test func exactProvesTheOptimum() throws {
        let path = try temporaryFile(instance(), name: "six.vrp")
        let result = try run([
            "solve", "vrplib", path, "--iterations", "20", "--exact", "--time-limit", "60",
            "--json",
        ])
        #expect(result.status == 0, "\(result.err)")
        let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        #expect(json?["optimal"] as? Bool == true)
        #expect((json?["bound"] as? Double).map { abs($0 - Double(json?["cost"] as? Int ?? -1)) < 1e-6 } == true)
    }

    @Test func theFleetCapIsHonoured() throws {
        let path = try temporaryFile(instance(), name: "six.vrp")
        let result = try run(["solve", "vrplib", path, "--iterations", "20", "--vehicles", "2", "--json"])
        #expect(result.status == 0, "\(result.err)")
        let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        #expect((json?["routes"] as? [[Int]])?.count ?? 99 <= 2)
    }

    @Test func aCustomerHeavierThanTheVehicleExitsWithOne() throws {
        let path = try temporaryFile(instance(heaviest: 12), name: "heavy.vrp")
        let result = try run(["solve", "vrplib", path, "--iterations", "5"])
        #expect(result.status == 1)
        #expect(result.err.contains("heavy.vrp:21:"))
        #expect(result.err.contains("customer node 7 has demand 12"))
    }

    @Test func aMalformedFileExitsWithTwoNamingTheLine() throws {
        let path = try temporaryFile(instance().replacingOccurrences(of: "5 88 14", with: "5 88 x"), name: "bad.vrp")
        let result = try run(["solve", "vrplib", path, "--iterations", "5"])
        #expect(result.status == 2)
        #expect(result.err.contains("bad.vrp:11:"))
    }

    @Test func aMissingFileAndBadOptionsExitWithTwo() throws {
        #expect(try run(["solve", "vrplib", "/nonexistent/x.vrp"]).status == 2)
        let path = try temporaryFile(instance(), name: "six.vrp")
        #expect(try run(["solve", "vrplib", path, "--vehicles", "0"]).status == 2)
        #expect(try run(["solve", "vrplib", path, "--time-limit", "-1"]).status == 2)
    }
}

// The hybrid genetic search on each rich constraint: tiny instances solved to the brute-force optimum.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct HybridGeneticSearchRichTests {
    /// A rich constraint switched on alone (or with its natural companions).
    enum Feature: String, CaseIterable, Sendable {
        case timeWindows, pickups, coldChain, mixedFleetTwoDepots, durationLimitAndCost, distanceLimit, fleetCount
    }

    /// Five (four with two vehicle types) random clients with `feature` set so that it binds now and then.
    static func instance(_ feature: Feature, seed: UInt64) throws -> ProblemData {
        var random = SeededGenerator(seed: seed)
        let twoTypes = feature == .coldChain || feature == .mixedFleetTwoDepots
        let count = twoTypes ? 4 : 5
        var points: [(Double, Double)] = [(50, 50), (10, 10)]
        for _ in 0..<count { points.append((Double(random.next(below: 100)), Double(random.next(below: 100)))) }
        var matrix = Matrix(size: points.count)
        for i in points.indices {
            for j in points.indices where i != j {
                matrix[i, j] = VRPLIBReader.roundedEuclidean(points[i].0, points[i].1, points[j].0, points[j].1)
            }
        }
        let clients = (0..<count).map { k -> Client in
            var client = Client(
                x: points[k + 2].0, y: points[k + 2].1, delivery: 1 + random.next(below: 9),
                name: "c\(k + 1)")
            switch feature {
            case .timeWindows:
                client.serviceDuration = 5
                client.earliestStart = random.next(below: 200)
                client.latestStart = client.earliestStart + 20 + random.next(below: 60)
            case .pickups:
                client.pickup = random.next(below: 9)
            case .coldChain:
                client.requiresColdChain = random.next(below: 3) == 0
            default:
                break
            }
            return client
        }
        var types = [VehicleType(capacity: 15)]
        switch feature {
        case .timeWindows: types[0].shiftEnd = 400
        case .pickups: types[0].capacity = 12
        case .coldChain:
            types = [
                VehicleType(capacity: 15, fixedCost: 40, coldChain: true, name: "cold"),
                VehicleType(capacity: 20, fixedCost: 10, name: "dry"),
            ]
        case .mixedFleetTwoDepots:
            types = [
                VehicleType(capacity: 10, count: 1, startDepot: 0, endDepot: 0, fixedCost: 5, name: "center"),
                VehicleType(
                    capacity: 25, startDepot: 1, endDepot: 1, fixedCost: 30, unitDistanceCost: 2,
                    name: "far"),
            ]
        case .durationLimitAndCost:
            types[0] = VehicleType(capacity: 40, unitDurationCost: 1, maxDuration: 180, shiftStart: 10, shiftEnd: 300)
        case .distanceLimit: types[0] = VehicleType(capacity: 40, maxDistance: 170)
        case .fleetCount: types[0] = VehicleType(capacity: 20, count: 2)
        }
        var depots = [Depot(x: 50, y: 50, name: "A")]
        depots.append(Depot(x: 10, y: 10, name: "B"))
        return try ProblemData(depots: depots, clients: clients, vehicleTypes: types, distances: matrix)
    }

    @Test(arguments: Feature.allCases)
    func reachesTheBruteForceOptimum(feature: Feature) throws {
        var feasibleSeeds = 0
        for seed in UInt64(1)...4 {
            let data = try HybridGeneticSearchRichTests.instance(feature, seed: seed)
            let optimum = BruteForce.optimum(data)
            var parameters = SolverParameters()
            parameters.seed = seed
            parameters.maxIterations = 60
            let result = try HybridGeneticSearch(data: data, parameters: parameters)
                .solve(budget: TimeBudget(seconds: nil))
            let report = RouteVerifier.verify(result.solution, data: data, claimedCost: result.stats.cost)
            if let optimum {
                feasibleSeeds += 1
                #expect(result.isFeasible && report.isFeasible, "\(feature) seed \(seed): \(report.violations)")
                #expect(report.cost == optimum, "\(feature) seed \(seed)")
            } else {
                #expect(!result.isFeasible, "\(feature) seed \(seed): brute force finds no feasible solution")
            }
        }
        #expect(feasibleSeeds >= 2, "\(feature): too few feasible instances to be a test")
    }

    @Test func sameSeedGivesTheSameRoutesOnRichData() throws {
        let data = try TestSupport.richData(clients: 30, seed: 5)
        var parameters = SolverParameters()
        parameters.seed = 11
        parameters.maxIterations = 60
        let first = try HybridGeneticSearch(data: data, parameters: parameters).solve(budget: TimeBudget(seconds: nil))
        let second = try HybridGeneticSearch(data: data, parameters: parameters).solve(budget: TimeBudget(seconds: nil))
        #expect(first.solution == second.solution)
        let report = RouteVerifier.verify(first.solution, data: data, claimedCost: first.stats.cost)
        #expect(first.isFeasible == report.isFeasible, "\(report.violations)")
    }

    @Test(arguments: ["C101", "R101", "RC101"])
    func solvesTheSolomon25CustomerVariantsToTheirOptimum(name: String) throws {
        // The classical optima of the first 25 customers, distances truncated to one decimal (RC101.25: 461.1,
        // reached again in 50 iterations since the penalties were retuned).
        let optimum = ["C101": 1913, "R101": 6171, "RC101": 4611][name]!
        let instance = try SolomonReader.read(path: TestSupport.resource("\(name).25.txt"), convention: .dimacs)
        let report = try Self.solveFeasibly(instance.data, iterations: 50)
        #expect(report.distance == optimum)
    }

    /// Solves `data` for `iterations`, expects a feasible result the verifier accepts, and returns its report.
    static func solveFeasibly(_ data: ProblemData, iterations: Int) throws -> RouteVerifier.Report {
        var parameters = SolverParameters()
        parameters.maxIterations = iterations
        let result = try HybridGeneticSearch(data: data, parameters: parameters).solve(budget: TimeBudget(seconds: nil))
        let report = RouteVerifier.verify(result.solution, data: data, claimedCost: result.stats.cost)
        #expect(report.isFeasible && result.isFeasible, "\(report.violations)")
        return report
    }

    @Test func theVehiclesFirstObjectiveStartsWithWeightsAboveAVehiclesCost() throws {
        // A vehicle costs more than any distance: merging two routes into one late, overloaded route must not
        // pay, or the first populations (before the weights adapt) are all three giant routes.
        let instance = try SolomonReader.read(
            path: TestSupport.resource("R101.25.txt"), convention: .dimacs,
            objective: .vehiclesThenDistance)
        let type = instance.data.vehicleTypes[0]
        let weights = PenaltyManager.initialEvaluator(data: instance.data)
        let day = Double(min(type.maxDuration, type.shiftEnd - type.shiftStart))
        #expect(weights.timeWarpPenalty >= min(100_000, Double(type.fixedCost) / day))
        #expect(weights.loadPenalty >= min(100_000, Double(type.fixedCost) / Double(type.capacity)))
        _ = try Self.solveFeasibly(instance.data, iterations: 0)
    }
}

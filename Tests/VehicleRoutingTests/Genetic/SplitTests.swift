// Tests of Split on a hand-checked example and against brute force on random tours.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct SplitTests {
    /// Clients 1...4 on a line at 1, 2, 10, 11 from the depot at 0; demands 3, 3, 3, 3; capacity 6.
    /// The best split of tour 1-2-3-4 is (1 2)(3 4): 4 + 22 = 26; one route would cost 22 but carries 12.
    private func lineData() throws -> ProblemData {
        let positions = [0, 1, 2, 10, 11]
        var matrix = Matrix(size: 5)
        for i in 0..<5 { for j in 0..<5 { matrix[i, j] = abs(positions[i] - positions[j]) } }
        return try ProblemData(
            depots: [Depot()], clients: (1...4).map { _ in Client(delivery: 3) },
            vehicleTypes: [VehicleType(capacity: 6)], distances: matrix)
    }

    @Test func splitsTheHandExampleOptimally() throws {
        let data = try lineData()
        let split = Split(numClients: 4, maxRoutes: 4)
        let routes = split.split(
            [1, 2, 3, 4], data: data, vehicle: data.vehicleTypes[0], maxRoutes: 4,
            loadPenalty: 100)
        #expect(routes == [[1, 2], [3, 4]])
    }

    @Test func cheapPenaltyKeepsOneOverloadedRoute() throws {
        let data = try lineData()
        let split = Split(numClients: 4, maxRoutes: 4)
        // One route: 22 + 0.1 · 6 = 22.6 beats 26.
        let routes = split.split(
            [1, 2, 3, 4], data: data, vehicle: data.vehicleTypes[0], maxRoutes: 4,
            loadPenalty: 0.1)
        #expect(routes == [[1, 2, 3, 4]])
    }

    @Test func boundedFleetUsesAtMostKRoutes() throws {
        let data = try lineData()
        let split = Split(numClients: 4, maxRoutes: 4)
        let routes = split.split(
            [1, 3, 2, 4], data: data, vehicle: data.vehicleTypes[0], maxRoutes: 1,
            loadPenalty: 100)
        #expect(routes.count == 1)
    }

    /// The cheapest split by enumerating every set of cut points, with at most `k` routes.
    private func bruteForce(_ tour: [Int32], _ data: ProblemData, penalty: Double, k: Int) -> Double {
        let n = tour.count
        var best = Double.infinity
        for mask in 0..<(1 << (n - 1)) where mask.nonzeroBitCount + 1 <= k {
            var cost = 0.0, start = 0
            for end in 1...n where end == n || mask & (1 << (end - 1)) != 0 {
                let route = tour[start..<end].map(Int.init)
                let stats = SolutionStats(Solution(visits: [route]), data: data)
                cost += Double(stats.cost) + penalty * Double(stats.excessLoad)
                start = end
            }
            best = min(best, cost)
        }
        return best
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func matchesBruteForceOnRandomTours(seed: UInt64) throws {
        let data = try TestSupport.randomData(clients: 9, capacity: 30, seed: seed)
        var random = SeededGenerator(seed: seed)
        var tour = (1...9).map { Int32($0) }
        random.shuffle(&tour)
        let split = Split(numClients: 9, maxRoutes: 9)
        for (penalty, k) in [(1.0, 9), (7.5, 9), (3.0, 3), (50.0, 2)] {
            let routes = split.split(
                tour, data: data, vehicle: data.vehicleTypes[0], maxRoutes: k,
                loadPenalty: penalty)
            #expect(routes.count <= k)
            #expect(routes.flatMap { $0 }.map { Int32($0) } == tour)
            let stats = SolutionStats(Solution(visits: routes), data: data)
            let cost = Double(stats.cost) + penalty * Double(stats.excessLoad)
            #expect(abs(cost - bruteForce(tour, data, penalty: penalty, k: k)) < 1e-6, "penalty \(penalty), k \(k)")
        }
    }
}

// Tests of the greedy first tour: a permutation of the clients in nearest-neighbour order, and strict weights.
import Testing

@testable import VehicleRouting

@Suite struct ConstructiveStartTests {
    @Test func visitsEveryClientOnceNearestFirst() throws {
        // Clients on a line at 5, 1, 3 from the depot at 0: nearest first gives 1, 3, 5.
        let xs = [0.0, 5, 1, 3]
        var matrix = Matrix(size: 4)
        for i in 0..<4 { for j in 0..<4 { matrix[i, j] = Int(abs(xs[i] - xs[j])) } }
        let data = try ProblemData(
            depots: [Depot()], clients: [5.0, 1, 3].map { Client(x: $0, delivery: 1) },
            vehicleTypes: [VehicleType(capacity: 10)], distances: matrix)
        #expect(ConstructiveStart.nearestNeighbourTour(data: data) == [2, 3, 1])
        let random = try TestSupport.randomData(clients: 60, seed: 5)
        #expect(ConstructiveStart.nearestNeighbourTour(data: random).map(Int.init).sorted() == Array(1...60))
    }

    @Test func strictWeightsOutweighEveryCost() throws {
        let data = try TestSupport.randomData(clients: 30, seed: 6)
        let strict = ConstructiveStart.strictEvaluator(data: data, base: CostEvaluator(loadPenalty: 2))
        let everyEdge = Double(data.distances.maximum * (data.numClients + 1))
        #expect(strict.loadPenalty > everyEdge && strict.timeWarpPenalty > everyEdge)
        #expect(strict.distancePenalty > everyEdge && strict.coldChainPenalty > everyEdge)
    }
}

// The moves priced from prefix sums on the plain CVRP equal, to the bit, the segments' price they stand in for.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct PrefixPriceTests {
    /// A plain CVRP (no times, pickups, limits or cold chain) with two vehicle types that differ in capacity,
    /// distance cost and fixed cost, so that every term of a route's cost differs between the two routes.
    private func data(seed: UInt64, asymmetric: Bool) throws -> ProblemData {
        let base = try TestSupport.randomData(clients: 18, asymmetric: asymmetric, seed: seed)
        return try ProblemData(
            depots: base.depots, clients: base.clients,
            vehicleTypes: [
                VehicleType(capacity: 45, fixedCost: 70),
                VehicleType(capacity: 60, fixedCost: 110, unitDistanceCost: 2),
            ],
            distances: base.distances)
    }

    /// Every pair of a client U and a V (a client or a start depot) in another route: the tail swap's price
    /// (`evaluate` with pruning off) is exactly `delta` of the two joined segments, with and without pruning
    /// in `delta` (its early exit must agree too).
    @Test(arguments: [false, true])
    func tailSwapPriceIsTheSegmentsPriceToTheBit(asymmetric: Bool) throws {
        var compared = 0, nonZero = 0
        for seed in UInt64(1)...5 {
            let data = try data(seed: seed, asymmetric: asymmetric)
            let types = [0, 0, 0, 1, 1]
            let s = SearchSolution(data: data, vehicleTypeOfRoute: types)
            #expect(s.data.pricedFromPrefixes)
            s.evaluator = CostEvaluator(loadPenalty: 2.75)
            var random = SeededGenerator(seed: seed &* 17)
            s.load(TestSupport.randomRoutes(data, routes: types.count, random: &random))
            let tails = TwoOptStar(reversing: false)
            for u in data.numDepots..<data.numLocations {
                let uRef = s.position(of: u)
                var vs = (data.numDepots..<data.numLocations).map { s.position(of: $0) }
                vs += (0..<types.count).map { StopRef(route: $0, index: 0) }
                for vRef in vs where vRef.route != uRef.route {
                    let (ru, i, rv, j) = (uRef.route, uRef.index, vRef.route, vRef.index)
                    for prunes in [false, true] {
                        s.prunes = prunes
                        let segments = s.delta(
                            s.join(s.before(ru, i), s.after(rv, j + 1)), on: ru,
                            s.join(s.before(rv, j), s.after(ru, i + 1)), on: rv)
                        // With pruning on, the bound may stop `evaluate` first; compare where it does not.
                        let predicted = tails.evaluate(uRef, vRef, in: s)
                        if prunes && predicted == 0 { continue }
                        #expect(predicted.bitPattern == segments.bitPattern, "U \(u) V \(vRef) prunes \(prunes)")
                        compared += 1
                        if predicted != 0 { nonZero += 1 }
                    }
                }
            }
        }
        #expect(compared > 1000 && nonZero > 500)
    }
}

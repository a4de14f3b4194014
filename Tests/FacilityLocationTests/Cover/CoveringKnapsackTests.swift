// Tests of the covering knapsack against enumeration, with forced and excluded items.
import SolverControl
import Testing

@testable import FacilityLocation

struct CoveringKnapsackTests {
    @Test(arguments: 0..<20)
    func matchesEnumeration(seed: Int) {
        var g = SeededGenerator(seed: UInt64(seed))
        let k = 10
        let values = (0..<k).map { _ in Double(g.next(below: 60)) - 10 }
        let weights = (0..<k).map { _ in seed % 2 == 0 ? 5.0 : Double(1 + g.next(below: 9)) }
        let requirement = Double(10 + g.next(below: 25))
        let forced = seed % 4 == 1 ? 3 : -1
        let excluded = seed % 5 == 2 ? 4 : -1
        let result = CoveringKnapsack.solve(
            values: values, weights: weights, requirement: requirement,
            allowed: { $0 != excluded }, forced: { $0 == forced })
        var best = Double.infinity
        for mask in 0..<(1 << k) {
            if excluded >= 0 && mask & (1 << excluded) != 0 { continue }
            if forced >= 0 && mask & (1 << forced) == 0 { continue }
            let items = (0..<k).filter { mask & (1 << $0) != 0 }
            if items.reduce(0.0, { $0 + weights[$1] }) >= requirement {
                best = min(best, items.reduce(0.0) { $0 + values[$1] })
            }
        }
        #expect(result.exact)
        #expect(result.value == best)
        if best < .infinity {
            let chosen = (0..<k).filter { result.chosen[$0] }
            #expect(chosen.reduce(0.0) { $0 + weights[$1] } >= requirement)
            #expect(chosen.reduce(0.0) { $0 + values[$1] } == best)
        }
    }
}

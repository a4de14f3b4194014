// Tests of the rule that sends the iterated search's walk back to the best solution after a long way far from it.
import Testing

@testable import VehicleRouting

@Suite struct ReturnToBestTests {
    /// What `rule` answers to each current solution in turn (cost, feasible), against `best`.
    private func answers(_ rule: inout ReturnToBest, _ currents: [(Int, Bool)], best: Int?) -> [Bool] {
        currents.map { rule.record(cost: $0.0, isFeasible: $0.1, bestCost: best) }
    }

    @Test func firesAfterExactlyPatienceFarIterationsAndStartsCountingAgain() {
        var rule = ReturnToBest(threshold: 0.02, patience: 3)
        // 1,021 is more than 2% above 1,000.
        let got = answers(&rule, Array(repeating: (1_021, true), count: 6), best: 1_000)
        #expect(got == [false, false, true, false, false, true])
    }

    @Test func aCurrentSolutionWithinTheThresholdResetsTheCount() {
        var rule = ReturnToBest(threshold: 0.02, patience: 3)
        // Exactly 2% above is near enough.
        let currents = [(1_100, true), (1_100, true), (1_020, true), (1_100, true), (1_100, true), (1_100, true)]
        #expect(answers(&rule, currents, best: 1_000) == [false, false, false, false, false, true])
    }

    @Test func anInfeasibleCurrentSolutionCountsAsFarHoweverCheap() {
        var rule = ReturnToBest(threshold: 0.02, patience: 2)
        #expect(answers(&rule, [(900, false), (900, false)], best: 1_000) == [false, true])
    }

    @Test func neverFiresWithoutABestOrWithZeroPatience() {
        var noBest = ReturnToBest(threshold: 0.02, patience: 1)
        var off = ReturnToBest(threshold: 0.02, patience: 0)
        let far = Array(repeating: (5_000, false), count: 10)
        #expect(!answers(&noBest, far, best: nil).contains(true))
        #expect(!answers(&off, far, best: 1_000).contains(true))
    }
}

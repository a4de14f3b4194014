// Tests of the county time share: what is left split by weight among the counties not yet started.
import Testing

@testable import DeliveryPlanning

struct CountyTimeShareTests {
    @Test func noLimitGivesNoShare() {
        let share = CountyTimeShare(total: 10, workers: 2, factor: 1)
        #expect(share.start(weight: 5, remaining: nil) == nil)
    }

    /// Each county gets its weight over the weights not yet started of the time left on every worker.
    @Test func eachShareIsItsWeightOverTheWeightsLeft() throws {
        let weights = [5.0, 3, 1, 1]
        let share = CountyTimeShare(total: weights.reduce(0, +), workers: 2, factor: 2)
        var total = 0.0
        for w in weights { total += try #require(share.start(weight: w, remaining: 100)) }
        #expect(abs(total - 100 * 2 / 2 * (5.0 / 10 + 3.0 / 5 + 1.0 / 2 + 1)) < 1e-9)
        // The first county gets its weight's share of the whole pool.
        let fresh = CountyTimeShare(total: 10, workers: 2, factor: 2)
        #expect(abs((fresh.start(weight: 5, remaining: 100) ?? 0) - 50) < 1e-9)
    }

    /// A county starting after an overrun gets what is left, not its planned share: the error does not carry on.
    @Test func anOverrunShrinksTheNextShares() throws {
        let share = CountyTimeShare(total: 4, workers: 1, factor: 1)
        let first = try #require(share.start(weight: 1, remaining: 40))
        #expect(abs(first - 10) < 1e-9)
        // The first county took 30 s instead of 10: three counties share the 10 s left.
        let second = try #require(share.start(weight: 1, remaining: 10))
        #expect(abs(second - 10.0 / 3) < 1e-9)
        #expect(share.start(weight: 2, remaining: -5) == 0)
    }
}

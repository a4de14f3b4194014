// Tests of time budgets and cancellation.
import Foundation
import SolverControl
import Testing

@Suite struct TimeBudgetTests {
    @Test func noLimitNeverExhausts() {
        let budget = TimeBudget(seconds: nil)
        #expect(!budget.isExhausted)
        #expect(budget.remaining == nil)
    }

    @Test func zeroLimitIsExhaustedAtOnce() {
        #expect(TimeBudget(seconds: 0).isExhausted)
    }

    @Test func cancellationExhaustsTheBudget() {
        let token = CancellationToken()
        let budget = TimeBudget(seconds: 100, cancellation: token)
        #expect(!budget.isExhausted)
        token.cancel()
        #expect(budget.isExhausted)
        #expect(budget.slice(seconds: 5).isExhausted)
    }

    @Test func sliceNeverOutlivesItsParent() {
        let budget = TimeBudget(seconds: 1)
        let slice = budget.slice(seconds: 10)
        #expect(slice.limit! <= 1)
        #expect(budget.slice(seconds: nil).limit! <= 1)
        #expect(TimeBudget(seconds: nil).slice(seconds: 3).limit == 3)
    }

    @Test func elapsedGrows() {
        let budget = TimeBudget(seconds: 0.05)
        Thread.sleep(forTimeInterval: 0.06)
        #expect(budget.elapsed >= 0.05)
        #expect(budget.isExhausted)
    }
}

// Tests of the county time share: every county's fixed work reserved, the rest split by stops among those not started.
import Testing

@testable import DeliveryPlanning

struct CountyTimeShareTests {
    /// 1 s a stop of quick pass and 2 s of comparison: round numbers for the arithmetic.
    static let costs = CountyTimeShare.Costs(quick: 1, comparison: 2)

    /// The margin holds back a share of the time left: 5% by default.
    @Test func theMarginIsHeldBack() throws {
        let share = CountyTimeShare(total: 1, workers: 1, costs: .init(quick: 0, comparison: 0))
        #expect(abs((try #require(share.start(weight: 1, remaining: 100)).search ?? 0) - 95) < 1e-9)
    }

    @Test func noLimitGivesNoShare() {
        let share = CountyTimeShare(total: 10, workers: 2, costs: Self.costs, margin: 0)
        #expect(share.start(weight: 5, remaining: nil) == nil)
    }

    /// The quick passes and comparisons of every county not yet started are taken off first; the county's
    /// search gets its own quick pass plus its stops' share of the rest.
    @Test func theFixedWorkIsReservedBeforeTheSearchesShare() throws {
        let share = CountyTimeShare(total: 10, workers: 2, costs: Self.costs, margin: 0)
        // 2 workers x 100 s = 200; 10 stops x 3 s = 30 reserved; 170 x 5/10 = 85, plus its 5 s quick pass.
        let first = try #require(share.start(weight: 5, remaining: 100))
        #expect(first.compare)
        #expect(abs((first.search ?? 0) - 90) < 1e-9)
        // Then 2 x 60 = 120 left for 5 stops: 15 reserved, 105 x 3/5 = 63, plus 3, but one worker has 60 s,
        // less its comparison (6 s): 54.
        let second = try #require(share.start(weight: 3, remaining: 60))
        #expect(second.compare)
        #expect(abs((second.search ?? 0) - 54) < 1e-9)
    }

    /// Searches, quick passes and comparisons of counties run one after another on one worker add up to the
    /// time left, never more.
    @Test func oneWorkersSharesFillTheLimitExactly() throws {
        let weights = [4.0, 3, 2, 1]
        let share = CountyTimeShare(total: weights.reduce(0, +), workers: 1, costs: Self.costs, margin: 0)
        var remaining = 100.0
        for w in weights {
            let s = try #require(share.start(weight: w, remaining: remaining))
            #expect(s.compare)
            remaining -= (s.search ?? w * Self.costs.quick) + w * Self.costs.comparison
        }
        #expect(abs(remaining) < 1e-9)
    }

    /// When not every comparison fits, the quick passes are reserved first (every village routed), no county
    /// searches beyond its quick pass, and a county's comparison runs when it fits beside them.
    @Test func quickPassesGoBeforeComparisonsAndComparisonsBeforeSearches() throws {
        let share = CountyTimeShare(total: 10, workers: 1, costs: Self.costs, margin: 0)
        // 20 s: the quick passes (10 s) and this county's comparison (10 s) fit, not every comparison (30 s).
        #expect(share.start(weight: 5, remaining: 20) == .init(search: nil, compare: true))
        // 5 s for 5 stops of quick pass: no comparison beside them.
        #expect(share.start(weight: 5, remaining: 5) == .init(search: nil, compare: false))
    }

    /// A county starting after an overrun gets what is left, not its planned share: the error does not carry on.
    @Test func anOverrunShrinksTheNextShares() throws {
        let free = CountyTimeShare.Costs(quick: 0, comparison: 0)
        let share = CountyTimeShare(total: 4, workers: 1, costs: free, margin: 0)
        let first = try #require(share.start(weight: 1, remaining: 40))
        #expect(abs((first.search ?? 0) - 10) < 1e-9)
        // The first county took 30 s instead of 10: three counties share the 10 s left.
        let second = try #require(share.start(weight: 1, remaining: 10))
        #expect(abs((second.search ?? 0) - 10.0 / 3) < 1e-9)
        #expect(share.start(weight: 2, remaining: -5) == .init(search: nil, compare: true))
    }

    /// A machine slower than the measured one (loaded, a debug build) raises the reserve per stop for the
    /// counties after it; a faster one never lowers it below the measured costs.
    @Test func observedCostsRaiseTheReserveNeverLowerIt() throws {
        let share = CountyTimeShare(total: 20, workers: 1, costs: Self.costs, margin: 0)
        share.record(seconds: 20, weight: 5, quick: false)
        share.record(seconds: 1, weight: 5, quick: true)
        #expect(share.current == .init(quick: 1, comparison: 4))
        // 100 s for 20 stops at 1 + 4 s a stop: exactly the reserve, nothing left to search.
        #expect(share.start(weight: 10, remaining: 100) == .init(search: nil, compare: true))
    }

    /// Without a limit a county's search is `routing_per_county` from 800 stops on, its share by stops below.
    @Test func defaultSecondsScaleWithStops() {
        #expect(RouteStage.defaultSeconds(perCounty: 2, stops: 400) == 1)
        #expect(RouteStage.defaultSeconds(perCounty: 2, stops: 1) == 0.05)
        // From 600 stops a steep rise: 1.5 s at 600, 10 s at 740 (平山县's 739 stops need about that for 0.5%).
        #expect(abs(RouteStage.defaultSeconds(perCounty: 2, stops: 600) - 1.5) < 1e-12)
        #expect(abs(RouteStage.defaultSeconds(perCounty: 2, stops: 670) - 5.75) < 1e-12)
        #expect(abs(RouteStage.defaultSeconds(perCounty: 2, stops: 740) - 10) < 1e-12)
        #expect(abs(RouteStage.defaultSeconds(perCounty: 2, stops: 1_480) - 20) < 1e-12)
        #expect(
            RouteStage.defaultSeconds(perCounty: 2, stops: 599) < RouteStage.defaultSeconds(perCounty: 2, stops: 600))
    }
}

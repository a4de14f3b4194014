// Tests of the hub sizing rule: the smallest size that fits, never shrinking, cheapest against enumeration.
import Testing

@testable import FacilityLocation

struct HubSizingTests {
    static let tiers = [
        SizeTier(name: "S", parcelsPerDay: 100, floorArea: 10, capital: 1_000, operatingPerYear: 100),
        SizeTier(name: "M", parcelsPerDay: 300, floorArea: 25, capital: 2_500, operatingPerYear: 220),
        SizeTier(name: "L", parcelsPerDay: 800, floorArea: 60, capital: 6_000, operatingPerYear: 500),
    ]

    @Test func defaultHubTiersAreALadderTenTimesACenter() {
        #expect(SizeTier.problem(in: SizeTier.regionalHubDefaults) == nil)
        for (hub, center) in zip(SizeTier.regionalHubDefaults, SizeTier.countyCenterDefaults) {
            #expect(hub.parcelsPerDay == 10 * center.parcelsPerDay)
        }
    }

    @Test func smallestTierHoldingTheLoadWithTheReserveThenModulesOfTheLargest() {
        #expect(HubSizing.smallest(holding: 80, tiers: Self.tiers, reserve: 0.2) == HubSize(tier: 0))
        // 90 x 1.2 = 108 > 100: M.
        #expect(HubSizing.smallest(holding: 90, tiers: Self.tiers, reserve: 0.2) == HubSize(tier: 1))
        #expect(HubSizing.smallest(holding: 800, tiers: Self.tiers, reserve: 0) == HubSize(tier: 2))
        // 1,500 x 1.2 = 1,800: three modules of L (2,400), not two (1,600).
        let big = HubSizing.smallest(holding: 1_500, tiers: Self.tiers, reserve: 0.2)
        #expect(big == HubSize(tier: 2, modules: 3) && big.capacity(Self.tiers) == 2_400)
        #expect(big.capital(Self.tiers) == 18_000 && big.operating(Self.tiers) == 1_500)
    }

    @Test func sizesNeverShrinkAndStartWhenTheHubOpens() {
        let sizes = HubSizing.sizes(
            loads: [0, 90, 50, 400], open: [false, true, true, true], tiers: Self.tiers, reserve: 0.2)
        #expect(sizes == [nil, HubSize(tier: 1), HubSize(tier: 1), HubSize(tier: 2)])
    }

    /// Every monotone sequence of sizes holding every year's load, by enumeration: none is cheaper (capital of
    /// the last size, as expansions cost the difference, plus operating every year) than the rule's.
    @Test func ruleIsTheCheapestSizingThatFits() {
        let ladder = (0..<3).map { HubSize(tier: $0) } + (2...4).map { HubSize(tier: 2, modules: $0) }
        func cost(_ s: [HubSize]) -> Double {
            (s.last?.capital(Self.tiers) ?? 0) + s.reduce(0) { $0 + $1.operating(Self.tiers) }
        }
        let cases: [[Double]] = [
            [50, 120, 260], [10, 10, 10], [300, 100, 600], [90, 700, 1_500], [700, 20, 2_000],
        ]
        for loads in cases {
            let rule = HubSizing.sizes(loads: loads, open: loads.map { _ in true }, tiers: Self.tiers, reserve: 0.2)
                .map { $0! }
            var best = Double.infinity
            func walk(_ t: Int, _ from: Int, _ chosen: [HubSize]) {
                guard t < loads.count else { best = min(best, cost(chosen)); return }
                for k in from..<ladder.count where ladder[k].capacity(Self.tiers) >= 1.2 * loads[t] {
                    walk(t + 1, k, chosen + [ladder[k]])
                }
            }
            walk(0, 0, [])
            #expect(abs(cost(rule) - best) < 1e-9, "\(loads): rule \(cost(rule)), best \(best)")
            #expect(zip(rule, rule.dropFirst()).allSatisfy { $0 <= $1 })
        }
    }
}

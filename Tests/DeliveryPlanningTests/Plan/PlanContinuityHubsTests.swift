// Tests of re-planning with regional hubs: the previous plan's hubs run on at their last size, never built again.
import FacilityLocation
import Testing

@testable import DeliveryPlanning

struct PlanContinuityHubsTests {
    @Test func previousHubsRunOnAtTheirLastSizeAndPayOnlyTheirExpansion() throws {
        let previous = try ScheduleVerifierHubsTests.shared.get()
        var next = ScheduleVerifierHubsTests.scenario()
        next.years!.steps = [.init(year: 2028, growth: 2.2), .init(year: 2029, growth: 2.4)]
        let scenario = PlanContinuity.scenario(next, continuing: previous)
        let was = try #require(previous.schedule?.periods.last?.hubs)
        let existing = try #require(scenario.years?.existingHubs)
        #expect(Set(existing.map(\.hub)) == Set(previous.hubs.map(\.id)))
        for e in existing {
            let last = try #require(was.first { $0.id == e.hub })
            #expect(e.tier == last.tier && e.modules == last.modules)
        }
        let plan = try PlanPipelineTests.plan(scenario)
        let periods = try #require(plan.schedule?.periods)
        let tiers = next.years!.regionalHubTiers
        for hub in previous.hubs {
            // Kept open by the hub model, kept or expanded from the first year, paying only the growth.
            #expect(plan.hubs.contains { $0.id == hub.id })
            let years = try periods.map { p in try #require(p.hubs?.first { $0.id == hub.id }) }
            #expect(years[0].action == .keep || years[0].action == .expand)
            let before = try #require(was.first { $0.id == hub.id })
            let start = Double(before.modules) * tiers.first { $0.name == before.tier }!.capital
            let end = Double(years.last!.modules) * tiers.first { $0.name == years.last!.tier }!.capital
            #expect(abs(years.reduce(0) { $0 + $1.capital } - (end - start)) < 1e-6)
        }
        let network = LocationPlannerTests.network()
        #expect(try PlanVerifier.verify(plan, network: network).filter { !$0.hasPrefix("route ") } == [])
        // Charging a kept hub its capital again, or dropping it from the plan, is caught.
        var rebuilt = plan
        let h = try #require(rebuilt.schedule!.periods[0].hubs!.firstIndex { $0.id == previous.hubs[0].id })
        rebuilt.schedule!.periods[0].hubs![h].action = .open
        rebuilt.schedule!.periods[0].hubs![h].capital += 1_000_000
        let v = try PlanVerifier.verify(rebuilt, network: network)
        #expect(v.contains { $0.contains("hub \(previous.hubs[0].id): action open, the size change says") })
        #expect(v.contains { $0.contains("hub \(previous.hubs[0].id): capital") })
        var dropped = plan
        dropped.hubs.removeAll { $0.id == previous.hubs[0].id }
        let gone = try PlanVerifier.verify(dropped, network: network)
        #expect(gone.contains { $0.contains("runs already (years.existing_hubs), but is not among the plan's hubs") })
    }

    @Test func aOneYearPreviousPlanGivesTheSizeThatSortsItsCapacityOrLoad() throws {
        let previous = try PlanPipelineTests.shared.get()
        #expect(!previous.hubs.isEmpty)
        let tiers = ScheduleVerifierHubsTests.scenario().years!.regionalHubTiers
        let scenario = PlanContinuity.scenario(ScheduleVerifierHubsTests.scenario(), continuing: previous)
        for (hub, entry) in zip(previous.hubs, try #require(scenario.years?.existingHubs)) {
            let sorts = hub.capacity ?? hub.parcelsPerDay
            let size = try #require(entry.size(tiers))
            #expect(entry.hub == hub.id && size.capacity(tiers) >= sorts)
            // The smallest such size: one step smaller would not sort it.
            if size.modules > 1 {
                #expect(Double(size.modules - 1) * tiers[size.tier].parcelsPerDay < sorts)
            } else if size.tier > 0 {
                #expect(tiers[size.tier - 1].parcelsPerDay < sorts)
            }
        }
    }

    @Test func withoutYearsPreviousHubsAreForcedOpen() throws {
        let previous = try PlanPipelineTests.shared.get()
        let scenario = PlanContinuity.scenario(PlanPipelineTests.scenario(), continuing: previous)
        #expect(Set(scenario.hubs.forced) == Set(previous.hubs.map(\.id)))
    }

    @Test func anExistingHubThatIsAlsoClosedIsBadInput() throws {
        var s = ScheduleVerifierHubsTests.scenario()
        s.years!.existingHubs = [.init(hub: "rh-1", tier: "S")]
        s.hubs.closed = ["rh-1"]
        #expect(throws: PlanError.self) { try PlanPipelineTests.plan(s) }
        s.hubs.closed = []
        s.years!.existingHubs = [.init(hub: "nowhere", tier: "S")]
        #expect(throws: PlanError.self) { try PlanPipelineTests.plan(s) }
    }
}

// Tests of `routing_years: all`: every year's network is routed, costed, and checked against that year's demand.
import Testing

@testable import DeliveryPlanning

struct YearRoutingTests {
    static let shared = Result {
        var scenario = ScheduleVerifierTests.scenario()
        scenario.years!.routingYears = "all"
        return try PlanPipelineTests.plan(scenario)
    }

    static func violations(_ change: (inout NetworkPlan) -> Void) throws -> [String] {
        var plan = try shared.get()
        change(&plan)
        return try PlanVerifier.verify(plan, network: LocationPlannerTests.network()).filter {
            $0.hasPrefix("schedule")
        }
    }

    @Test func everyYearIsRoutedAtItsOwnDemand() throws {
        let plan = try Self.shared.get()
        let periods = try #require(plan.schedule).periods
        let days = plan.scenario.rates.daysPerYear
        for p in periods.dropLast() {
            let routes = try #require(p.routes)
            #expect(!routes.isEmpty)
            #expect(abs(p.costs.routing! - routes.reduce(0) { $0 + $1.cost } * days) < 1e-6 * p.costs.routing!)
            // Only villages served that year ride; the unserved do not.
            let riding = Set(routes.flatMap(\.stops))
            #expect(riding.isDisjoint(with: p.uncovered))
        }
        #expect(periods.last!.routes == nil)
        #expect(abs(periods.last!.costs.routing! - plan.routes.reduce(0) { $0 + $1.cost } * days) < 1e-6)
        // Demand doubles from the first year to the last: the first year's vans carry less.
        let load = { (routes: [NetworkPlan.Route]) in routes.reduce(0) { $0 + $1.load } }
        #expect(load(periods[0].routes!) < load(plan.routes))
        #expect(try Self.violations { _ in } == [])
        // routing_years: last routes only the last year.
        #expect(try ScheduleVerifierTests.shared.get().schedule!.periods.allSatisfy { $0.routes == nil })
    }

    @Test func theVerifierChecksEachYearsRoutes() throws {
        // A route carrying less than its stops send that year (e.g. last year's routes at an earlier demand).
        #expect(
            try Self.violations { p in p.schedule!.periods[1].routes![0].load /= 3 }.contains {
                $0.contains("its stops send")
            })
        // A stop left off every route of a year.
        #expect(
            try Self.violations { p in p.schedule!.periods[1].routes!.removeFirst() }.contains {
                $0.hasPrefix("schedule 2026 stop")
            })
        #expect(
            try Self.violations { p in p.schedule!.periods[0].costs.routing! += 1000 }.contains {
                $0.hasPrefix("schedule 2025 costs.routing")
            })
        #expect(
            try Self.violations { p in p.schedule!.periods[0].routes = nil }.contains {
                $0.hasPrefix("schedule 2025: no routes")
            })
        #expect(
            try Self.violations { p in p.scenario.years!.routingYears = "last" }.contains {
                $0.contains("but routing_years is last")
            })
    }

    @Test func theScenarioReadsAllAndRejectsOthers() throws {
        let all = try ScenarioFile.parse("years: {routing_years: all}", file: "s.yaml")
        #expect(all.years?.routingYears == "all")
        #expect(throws: PlanError.self) { try ScenarioFile.parse("years: {routing_years: some}", file: "s.yaml") }
    }
}

// Tests of the year-to-year diff: nothing against the same year; each planted change to a later year is named.
import Testing

@testable import DeliveryPlanning

struct YearDiffTests {
    static func schedule() throws -> (NetworkPlan.Schedule, [NetworkPlan.Route]) {
        let plan = try ScheduleVerifierTests.shared.get()
        return (try #require(plan.schedule), plan.routes)
    }

    @Test func aYearEqualsItselfAndUnknownYearsGiveNothing() throws {
        let (schedule, routes) = try Self.schedule()
        for year in schedule.periods.map(\.year) {
            #expect(try #require(YearDiff(schedule, routes: routes, yearA: year, yearB: year)).isEmpty)
        }
        #expect(YearDiff(schedule, routes: routes, yearA: 2025, yearB: 2031) == nil)
    }

    @Test func firstAgainstLastMatchesTheSitesAndAssignmentsRecomputed() throws {
        let (schedule, routes) = try Self.schedule()
        let first = schedule.periods[0], last = schedule.periods[schedule.periods.count - 1]
        let d = try #require(YearDiff(schedule, routes: routes, yearA: first.year, yearB: last.year))
        let openA = Set(first.sites.filter { $0.action != .close }.map(\.id))
        let openB = Set(last.sites.filter { $0.action != .close }.map(\.id))
        #expect(Set(d.centersOnlyInB) == openB.subtracting(openA) && Set(d.centersOnlyInA) == openA.subtracting(openB))
        let servedA = Set(first.assignments.map(\.node)), servedB = Set(last.assignments.map(\.node))
        #expect(Set(d.servedOnlyInB) == servedB.subtracting(servedA))
        #expect(d.costs.contains { $0.field == "total" && $0.a == first.costs.total && $0.b == last.costs.total })
        // The last year's routes are the plan's; the first year has none without `routing_years: all`.
        #expect(d.routesB == nil || d.routesB == routes.count)
    }

    @Test func namesEachPlantedChange() throws {
        var (schedule, routes) = try Self.schedule()
        let n = schedule.periods.count
        schedule.periods[n - 2] = schedule.periods[n - 1]  // two equal years, then one change at a time
        schedule.periods[n - 2].year -= 1
        let (a, b) = (schedule.periods[n - 2].year, schedule.periods[n - 1].year)
        #expect(try #require(YearDiff(schedule, routes: routes, yearA: a, yearB: b)).isEmpty)
        var planted = schedule
        let site = planted.periods[n - 1].sites[0]
        planted.periods[n - 1].sites[0].tier = "XL"
        planted.periods[n - 1].assignments[0].center = "c-other"
        let dropped = planted.periods[n - 1].assignments.removeLast()
        planted.periods[n - 1].costs.capital += 500
        let d = try #require(YearDiff(planted, routes: routes, yearA: a, yearB: b))
        #expect(d.centersResized == [.init(id: site.id, a: site.tier ?? "", b: "XL")])
        #expect(d.reassigned == [schedule.periods[n - 1].assignments[0].node])
        #expect(d.servedOnlyInA == [dropped.node] && d.servedOnlyInB.isEmpty)
        #expect(d.costs.map(\.field) == ["capital"] && d.costs[0].b - d.costs[0].a == 500)
        planted.periods[n - 1].sites[0].action = .close
        let closed = try #require(YearDiff(planted, routes: routes, yearA: a, yearB: b))
        #expect(closed.centersOnlyInA == [site.id] && closed.centersResized.isEmpty)
    }
}

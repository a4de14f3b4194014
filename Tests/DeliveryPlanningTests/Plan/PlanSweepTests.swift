// Tests of sweep axes: parsing, the grid's order and what each key sets.
import Testing

@testable import DeliveryPlanning

struct PlanSweepTests {
    @Test func parsesRangesAndLists() throws {
        #expect(try SweepAxis.parse("hubs=3..5") == SweepAxis(key: "hubs", values: [3, 4, 5]))
        #expect(try SweepAxis.parse("growth=1.0,1.5,2") == SweepAxis(key: "growth", values: [1, 1.5, 2]))
        #expect(throws: PlanError.self) { _ = try SweepAxis.parse("colour=1,2") }
        #expect(throws: PlanError.self) { _ = try SweepAxis.parse("hubs=5..3") }
        #expect(throws: PlanError.self) { _ = try SweepAxis.parse("growth=a") }
    }

    @Test func gridCrossesAxesFirstSlowest() throws {
        let grid = try SweepPoint.grid(Scenario(), [SweepAxis.parse("hubs=3..4"), SweepAxis.parse("growth=1,2")])
        #expect(grid.map(\.values) == [[3, 1], [3, 2], [4, 1], [4, 2]])
        #expect(grid[1].scenario.hubs.count == 3...3)
        #expect(grid[1].scenario.demand.growth == 2)
        #expect(throws: PlanError.self) { _ = try SweepAxis(key: "hubs", values: [2.5]).apply(2.5, to: Scenario()) }
    }
}

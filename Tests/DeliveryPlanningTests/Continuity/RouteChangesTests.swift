// Tests of which villages' rounds changed in a re-plan (their neighbours on the van's round) and why.
import Testing

@testable import DeliveryPlanning

struct RouteChangesTests {
    typealias Stops = NetworkPlan.Continuity.RouteStops

    static func r(_ stops: [String], center: String = "cc", carrier: String? = nil) -> Stops {
        Stops(center: center, carrier: carrier, stops: stops)
    }

    static func changes(_ before: [Stops], _ after: [Stops], moved: Set<String> = []) -> [String: String] {
        let c = RouteChanges(previous: before, now: after, centerMoved: moved)
        return Dictionary(uniqueKeysWithValues: zip(c.villages, c.reasons.map(\.rawValue)))
    }

    @Test func aRoundDrivenBackwardsOrSplitAtItsEndsKeepsItsNeighbours() {
        #expect(Self.changes([Self.r(["a", "b", "c"])], [Self.r(["c", "b", "a"])]).isEmpty)
        // The same rounds listed in another order, and a village only one plan routes: no change.
        #expect(Self.changes([Self.r(["a"]), Self.r(["b"])], [Self.r(["b"]), Self.r(["a"]), Self.r(["new"])]).isEmpty)
    }

    @Test func aStopPutInChangesItsTwoNeighboursOnly() {
        let c = Self.changes([Self.r(["a", "b", "c", "d"])], [Self.r(["a", "b", "x", "c", "d"])])
        #expect(c == ["b": RouteChanges.Reason.newStops.rawValue, "c": RouteChanges.Reason.newStops.rawValue])
    }

    @Test func reasonsAreCenterMovedThenSplitThenNewStopsThenReordered() {
        // b moved to another center: a and c lose a neighbour; b itself is charged as moved, not here.
        let moved = Self.changes(
            [Self.r(["a", "b", "c"])], [Self.r(["a", "c"]), Self.r(["b"], center: "ts")], moved: ["b"])
        #expect(
            moved == ["a": RouteChanges.Reason.centerMoved.rawValue, "c": RouteChanges.Reason.centerMoved.rawValue])
        let split = Self.changes([Self.r(["a", "b", "c", "d"])], [Self.r(["a", "b"]), Self.r(["c", "d"])])
        #expect(split == ["b": RouteChanges.Reason.split.rawValue, "c": RouteChanges.Reason.split.rawValue])
        let reordered = Self.changes([Self.r(["a", "b", "c"])], [Self.r(["b", "a", "c"])])
        #expect(Set(reordered.keys) == ["a", "b", "c"])
        #expect(reordered.values.allSatisfy { $0 == RouteChanges.Reason.reordered.rawValue })
        // A village dropped from the plan counts as gone from the round.
        let gone = Self.changes([Self.r(["a", "b", "c"])], [Self.r(["a", "c"])])
        #expect(gone["a"] == RouteChanges.Reason.centerMoved.rawValue)
    }

    @Test func eachCarriersRoundCountsAndDirectTripsAreLeftOut() {
        // Carriers alone: ems keeps its round, sf's changes; a's sf neighbours changed.
        let before = [Self.r(["a", "b"], carrier: "ems"), Self.r(["a", "b"], carrier: "sf")]
        let after = [Self.r(["a", "b"], carrier: "ems"), Self.r(["b", "a", "c"], carrier: "sf")]
        #expect(Set(Self.changes(before, after).keys) == ["a"])
        let trip = NetworkPlan.Route(
            county: "1", center: "cc", vehicle: "van", capacity: 1, stops: ["a"], km: 0, minutes: 0, load: 0,
            cost: 0, directTrip: true, carrier: nil)
        #expect(Stops.of([trip]).isEmpty)
    }
}

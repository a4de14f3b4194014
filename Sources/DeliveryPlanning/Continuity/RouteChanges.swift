// Which villages' delivery rounds changed in a re-plan: their neighbours on the van's round are not the same.

extension NetworkPlan.Continuity {
    /// A route as the continuity check compares it: its center, carrier and stops in order (direct trips are
    /// left out: an out-and-back vanload has no round to keep).
    public struct RouteStops: Codable, Sendable, Equatable {
        public var center: String
        /// The carrier whose vans drive it; `nil` for shared vans (co-delivery).
        public var carrier: String?
        public var stops: [String]

        public init(center: String, carrier: String?, stops: [String]) {
            self.center = center
            self.carrier = carrier
            self.stops = stops
        }

        /// `routes` without their direct trips, as compared.
        public static func of(_ routes: [NetworkPlan.Route]) -> [RouteStops] {
            routes.filter { !$0.directTrip }.map { RouteStops(center: $0.center, carrier: $0.carrier, stops: $0.stops) }
        }
    }
}

/// The villages whose route changed between two plans (docs/plan.md, "Stability").
///
/// **Definition.** A village's round is who comes just before and just after it on each route that visits it
/// (a stop, or the route's center at either end), for each carrier (shared vans count as one carrier),
/// without regard to the direction driven. Its route changed when both plans route it and these neighbours
/// differ: a stop put in next to it, taken from next to it, or the round reordered around it. Villages only one
/// plan routes, and villages whose center changed (charged as moved), are not counted here.
public struct RouteChanges: Sendable, Equatable {
    /// Why a village's round changed, in the order they are tested.
    public enum Reason: String, Sendable, CaseIterable {
        /// A village of its previous round is now served by another center, or by no route.
        case centerMoved = "a village of its round moved to another center or off the routes"
        /// Villages of its previous round now ride on other routes of the same center.
        case split = "its round was split (villages of it now on other routes)"
        /// Its round now calls at villages it did not call at before.
        case newStops = "its round calls at new stops"
        /// The same villages in another order.
        case reordered = "its round was reordered"
    }

    /// Villages whose round changed (not their center), sorted by id.
    public var villages: [String]
    /// Each of ``villages``' reason.
    public var reasons: [Reason]

    /// Compares `now` with `previous`; `centerMoved` are the villages whose center changed (left out).
    public init(
        previous: [NetworkPlan.Continuity.RouteStops], now: [NetworkPlan.Continuity.RouteStops],
        centerMoved: Set<String>
    ) {
        let before = Self.neighbours(previous), after = Self.neighbours(now)
        villages = before.keys.filter { v in
            !centerMoved.contains(v) && after[v].map { $0 != before[v]! } ?? false
        }.sorted()
        let oldRound = Self.rounds(previous), newRound = Self.rounds(now)
        reasons = villages.map { v in
            Self.reason(v, old: oldRound[v] ?? [], new: newRound[v] ?? [], previous: previous, now: now) {
                centerMoved.contains($0) || newRound[$0] == nil
            }
        }
    }

    /// Each routed village's neighbours, one `carrier|neighbour` entry per side per route, sorted.
    static func neighbours(_ routes: [NetworkPlan.Continuity.RouteStops]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for r in routes {
            let key = (r.carrier ?? "") + "|"
            for (k, v) in r.stops.enumerated() {
                let p = k > 0 ? r.stops[k - 1] : r.center, n = k + 1 < r.stops.count ? r.stops[k + 1] : r.center
                result[v, default: []] += [key + p, key + n]
            }
        }
        return result.mapValues { $0.sorted() }
    }

    /// The routes (indices into `routes`) that visit each village.
    static func rounds(_ routes: [NetworkPlan.Continuity.RouteStops]) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (r, route) in routes.enumerated() { for v in route.stops { result[v, default: []].append(r) } }
        return result
    }

    /// Why `v`'s round changed: the first of ``Reason`` that holds, comparing each of its previous routes with
    /// its route of the same carrier now.
    private static func reason(
        _ v: String, old: [Int], new: [Int], previous: [NetworkPlan.Continuity.RouteStops],
        now: [NetworkPlan.Continuity.RouteStops], gone: (String) -> Bool
    ) -> Reason {
        var found = Reason.reordered
        for o in old {
            let was = previous[o]
            guard let n = new.first(where: { now[$0].carrier == was.carrier }) else { continue }
            let mates = Set(was.stops), current = Set(now[n].stops)
            if mates.contains(where: gone) { return .centerMoved }
            if !mates.isSubset(of: current) {
                found = .split
            } else if found == .reordered && !current.isSubset(of: mates) {
                found = .newStops
            }
        }
        return found
    }
}

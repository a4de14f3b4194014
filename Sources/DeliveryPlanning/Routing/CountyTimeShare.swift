// A county's routing work under a total time limit: every county's fixed work reserved first, searches share the rest.
import Foundation

/// Splits what is left of a plan's time limit among the counties still to route, when each starts.
///
/// Every county costs some work whatever its search seconds: its quick pass (building its problems, the first
/// tours and local search: every village routed) and its co-delivery comparison (fixed work,
/// ``RouteStage/comparisonIterations``). Both grow with the county's stops, so they are reserved per stop
/// (``Costs``, measured) for every county not yet started; only what is left after the reserve is shared among
/// the searches, by stops. When the reserve does not fit, the counties get their quick passes only, and each
/// its comparison when that fits beside every quick pass still to run (the plan is incomplete when one is left
/// out); a county whose search share comes to less than ``minimumSearch`` gets its quick pass only.
///
/// A share fixed when the stage starts goes wrong both ways: counties finishing early leave time unused, and
/// overheads push the last counties past the limit. Recomputed as each county starts, from the time then left
/// and the counties not yet started, the error of one county is corrected by the next.
final class CountyTimeShare: @unchecked Sendable {
    /// Seconds of work per stop that every county costs whatever its search (measured: docs/plan.md, "Routing
    /// under a total limit").
    struct Costs: Sendable, Equatable {
        /// The quick pass: the county's problems built and searched for ``RouteStage/lateIterations``.
        var quick: Double
        /// The co-delivery comparison: shared and each carrier alone, ``RouteStage/comparisonIterations`` each.
        var comparison: Double
    }

    /// What a county starting now may do.
    struct Share: Sendable, Equatable {
        /// Seconds of search (its quick pass's included); `nil`: the quick pass only.
        var search: Double?
        /// Whether its co-delivery comparison fits.
        var compare: Bool
    }

    /// The smallest search share worth a timed search; below it the county gets its quick pass (fixed work, so
    /// a search too short to find a feasible plan is never retried with more seconds past the limit).
    static let minimumSearch = 0.05

    // Guards `weightLeft` and `observed`; counties start and finish on several workers at once.
    private let lock = NSLock()
    private var weightLeft: Double
    private let workers: Int
    private let costs: Costs
    private let margin: Double
    // Seconds and stops of the quick passes and comparisons done so far.
    private var observed = (quick: 0.0, quickStops: 0.0, comparison: 0.0, comparisonStops: 0.0)

    /// `total`: the stops of every county to route; `workers`: counties routed at once; `margin`: the share of
    /// the time left held back for what the costs do not foresee, so the last counties' comparisons start
    /// before the limit.
    init(total: Double, workers: Int, costs: Costs, margin: Double = 0.05) {
        weightLeft = total
        self.workers = max(1, workers)
        self.costs = costs
        self.margin = margin
    }

    /// The share of a county of `weight` stops starting with `remaining` seconds left (`nil`: no limit, so
    /// `nil`). The county leaves the pool.
    ///
    /// The workers have `remaining x workers` seconds (less the margin); the counties not yet started (this one
    /// included) need `(quick + comparison) x their stops` of it; this county's search gets its own quick pass
    /// plus its stops' share of the rest, and never more than one worker has left after its comparison.
    func start(weight: Double, remaining: Double?) -> Share? {
        lock.lock()
        defer { lock.unlock() }
        let pool = max(weightLeft, weight, 1e-9)
        weightLeft = max(0, weightLeft - weight)
        guard let remaining else { return nil }
        let costs = self.current
        let usable = max(0, remaining) * (1 - margin)
        let capacity = usable * Double(workers)
        let free = capacity - (costs.quick + costs.comparison) * pool
        guard free >= 0 else {
            // Not every comparison fits: no search beyond the quick pass, and this county's comparison when it
            // fits beside every quick pass still to run.
            return Share(search: nil, compare: capacity >= costs.quick * pool + costs.comparison * weight)
        }
        let extra = free * weight / pool
        let search = min(costs.quick * weight + extra, usable - costs.comparison * weight)
        return Share(search: extra >= Self.minimumSearch && search > 0 ? search : nil, compare: true)
    }

    /// Records a county's quick pass (`quick`) or comparison that took `seconds` for `weight` stops: a machine
    /// slower than the one the costs were measured on (loaded, or a debug build) raises the reserve per stop
    /// for the counties after it, never lowers it below the measured costs.
    func record(seconds: Double, weight: Double, quick: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if quick {
            observed.quick += seconds
            observed.quickStops += weight
        } else {
            observed.comparison += seconds
            observed.comparisonStops += weight
        }
    }

    /// The costs per stop: the measured ones, or what this run has seen when it is more.
    var current: Costs {
        func rate(_ seconds: Double, _ stops: Double) -> Double { stops > 0 ? seconds / stops : 0 }
        return Costs(
            quick: max(costs.quick, rate(observed.quick, observed.quickStops)),
            comparison: max(costs.comparison, rate(observed.comparison, observed.comparisonStops)))
    }
}

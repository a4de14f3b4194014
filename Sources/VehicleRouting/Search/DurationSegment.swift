// Time along a run of stops, with time warp: how time windows are priced in O(1) (Vidal et al. 2014).

/// The timing of a consecutive run of stops, summarised so that two runs join in constant time.
///
/// Vidal, Crainic, Gendreau and Prins (2014) "A unified solution framework for multi-attribute vehicle
/// routing problems", as PyVRP's `DurationSegment`: a run has a minimal ``duration`` (travel, service and
/// the waiting it cannot avoid), a ``timeWarp`` (how much it must travel back in time to meet its windows: the
/// penalised lateness), and the window [``earliest``, ``latest``] of start times at its first stop that
/// achieve them. Late arrival is allowed during search and paid as time warp, which keeps every move priced
/// exactly in O(1) instead of forbidding it.
struct DurationSegment: Equatable {
    /// Minimal time from the start of service at the first stop to the end of service at the last.
    var duration: Int
    /// Total lateness that the run cannot avoid.
    var timeWarp: Int
    /// Earliest start at the first stop that achieves ``duration``.
    var earliest: Int
    /// Latest start at the first stop without adding time warp.
    var latest: Int

    /// Stands for "no deadline": large enough for any horizon, small enough that sums never overflow.
    @inline(__always) static var unbounded: Int { 1 << 52 }

    /// A run of one stop with `service` time and start window [`earliest`, `latest`].
    @inline(__always) init(service: Int, earliest: Int, latest: Int) {
        duration = service
        timeWarp = 0
        self.earliest = earliest
        self.latest = min(latest, DurationSegment.unbounded)
    }

    @inline(__always) init(duration: Int, timeWarp: Int, earliest: Int, latest: Int) {
        self.duration = duration
        self.timeWarp = timeWarp
        self.earliest = earliest
        self.latest = latest
    }

    /// `a`, then `travel` time units of driving, then `b`.
    @inline(__always) static func merge(
        _ a: DurationSegment, _ travel: Int, _ b: DurationSegment
    )
        -> DurationSegment
    {
        // Start times are relative to the first stop of `a`: `b` starts `reach` later when `a` starts on time.
        let reach = a.duration &- a.timeWarp &+ travel
        let wait = max(b.earliest &- reach &- a.latest, 0)
        let warp = max(a.earliest &+ reach &- b.latest, 0)
        return DurationSegment(
            duration: a.duration &+ b.duration &+ travel &+ wait,
            timeWarp: a.timeWarp &+ b.timeWarp &+ warp,
            earliest: max(b.earliest &- reach, a.earliest) &- wait,
            latest: min(b.latest &- reach, a.latest) &+ warp)
    }

    /// The time warp of a whole route including excess over the longest allowed duration.
    @inline(__always) func totalTimeWarp(maxDuration: Int) -> Int {
        timeWarp &+ max(duration &- maxDuration, 0)
    }
}

extension DurationSegment {
    /// The timing of nothing, used when the problem has no times.
    @inline(__always) static var zero: DurationSegment {
        DurationSegment(duration: 0, timeWarp: 0, earliest: 0, latest: 0)
    }
}

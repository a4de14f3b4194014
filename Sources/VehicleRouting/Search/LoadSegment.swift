// Load along a run of stops with deliveries and pickups: the peak on board, joined in O(1).

/// The load of a consecutive run of stops with deliveries and pickups, joined in O(1) (PyVRP's `LoadSegment`).
///
/// Deliveries ride from the depot to their client, pickups from their client to the depot, so the load on
/// board changes along the route; ``peak`` is the most carried at any point of the run, counting everything
/// delivered after it and picked up before it. A route is within capacity when its peak is.
struct LoadSegment: Equatable {
    /// Delivered to the run's clients.
    var delivery: Int
    /// Picked up at the run's clients.
    var pickup: Int
    /// The largest load on board while travelling through the run.
    var peak: Int

    /// A run of one client.
    @inline(__always) init(delivery: Int, pickup: Int) {
        self.delivery = delivery
        self.pickup = pickup
        peak = max(delivery, pickup)
    }

    @inline(__always) init(delivery: Int, pickup: Int, peak: Int) {
        self.delivery = delivery
        self.pickup = pickup
        self.peak = peak
    }

    /// An empty run (a depot).
    @inline(__always) static var empty: LoadSegment { LoadSegment(delivery: 0, pickup: 0, peak: 0) }

    /// `a` followed by `b`: `b`'s deliveries ride through `a`, `a`'s pickups ride through `b`.
    @inline(__always) static func merge(_ a: LoadSegment, _ b: LoadSegment) -> LoadSegment {
        LoadSegment(
            delivery: a.delivery &+ b.delivery, pickup: a.pickup &+ b.pickup,
            peak: max(a.peak &+ b.delivery, b.peak &+ a.pickup))
    }
}

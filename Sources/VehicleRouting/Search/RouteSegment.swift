// A summary of a consecutive piece of a route, concatenated in O(1): how the search prices every move.

/// A consecutive run of stops, summarised so that two runs join in constant time.
///
/// A move proposes new routes as concatenations of pieces of existing routes (the stops before U, a moved
/// segment, the stops after V...); the summary of each piece comes from prefix data, so any move is priced in
/// O(1) whatever the route lengths (Vidal et al.'s concatenation approach, as PyVRP does). A piece carries its
/// distance, its load with pickups (``LoadSegment``), its timing with time warp (``DurationSegment``, left at
/// zero when the problem has no times) and how many of its clients need a cold chain; every operator prices
/// moves through this one type.
struct RouteSegment {
    /// First location of the run.
    var first: Int32
    /// Last location of the run.
    var last: Int32
    /// Distance travelled inside the run.
    var distance: Int
    /// Deliveries, pickups and the peak load on board.
    var load: LoadSegment
    /// Number of clients in the run.
    var clients: Int
    /// Timing and time warp (zero when the problem has no times).
    var time: DurationSegment
    /// Number of clients in the run that need a cold-chain vehicle.
    var cold: Int

    @inline(__always) init(
        first: Int32, last: Int32, distance: Int, load: LoadSegment, clients: Int,
        time: DurationSegment, cold: Int
    ) {
        self.first = first
        self.last = last
        self.distance = distance
        self.load = load
        self.clients = clients
        self.time = time
        self.cold = cold
    }
}

// A summary of a consecutive piece of a route, concatenated in O(1): how the search prices every move.

/// A consecutive run of stops, summarised so that two runs join in constant time.
///
/// A move proposes new routes as concatenations of pieces of existing routes (the stops before U, a moved
/// segment, the stops after V...); the summary of each piece comes from prefix data, so any move is priced in
/// O(1) whatever the route lengths (Vidal et al.'s concatenation approach, as PyVRP does). The CVRP needs the
/// distance and the delivered load; the rich variants add a duration segment (time warp) and a load segment with
/// pickups to this type, and every operator stays as it is.
struct RouteSegment {
    /// First location of the run.
    var first: Int32
    /// Last location of the run.
    var last: Int32
    /// Distance travelled inside the run.
    var distance: Int
    /// Load delivered to the run's clients.
    var load: Int
    /// Number of clients in the run.
    var clients: Int

    /// A run made of one client.
    @inline(__always) init(client location: Int32, load: Int) {
        first = location
        last = location
        distance = 0
        self.load = load
        clients = 1
    }

    @inline(__always) init(first: Int32, last: Int32, distance: Int, load: Int, clients: Int) {
        self.first = first
        self.last = last
        self.distance = distance
        self.load = load
        self.clients = clients
    }
}

// The rules a routing solution can break, as the verifier reports them.

/// One broken rule found by ``RouteVerifier``; route numbers in messages are 1-based.
public enum RouteViolation: Sendable, Equatable, CustomStringConvertible {
    /// A visit is not a client location.
    case notAClient(route: Int, location: Int)
    /// A client appears more than once.
    case visitedTwice(location: Int)
    /// A client is never visited.
    case missing(location: Int)
    /// A route's load on board exceeds its vehicle's capacity at some point.
    case overCapacity(route: Int, load: Int, capacity: Int)
    /// A route names a vehicle type that does not exist.
    case unknownVehicleType(route: Int, type: Int)
    /// More routes of a vehicle type than its vehicles can run.
    case tooManyRoutes(type: Int, routes: Int, available: Int)
    /// Service at a client starts after its time window closes.
    case late(route: Int, location: Int, start: Int, latest: Int)
    /// A route is back at its depot after the shift ends.
    case lateAtDepot(route: Int, arrival: Int, shiftEnd: Int)
    /// A route lasts longer than allowed.
    case tooLong(route: Int, duration: Int, maxDuration: Int)
    /// A route is longer than allowed.
    case tooFar(route: Int, distance: Int, maxDistance: Int)
    /// A client needing cold chain rides a vehicle without it.
    case needsColdChain(route: Int, location: Int)
    /// The claimed cost differs from the recomputed one.
    case wrongCost(claimed: Int, actual: Int)

    public var description: String {
        switch self {
        case let .notAClient(route, location): "route \(route + 1) visits location \(location), not a client"
        case let .visitedTwice(location): "client at location \(location) is visited more than once"
        case let .missing(location): "client at location \(location) is not visited"
        case let .overCapacity(route, load, capacity):
            "route \(route + 1) carries \(load), above the capacity \(capacity)"
        case let .unknownVehicleType(route, type):
            "route \(route + 1) uses vehicle type \(type), which does not exist"
        case let .tooManyRoutes(type, routes, available):
            "vehicle type \(type) runs \(routes) routes but its vehicles can run \(available)"
        case let .late(route, location, start, latest):
            "route \(route + 1) starts service at location \(location) at \(start), after its window closes at \(latest)"
        case let .lateAtDepot(route, arrival, shiftEnd):
            "route \(route + 1) is back at \(arrival), after the shift ends at \(shiftEnd)"
        case let .tooLong(route, duration, maxDuration):
            "route \(route + 1) lasts \(duration), above the limit \(maxDuration)"
        case let .tooFar(route, distance, maxDistance):
            "route \(route + 1) is \(distance) long, above the limit \(maxDistance)"
        case let .needsColdChain(route, location):
            "route \(route + 1) carries the cold-chain client at location \(location) without cold chain"
        case let .wrongCost(claimed, actual): "claimed cost \(claimed) but the routes cost \(actual)"
        }
    }
}

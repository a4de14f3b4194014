// Finds clients that no vehicle can serve at all, before solving: too heavy, no cold chain, unreachable in time.

/// A client that no vehicle type can serve, even on a route of its own, and why.
public struct InfeasibleClient: Sendable, Equatable, Codable {
    /// Index into ``ProblemData/clients``.
    public var client: Int
    /// The client's label (its name, or "client N").
    public var label: String
    /// Why no vehicle type can serve it: the distinct reasons of all the types, joined by "; ".
    public var reason: String
}

/// Checks, client by client, whether some vehicle type can serve it on a route of its own: capacity, cold
/// chain, the time window reachable from the type's depot within its shift, and the route duration and
/// distance limits. A client that fails for every type makes the whole problem infeasible; the others can
/// still be planned (``feasibleSubset(_:)``).
///
/// The test is necessary, not sufficient: a problem whose clients all pass may still be infeasible as a whole
/// (too few vehicles, say); the solver then returns its least infeasible solution, marked infeasible.
public enum InfeasibilityDiagnosis {
    /// Every client that no vehicle type can serve, in client order.
    public static func diagnose(_ data: ProblemData) -> [InfeasibleClient] {
        var result: [InfeasibleClient] = []
        for k in data.clients.indices {
            var reasons: [String] = []
            var served = false
            for t in data.vehicleTypes.indices {
                if let reason = whyNot(client: k, type: t, data: data) {
                    if !reasons.contains(reason) { reasons.append(reason) }
                } else {
                    served = true
                    break
                }
            }
            if !served {
                result.append(
                    InfeasibleClient(
                        client: k, label: data.clientLabel(k),
                        reason: reasons.joined(separator: "; ")))
            }
        }
        return result
    }

    /// Throws an infeasible ``RoutingError`` naming every client that no vehicle can serve.
    public static func check(_ data: ProblemData) throws {
        let bad = diagnose(data)
        guard !bad.isEmpty else { return }
        let shown = bad.prefix(10).map { "\($0.label): \($0.reason)" }
        let more = bad.count > 10 ? "; and \(bad.count - 10) more" : ""
        throw RoutingError.infeasible(
            "\(bad.count) client\(bad.count == 1 ? "" : "s") cannot be served by any "
                + "vehicle: " + shown.joined(separator: "; ") + more)
    }

    /// The problem restricted to the clients some vehicle can serve, the original index of each kept client,
    /// and the skipped ones.
    ///
    /// - Throws: ``RoutingError`` only if the restricted data is invalid, which cannot happen for valid input.
    public static func feasibleSubset(
        _ data: ProblemData
    ) throws
        -> (data: ProblemData, kept: [Int], skipped: [InfeasibleClient])
    {
        let skipped = diagnose(data)
        guard !skipped.isEmpty else { return (data, Array(data.clients.indices), []) }
        var isSkipped = [Bool](repeating: false, count: data.numClients)
        for entry in skipped { isSkipped[entry.client] = true }
        let kept = data.clients.indices.filter { !isSkipped[$0] }
        let locations = Array(0..<data.numDepots) + kept.map { data.location(ofClient: $0) }
        let restricted = try ProblemData(
            depots: data.depots, clients: kept.map { data.clients[$0] },
            vehicleTypes: data.vehicleTypes, distances: data.distances.restricted(to: locations),
            durations: data.durations.restricted(to: locations), scale: data.scale)
        return (restricted, kept, skipped)
    }

    /// Why vehicle type `t` cannot serve client `k` alone, or `nil` when it can.
    static func whyNot(client k: Int, type t: Int, data: ProblemData) -> String? {
        let client = data.clients[k]
        let type = data.vehicleTypes[t]
        let location = data.location(ofClient: k)
        let heaviest = max(client.delivery, client.pickup)
        if type.count == 0 { return "no vehicle of a type that could serve it" }
        if heaviest > type.capacity {
            return "demand \(heaviest) exceeds every vehicle capacity"
        }
        if client.requiresColdChain && !type.coldChain { return "needs cold chain but no cold-chain vehicle can" }
        let out = data.durations[type.startDepot, location], back = data.durations[location, type.endDepot]
        let arrival = type.shiftStart &+ out
        if arrival > client.latestStart {
            return "time window closes (latestStart \(client.latestStart)) before a vehicle can arrive (\(arrival))"
        }
        let start = max(arrival, client.earliestStart)
        if start &+ client.serviceDuration &+ back > type.shiftEnd {
            return "cannot be served and back at the depot before the shift ends (\(type.shiftEnd))"
        }
        // The shortest duration of a single-client route: leave as late as the window allows.
        let shortest = out &+ client.serviceDuration &+ back
        if shortest > type.maxDuration {
            return "a route to it alone takes \(shortest), above the longest route duration \(type.maxDuration)"
        }
        let length = data.distances[type.startDepot, location] &+ data.distances[location, type.endDepot]
        if length > type.maxDistance {
            return "a route to it alone is \(length) long, above the longest route distance \(type.maxDistance)"
        }
        return nil
    }
}

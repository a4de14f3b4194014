// What kind of routing problem the data is: the "plain CVRP?" questions that pick the solvers' fast paths.

extension ProblemData {
    /// Whether some client has a pickup (then loads on board peak inside a route, not at its start).
    public var hasPickups: Bool { clients.contains { $0.pickup != 0 } }

    /// Whether capacity is the only constraint a route can break: no times, no distance limits and no
    /// cold-chain clients. The local search then prices penalties from the load alone (its fast cost path).
    public var onlyCapacityBindsRoutes: Bool {
        !isTimed && !vehicleTypes.contains { $0.maxDistance != Int.max } && !clients.contains { $0.requiresColdChain }
    }

    /// Whether a giant tour splits into routes in linear time (Vidal's Split): one vehicle type back at its
    /// start depot, deliveries only, and only capacity can be broken. Otherwise the exact general Split runs.
    public var splitsInLinearTime: Bool {
        vehicleTypes.count == 1 && vehicleTypes[0].startDepot == vehicleTypes[0].endDepot && !hasPickups
            && onlyCapacityBindsRoutes
    }

    /// Whether the data is the textbook CVRP and nothing more (``richFeatures`` is empty): one depot, one
    /// vehicle type, deliveries only, no times, limits or fixed costs. Only then does the exact two-index model
    /// (``TwoIndexCVRP``) apply.
    public var isPlainCVRP: Bool { richFeatures.isEmpty }
}

// A first giant tour built greedily, so that even a search cut after one local search has a feasible plan.

/// The nearest-neighbour giant tour from the first depot: always the closest client not yet visited.
///
/// Random giant tours are what HGS's diversity needs, but cut by a strict Split they give poor routes, and the
/// local search from a random start is the most expensive one a run makes (a 546-stop county: 0.35 s each). A
/// search given a fraction of a second may finish only one: the nearest-neighbour order, split with
/// penalties that dominate any saving, is feasible whenever single-client routes are and the fleet is large
/// enough, and its local search starts close to a local optimum.
enum ConstructiveStart {
    /// Clients in nearest-neighbour order (ties to the lower index, so the tour depends on the data alone).
    static func nearestNeighbourTour(data: ProblemData) -> [Int32] {
        let first = data.numDepots, count = data.numClients
        guard count > 0 else { return [] }
        var visited = [Bool](repeating: false, count: data.numLocations)
        var tour: [Int32] = []
        tour.reserveCapacity(count)
        var current = 0
        for _ in 0..<count {
            var best = -1, bestDistance = Int.max
            for location in first..<data.numLocations where !visited[location] {
                let d = data.distances[current, location]
                if d < bestDistance { bestDistance = d; best = location }
            }
            visited[best] = true
            tour.append(Int32(best))
            current = best
        }
        return tour
    }

    /// Weights under which one unit of any violation costs more than any plan does (at most two edges per
    /// client, each at most the longest), so Split cuts wherever a cut removes a violation.
    static func strictEvaluator(data: ProblemData, base: CostEvaluator) -> CostEvaluator {
        let unit = Double(max(1, data.vehicleTypes.map { $0.unitDistanceCost + $0.unitDurationCost }.max() ?? 1))
        let longest = Double(max(1, data.distances.maximum, data.durations.maximum))
        let weight = unit * longest * Double(2 * (data.numClients + 1))
        return CostEvaluator(
            loadPenalty: max(base.loadPenalty, weight), timeWarpPenalty: max(base.timeWarpPenalty, weight),
            distancePenalty: max(base.distancePenalty, weight),
            coldChainPenalty: max(base.coldChainPenalty, weight))
    }
}

// A member of the genetic population: routes, the giant tour they read as, and their cost and neighbours.
import Foundation

/// A solution in the population, with what the genetic operators need: the giant tour (routes in polar
/// order of their barycentres, so that crossover keeps geographically coherent runs), each client's
/// neighbours for the broken-pairs distance, and its place among the other members.
final class Individual {
    /// Non-empty routes, in giant-tour order.
    let routes: [[Int]]
    /// The route slot (and so the vehicle type) of each route.
    let slots: [Int]
    /// All clients, route after route.
    let giantTour: [Int32]
    /// Per location: the next and previous locations on its route, -1 for a depot.
    let successor: [Int32]
    let predecessor: [Int32]
    /// Distance, cost and excess load.
    let stats: SolutionStats
    /// Cost plus penalties under the evaluator in force (refreshed when penalties change).
    var penalisedCost: Double
    /// Rank-based fitness mixing cost and diversity; lower is better (set by the population).
    var biasedFitness = 0.0
    /// Identifies this member within its ``Population`` (unique there; set when it is added).
    var id = -1
    /// Other members of the same subpopulation by increasing broken-pairs distance, named by ``id``: ids, not
    /// references, so that members that list each other form no reference cycle and need no breaking by hand.
    var closest: [(distance: Double, other: Int)] = []

    /// Whether every constraint holds.
    var isFeasible: Bool { stats.isFeasible }

    /// Builds an individual from route slots (empty ones are dropped); slot `r` runs vehicle type
    /// `slotTypes[r]`.
    init(routes routeSlots: [[Int]], slotTypes: [Int], data: ProblemData, evaluator: CostEvaluator) {
        let depot = data.depots[0]
        var keyed: [(angle: Double, index: Int)] = []
        let nonEmptySlots = routeSlots.indices.filter { !routeSlots[$0].isEmpty }
        let nonEmpty = nonEmptySlots.map { routeSlots[$0] }
        for (index, route) in nonEmpty.enumerated() {
            var x = 0.0, y = 0.0
            for location in route {
                let client = data.client(at: location)
                x += client.x
                y += client.y
            }
            let count = Double(route.count)
            keyed.append((atan2(y / count - depot.y, x / count - depot.x), index))
        }
        keyed.sort { $0.angle != $1.angle ? $0.angle < $1.angle : $0.index < $1.index }
        routes = keyed.map { nonEmpty[$0.index] }
        slots = keyed.map { nonEmptySlots[$0.index] }
        var tour: [Int32] = []
        tour.reserveCapacity(data.numClients)
        var successor = [Int32](repeating: -1, count: data.numLocations)
        var predecessor = [Int32](repeating: -1, count: data.numLocations)
        for route in routes {
            for (k, location) in route.enumerated() {
                tour.append(Int32(location))
                if k > 0 { predecessor[location] = Int32(route[k - 1]) }
                if k + 1 < route.count { successor[location] = Int32(route[k + 1]) }
            }
        }
        giantTour = tour
        self.successor = successor
        self.predecessor = predecessor
        stats = SolutionStats(
            Solution(
                routes: zip(routes, slots).map {
                    Route(vehicleType: slotTypes[$0.1], visits: $0.0)
                }), data: data)
        penalisedCost = evaluator.penalisedCost(stats)
    }

    /// The routes by slot, `count` slots (empty ones included), as the local search loads them.
    func slotted(count: Int) -> [[Int]] {
        var result = [[Int]](repeating: [], count: count)
        for (route, slot) in zip(routes, slots) { result[slot] = route }
        return result
    }

    /// The share of this individual's edges missing from `other` (broken-pairs distance, 0...2 by client count).
    func brokenPairsDistance(to other: Individual, firstClient: Int) -> Double {
        var broken = 0
        for u in firstClient..<successor.count {
            let next = successor[u]
            if next != other.successor[u] && next != other.predecessor[u] { broken += 1 }
            if predecessor[u] == -1 && other.predecessor[u] != -1 && other.successor[u] != -1 { broken += 1 }
        }
        return Double(broken) / Double(successor.count - firstClient)
    }

    /// Mean distance to the `count` closest members (1 when alone, the largest distance short of a clone).
    func averageDistanceToClosest(_ count: Int) -> Double {
        let k = min(count, closest.count)
        guard k > 0 else { return 1 }
        var total = 0.0
        for i in 0..<k { total += closest[i].distance }
        return total / Double(k)
    }
}

// Split for the rich variants: cut a giant tour into routes priced exactly with penalties, then give each a vehicle.

/// Optimal segmentation of a giant tour when routes have time windows, pickups, limits or several vehicle
/// types, by Bellman's recursion over tour positions with each candidate route priced exactly under the
/// penalties (time warp, peak load, excess distance), its segment extended one client at a time in O(1)
/// (Vidal et al. 2014's concatenation). The linear-time deque of ``Split`` relies on a cost that is a
/// difference of prefix sums, which time warp is not, so this version is O(n·B) where B bounds the clients of
/// a route (its load may reach twice the capacity, as in Prins's and PyVRP's bounded splits).
///
/// Routes are priced for one representative vehicle type (the largest capacity), then each route gets the
/// free route slot whose vehicle type serves it most cheaply, cold chain and depots included; when there are
/// more routes than slots, the consecutive pair with the smallest joint load is merged until they fit (the
/// local search then repairs the overload).
final class GeneralSplit {
    private let data: ProblemData
    private let slotTypes: [Int]
    private let representative: Int
    private var potential: [Double]
    private var predecessor: [Int]

    /// A splitter over route slots running `slotTypes`.
    init(data: ProblemData, slotTypes: [Int]) {
        self.data = data
        self.slotTypes = slotTypes
        var best = 0
        for (t, type) in data.vehicleTypes.enumerated() where type.capacity > data.vehicleTypes[best].capacity {
            best = t
        }
        representative = best
        potential = .init(repeating: 0, count: data.numClients + 1)
        predecessor = .init(repeating: 0, count: data.numClients + 1)
    }

    /// Splits `tour` into routes and assigns them to slots: the result has one entry per slot.
    func split(_ tour: [Int32], evaluator: CostEvaluator) -> [[Int]] {
        let n = tour.count
        guard n > 0 else { return [[Int]](repeating: [], count: slotTypes.count) }
        let type = data.vehicleTypes[representative]
        let bound = 2 * max(1, type.capacity)
        potential[0] = 0
        for j in 1...n { potential[j] = .infinity }
        for i in 0..<n where potential[i] < .infinity {
            var route = GrowingRoute(type: type, data: data)
            var j = i
            while j < n {
                route.append(Int(tour[j]), data: data)
                j += 1
                let cost = potential[i] + route.closedCost(type: type, data: data, evaluator: evaluator)
                if cost < potential[j] {
                    potential[j] = cost
                    predecessor[j] = i
                }
                if route.load.peak > bound { break }
            }
        }
        var routes: [[Int]] = []
        var j = n
        while j > 0 {
            let i = predecessor[j]
            routes.append(tour[i..<j].map { Int($0) })
            j = i
        }
        routes.reverse()
        while routes.count > slotTypes.count { mergeLightestPair(&routes) }
        return assign(routes, evaluator: evaluator)
    }

    private func mergeLightestPair(_ routes: inout [[Int]]) {
        func load(_ route: [Int]) -> Int { route.reduce(0) { $0 + data.client(at: $1).delivery } }
        var best = 0, bestLoad = Int.max
        for k in 0..<(routes.count - 1) {
            let joint = load(routes[k]) + load(routes[k + 1])
            if joint < bestLoad {
                bestLoad = joint
                best = k
            }
        }
        routes[best] += routes[best + 1]
        routes.remove(at: best + 1)
    }

    /// Gives each route, heaviest first, the free slot whose vehicle type serves it most cheaply.
    private func assign(_ routes: [[Int]], evaluator: CostEvaluator) -> [[Int]] {
        var result = [[Int]](repeating: [], count: slotTypes.count)
        var free = [Bool](repeating: true, count: slotTypes.count)
        let order = routes.indices.sorted {
            let a = routes[$0].count, b = routes[$1].count
            return a != b ? a > b : $0 < $1
        }
        var priceOfType = [Double](repeating: 0, count: data.vehicleTypes.count)
        for k in order {
            for t in data.vehicleTypes.indices {
                let type = data.vehicleTypes[t]
                var route = GrowingRoute(type: type, data: data)
                for location in routes[k] { route.append(location, data: data) }
                priceOfType[t] = route.closedCost(type: type, data: data, evaluator: evaluator)
            }
            var chosen = -1
            for slot in slotTypes.indices where free[slot] {
                if chosen < 0 || priceOfType[slotTypes[slot]] < priceOfType[slotTypes[chosen]] { chosen = slot }
            }
            free[chosen] = false
            result[chosen] = routes[k]
        }
        return result
    }
}

/// A route being built one client at a time from a vehicle type's start depot, priced when closed at its end
/// depot.
struct GrowingRoute {
    private(set) var distance = 0
    private(set) var load = LoadSegment.empty
    private(set) var time: DurationSegment
    private(set) var cold = 0
    private var last: Int

    init(type: VehicleType, data: ProblemData) {
        time = DurationSegment(service: 0, earliest: type.shiftStart, latest: type.shiftEnd)
        last = type.startDepot
    }

    mutating func append(_ location: Int, data: ProblemData) {
        let client = data.client(at: location)
        distance += data.distances[last, location]
        load = LoadSegment.merge(load, LoadSegment(delivery: client.delivery, pickup: client.pickup))
        time = DurationSegment.merge(
            time, data.durations[last, location],
            DurationSegment(
                service: client.serviceDuration, earliest: client.earliestStart,
                latest: client.latestStart))
        if client.requiresColdChain { cold += 1 }
        last = location
    }

    /// The penalised cost of the route back at `type`'s end depot.
    func closedCost(type: VehicleType, data: ProblemData, evaluator: CostEvaluator) -> Double {
        let total = distance + data.distances[last, type.endDepot]
        let shift = DurationSegment(service: 0, earliest: type.shiftStart, latest: type.shiftEnd)
        let whole = DurationSegment.merge(time, data.durations[last, type.endDepot], shift)
        let objective = total * type.unitDistanceCost + whole.duration * type.unitDurationCost + type.fixedCost
        var cost =
            Double(objective) + evaluator.loadPenaltyCost(load: load.peak, capacity: type.capacity)
            + Double(whole.totalTimeWarp(maxDuration: min(type.maxDuration, DurationSegment.unbounded)))
            * evaluator.timeWarpPenalty
        if total > type.maxDistance { cost += Double(total - type.maxDistance) * evaluator.distancePenalty }
        if !type.coldChain { cost += Double(cold) * evaluator.coldChainPenalty }
        return cost
    }
}

// Selective route exchange (SREX): a child made of whole routes of both parents, the gaps filled greedily.
import SolverControl

/// The SREX crossover of Nagata and Kobayashi (2010), the default of PyVRP, for fleets of one vehicle type.
///
/// A run of consecutive routes (in polar order) of the first parent is replaced by as many consecutive routes
/// of the second, the second's run shifted to share as many clients as it can; clients then on two routes
/// keep one place, and clients on none are inserted where they lengthen a route least. Two children come out
/// (duplicates dropped from the first parent's routes, or from the second's), the cheaper under the current
/// penalties is kept. Unlike OX and Split, the child keeps most routes of its parents, so its local search
/// starts near a local optimum and ends quickly: on 200-client VRPTW instances that is what lets the search
/// run several times more iterations in the same time.
struct SelectiveRouteExchange {
    /// Per location: 1 when in the first parent's moved routes, 2 in the second's, 3 in both.
    private var mark: [UInt8]

    /// A crossover over `numLocations` locations.
    init(numLocations: Int) {
        mark = .init(repeating: 0, count: numLocations)
    }

    /// The better child of `first` and `second` (each a list of non-empty routes in polar order).
    mutating func cross(
        _ first: [[Int]], _ second: [[Int]], data: ProblemData, random: inout SeededGenerator,
        price: ([[Int]]) -> Double
    ) -> [[Int]] {
        let countA = first.count, countB = second.count
        guard countA > 0, countB > 0 else { return first }
        let moved = 1 + random.next(below: min(countA, countB))
        let startA = random.next(below: countA)
        var startB = random.next(below: countB)
        for k in 0..<moved { for c in first[(startA + k) % countA] { mark[c] |= 1 } }
        startB = bestShift(second, from: startB, moved: moved)
        for k in 0..<moved { for c in second[(startB + k) % countB] { mark[c] |= 2 } }
        let keptA = (0..<countA).filter { ($0 - startA + countA) % countA >= moved }.map { first[$0] }
        let movedB = (0..<moved).map { second[(startB + $0) % countB] }
        // Child 1: the second parent's moved routes whole; their clients leave the first parent's other routes.
        var one = keptA.map { $0.filter { mark[$0] & 2 == 0 } } + movedB
        // Child 2: the first parent's other routes whole; their clients leave the second parent's moved routes.
        var two = keptA + movedB.map { $0.filter { mark[$0] & 1 != 0 } }
        let missing = (data.numDepots..<data.numLocations).filter { mark[$0] == 1 }
        for k in 0..<moved { for c in first[(startA + k) % countA] { mark[c] = 0 } }
        for k in 0..<moved { for c in second[(startB + k) % countB] { mark[c] = 0 } }
        one.removeAll(where: \.isEmpty)
        two.removeAll(where: \.isEmpty)
        insertCheapest(missing, into: &one, data: data)
        insertCheapest(missing, into: &two, data: data)
        return price(one) <= price(two) ? one : two
    }

    /// The start of the second parent's run of `moved` routes, shifted left or right while that lowers the
    /// number of clients in one run but not the other.
    private mutating func bestShift(_ routes: [[Int]], from start: Int, moved: Int) -> Int {
        let count = routes.count
        func difference(_ s: Int) -> Int {
            var inB = 0, shared = 0
            for k in 0..<moved {
                for c in routes[(s + k) % count] {
                    inB += 1
                    if mark[c] & 1 != 0 { shared += 1 }
                }
            }
            return inB - 2 * shared
        }
        var best = start, bestDifference = difference(start)
        for step in [count - 1, 1] {
            var s = best
            for _ in 0..<count {
                let next = (s + step) % count
                let d = difference(next)
                if d >= bestDifference { break }
                best = next
                bestDifference = d
                s = next
            }
        }
        return best
    }

    /// Inserts each client of `clients` where it adds the least distance among the places that keep its route's
    /// load and time windows (Solomon's push-forward test), anywhere cheapest when no place keeps them (the
    /// local search then repairs), on a new route when there is none.
    private func insertCheapest(_ clients: [Int], into routes: inout [[Int]], data: ProblemData) {
        let type = data.vehicleTypes[0]
        let depot = type.startDepot, end = type.endDepot
        let d = data.distances, t = data.durations
        let shiftEnd = min(type.shiftEnd, DurationSegment.unbounded)
        func service(_ location: Int) -> Int {
            location < data.numDepots ? 0 : data.client(at: location).serviceDuration
        }
        var starts: [Int] = [], latest: [Int] = []
        for c in clients {
            let client = data.client(at: c)
            var bestRoute = -1, bestPosition = 0, bestCost = Int.max, bestKeeps = false
            for (r, route) in routes.enumerated() {
                let load = route.reduce(0) { $0 + data.client(at: $1).delivery }
                let fits = load + client.delivery <= type.capacity
                // Service starts along the route, and the latest start at each stop that keeps every later window.
                starts.removeAll(keepingCapacity: true)
                latest.removeAll(keepingCapacity: true)
                var time = type.shiftStart, here = depot
                for stop in route {
                    time = max(data.client(at: stop).earliestStart, time + service(here) + t[here, stop])
                    starts.append(time)
                    here = stop
                }
                var limit = shiftEnd, after = end
                for stop in route.reversed() {
                    limit = min(data.client(at: stop).latestStart, limit - t[stop, after] - service(stop))
                    latest.append(limit)
                    after = stop
                }
                latest.reverse()
                var previous = depot
                for p in 0...route.count {
                    let next = p < route.count ? route[p] : end
                    let cost = d[previous, c] &+ d[c, next] &- d[previous, next]
                    let leave = p == 0 ? type.shiftStart : starts[p - 1] + service(previous)
                    let start = max(client.earliestStart, leave + t[previous, c])
                    let keeps =
                        fits && start <= client.latestStart
                        && start + client.serviceDuration + t[c, next] <= (p < route.count ? latest[p] : shiftEnd)
                    if (keeps && !bestKeeps) || (keeps == bestKeeps && cost < bestCost) {
                        bestCost = cost; bestRoute = r; bestPosition = p; bestKeeps = keeps
                    }
                    previous = next
                }
            }
            if bestRoute < 0 { routes.append([c]) } else { routes[bestRoute].insert(c, at: bestPosition) }
        }
    }
}

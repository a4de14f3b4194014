// Split: cut a giant tour into routes optimally, in linear time (unlimited fleet) or O(nK) (K vehicles).

/// Optimal segmentation of a giant tour into routes for one vehicle type (Prins 2004; Vidal 2016's linear
/// version), with load above capacity penalised instead of forbidden, as HGS does.
///
/// With predecessor `i` for the route serving tour positions i+1...j, the cost is
/// `p[i] + d(0, t[i+1]) - D[i+1] + D[j] + d(t[j], 0) + λ·max(0, L[j] - L[i] - Q)`, where D and L are prefix
/// distances and loads along the tour. Writing `A_i = p[i] + d(0, t[i+1]) - D[i+1]`, a later predecessor k
/// beats i forever once `A_k ≤ A_i` (its penalty is never larger), and i beats k forever when
/// `A_i + λ(L_k - L_i) ≤ A_k`. A deque that keeps only predecessors neither of which beats the other forever
/// has its best one in front, so each position is pushed and popped once: O(n) per layer.
final class Split {
    private let numClients: Int
    private let maxLayers: Int
    private var tourDistance: [Double]
    private var tourLoad: [Double]
    private var fromDepot: [Double]
    private var toDepot: [Double]
    private var potential: [Double]
    private var predecessor: [Int]
    private var deque: [Int]

    /// A splitter for tours of `numClients` clients, into at most `maxRoutes` routes when a fleet is limited.
    init(numClients: Int, maxRoutes: Int) {
        self.numClients = numClients
        maxLayers = maxRoutes
        tourDistance = .init(repeating: 0, count: numClients + 2)
        tourLoad = .init(repeating: 0, count: numClients + 1)
        fromDepot = .init(repeating: 0, count: numClients + 2)
        toDepot = .init(repeating: 0, count: numClients + 1)
        potential = .init(repeating: 0, count: (maxRoutes + 1) * (numClients + 1))
        predecessor = .init(repeating: 0, count: (maxRoutes + 1) * (numClients + 1))
        deque = .init(repeating: 0, count: numClients + 1)
    }

    /// Splits `tour` (client locations) into routes of `vehicle`, at most `maxRoutes` of them, pricing excess load
    /// at `loadPenalty` per unit. Returns the routes in tour order.
    func split(
        _ tour: [Int32], data: ProblemData, vehicle: VehicleType, maxRoutes: Int,
        loadPenalty: Double
    ) -> [[Int]] {
        let n = tour.count
        precondition(n == numClients && maxRoutes <= maxLayers, "tour or fleet larger than the splitter")
        guard n > 0 else { return [] }
        let matrix = data.distances, depot = vehicle.startDepot, endDepot = vehicle.endDepot
        let unit = Double(vehicle.unitDistanceCost)
        for k in 1...n {
            let here = Int(tour[k - 1])
            tourLoad[k] = tourLoad[k - 1] + Double(data.client(at: here).delivery)
            fromDepot[k] = Double(matrix[depot, here]) * unit
            toDepot[k] = Double(matrix[here, endDepot]) * unit
            tourDistance[k] = k == 1 ? 0 : tourDistance[k - 1] + Double(matrix[Int(tour[k - 2]), here]) * unit
        }
        let capacity = Double(vehicle.capacity), fixed = Double(vehicle.fixedCost)
        let layers = splitUnlimited(n: n, capacity: capacity, fixed: fixed, penalty: loadPenalty)
        if layers <= maxRoutes { return routes(tour, layer: 0, n: n) }
        let layer = splitLimited(n: n, routes: maxRoutes, capacity: capacity, fixed: fixed, penalty: loadPenalty)
        return routes(tour, layer: layer, n: n)
    }

    /// The cost of reaching position `j` with a route starting after predecessor `i` of layer `base`.
    @inline(__always) private func propagate(
        _ i: Int, _ j: Int, base: Int, capacity: Double, fixed: Double,
        penalty: Double
    ) -> Double {
        potential[base + i] + fromDepot[i + 1] + tourDistance[j] - tourDistance[i + 1] + toDepot[j] + fixed
            + penalty * max(0, tourLoad[j] - tourLoad[i] - capacity)
    }

    @inline(__always) private func key(_ i: Int, base: Int) -> Double {
        potential[base + i] + fromDepot[i + 1] - tourDistance[i + 1]
    }

    /// Fills layer `target` from layer `source` (the same layer for the unlimited fleet) by the deque method.
    private func sweep(
        n: Int, source: Int, target: Int, first: Int, capacity: Double, fixed: Double,
        penalty: Double
    ) {
        let stride = n + 1
        let sourceBase = source * stride, targetBase = target * stride
        var head = 0, tail = 0
        deque[tail] = first
        tail += 1
        for j in (first + 1)...n {
            let front = deque[head]
            potential[targetBase + j] = propagate(
                front, j, base: sourceBase, capacity: capacity, fixed: fixed,
                penalty: penalty)
            predecessor[targetBase + j] = front
            guard j < n else { break }
            if potential[sourceBase + j] < .infinity {
                let keyJ = key(j, base: sourceBase)
                while tail > head && keyJ <= key(deque[tail - 1], base: sourceBase) { tail -= 1 }
                let back = tail > head ? deque[tail - 1] : -1
                if back < 0 || key(back, base: sourceBase) + penalty * (tourLoad[j] - tourLoad[back]) > keyJ {
                    deque[tail] = j
                    tail += 1
                }
            }
            while tail - head > 1
                && propagate(
                    deque[head], j + 1, base: sourceBase, capacity: capacity, fixed: fixed,
                    penalty: penalty)
                    >= propagate(
                        deque[head + 1], j + 1, base: sourceBase, capacity: capacity, fixed: fixed,
                        penalty: penalty)
            {
                head += 1
            }
        }
    }

    /// Unlimited fleet: one layer where every position may start a route. Returns the number of routes.
    private func splitUnlimited(n: Int, capacity: Double, fixed: Double, penalty: Double) -> Int {
        potential[0] = 0
        for j in 1...n { potential[j] = .infinity }
        sweep(n: n, source: 0, target: 0, first: 0, capacity: capacity, fixed: fixed, penalty: penalty)
        var count = 0, j = n
        while j > 0 {
            j = predecessor[j]
            count += 1
        }
        return count
    }

    /// At most `routes` vehicles: layer k holds the best cost of serving a prefix with exactly k routes.
    /// Returns the layer of the best complete split.
    private func splitLimited(n: Int, routes: Int, capacity: Double, fixed: Double, penalty: Double) -> Int {
        let stride = n + 1
        for k in 0...routes {
            for j in 0...n { potential[k * stride + j] = .infinity }
        }
        potential[0] = 0
        for k in 0..<routes {
            // Layer k can only start from positions reachable with k routes: k ≤ i.
            guard k < n else { break }
            sweep(n: n, source: k, target: k + 1, first: k, capacity: capacity, fixed: fixed, penalty: penalty)
        }
        var bestLayer = 1
        for k in 1...routes where potential[k * stride + n] < potential[bestLayer * stride + n] { bestLayer = k }
        return bestLayer
    }

    private func routes(_ tour: [Int32], layer: Int, n: Int) -> [[Int]] {
        var result: [[Int]] = []
        var j = n, k = layer
        while j > 0 {
            let i = predecessor[k * (n + 1) + j]
            result.append(tour[i..<j].map { Int($0) })
            j = i
            if k > 0 { k -= 1 }
        }
        return result.reversed()
    }
}

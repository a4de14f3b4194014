// A given solution (e.g. last year's routes) made into the search's first route slots: cleaned, repaired, placed.

/// Starts the hybrid genetic search from known routes (PyVRP #855, OR-Tools #343: warm starts). The routes are
/// made usable before the search sees them: visits that are not client locations, or repeat one, are dropped;
/// a route over its vehicle's capacity is cut into consecutive pieces that fit; clients no route visits are
/// inserted where they add the least distance without overloading a route, else on a route of their own; each
/// route takes a free slot of its vehicle type (else any free slot; with none left it joins the last route and
/// the penalties take over). Routes that are feasible and complete come through unchanged.
enum WarmStart {
    /// `solution` as `slotTypes.count` route slots of `data`'s client locations.
    static func slots(_ solution: Solution, data: ProblemData, slotTypes: [Int]) -> [[Int]] {
        let first = data.numDepots, end = data.numLocations
        var seen = [Bool](repeating: false, count: end)
        var routes: [(type: Int, visits: [Int])] = []
        for route in solution.routes {
            let type = data.vehicleTypes.indices.contains(route.vehicleType) ? route.vehicleType : 0
            var visits: [Int] = []
            for v in route.visits where (first..<end).contains(v) && !seen[v] {
                seen[v] = true
                visits.append(v)
            }
            routes += cut(visits, capacity: data.vehicleTypes[type].capacity, data: data).map { (type, $0) }
        }
        for v in first..<end where !seen[v] { insert(v, into: &routes, data: data, slotTypes: slotTypes) }
        var result = [[Int]](repeating: [], count: slotTypes.count)
        var free = [Bool](repeating: true, count: slotTypes.count)
        var last = -1
        for route in routes where !route.visits.isEmpty {
            let slot =
                slotTypes.indices.first { free[$0] && slotTypes[$0] == route.type }
                ?? slotTypes.indices.first { free[$0] }
            if let slot {
                free[slot] = false
                result[slot] = route.visits
                last = slot
            } else {
                result[max(last, 0)] += route.visits
            }
        }
        return result
    }

    /// The most a vehicle carries on `visits`: deliveries loaded at the depot, pickups collected on the way.
    static func peakLoad(_ visits: [Int], data: ProblemData) -> Int {
        var load = visits.reduce(0) { $0 + data.client(at: $1).delivery }
        var peak = load
        for v in visits {
            let c = data.client(at: v)
            load += c.pickup - c.delivery
            peak = max(peak, load)
        }
        return peak
    }

    /// `visits` in consecutive pieces within `capacity` (a client heavier than a vehicle rides alone).
    static func cut(_ visits: [Int], capacity: Int, data: ProblemData) -> [[Int]] {
        guard peakLoad(visits, data: data) > capacity else { return [visits] }
        var pieces: [[Int]] = [], piece: [Int] = []
        for v in visits {
            if !piece.isEmpty && peakLoad(piece + [v], data: data) > capacity {
                pieces.append(piece)
                piece = []
            }
            piece.append(v)
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// Puts client location `v` where it adds the least distance within capacity, else on a new route of the
    /// first vehicle type with a slot to spare.
    private static func insert(
        _ v: Int, into routes: inout [(type: Int, visits: [Int])], data: ProblemData, slotTypes: [Int]
    ) {
        var best: (route: Int, at: Int, added: Int)?
        for (r, route) in routes.enumerated() {
            let type = data.vehicleTypes[route.type]
            guard peakLoad(route.visits + [v], data: data) <= type.capacity else { continue }
            let path = [type.startDepot] + route.visits + [type.endDepot]
            for k in 0..<(path.count - 1) {
                let added =
                    data.distances[path[k], v] + data.distances[v, path[k + 1]] - data.distances[path[k], path[k + 1]]
                if best == nil || added < best!.added { best = (r, k, added) }
            }
        }
        if let best {
            routes[best.route].visits.insert(v, at: best.at)
            return
        }
        // A type with a slot to spare, preferring one the client fits.
        let spare = data.vehicleTypes.indices.filter { t in
            slotTypes.count { $0 == t } > routes.count { $0.type == t && !$0.visits.isEmpty }
        }
        let load = max(data.client(at: v).delivery, data.client(at: v).pickup)
        let type = spare.first { data.vehicleTypes[$0].capacity >= load } ?? spare.first ?? slotTypes.first ?? 0
        routes.append((type, [v]))
    }
}

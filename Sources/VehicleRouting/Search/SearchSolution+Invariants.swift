// The search solution's invariants, recomputed from scratch: used by the search in debug builds and by tests.

extension SearchSolution {
    /// Every way the route state disagrees with a recomputation from scratch; empty when all is consistent.
    ///
    /// Checks that each client is on exactly one route, that the position index (``position(of:)``) matches
    /// the stops, that every route starts and ends at its vehicle's depots, and that all derived data (prefix
    /// and suffix summaries, route distance, load, cost, penalty and sector) equals what the route's stops
    /// give when folded again. Operators change routes only through ``setRoute(_:from:count:)``, so a
    /// violation here is a bug in an operator or in ``refresh(_:)``.
    ///
    /// - Complexity: O(number of locations + number of route slots).
    func invariantViolations() -> [String] {
        var problems: [String] = []
        var seen = [Int](repeating: 0, count: numLocations)
        for r in 0..<numRoutes {
            let count = clientCount[r]
            guard count >= 0 && count <= stride - 2 else {
                problems.append("route \(r): \(count) clients in a slot of \(stride - 2)")
                continue
            }
            problems += routeViolations(r, seen: &seen)
        }
        for location in data.numDepots..<numLocations where seen[location] != 1 {
            problems.append("client \(location) is on \(seen[location]) routes")
        }
        return problems
    }

    /// Stops unless ``invariantViolations()`` is empty (swift-collections' `_checkInvariants` habit). The
    /// local search calls it after every run in debug builds.
    func checkInvariants() {
        let problems = invariantViolations()
        precondition(problems.isEmpty, "search solution inconsistent: " + problems.prefix(5).joined(separator: "; "))
    }

    /// The violations of route `r`, counting its clients in `seen`.
    private func routeViolations(_ r: Int, seen: inout [Int]) -> [String] {
        var problems: [String] = []
        let base = r * stride, count = clientCount[r]
        if stops[base].location != data.startDepot[r] || stops[base + count + 1].location != data.endDepot[r] {
            problems.append("route \(r) does not run from its start depot to its end depot")
        }
        var distance = 0, reverse = 0, delivered = 0, cold: Int32 = 0, bound = 0, reverseBound = 0
        var load = LoadSegment.empty, time = data.depotTime(r)
        var sector = CircleSector()
        for k in 1...(count + 1) {
            let previous = stops[base + k - 1].location, here = stops[base + k].location
            distance += data.distance(previous, here)
            reverse += data.distance(here, previous)
            bound += data.bound(previous, here)
            reverseBound += data.bound(here, previous)
            if k <= count {
                seen[Int(here)] += 1
                delivered += data.delivery[Int(here)]
                cold += Int32(data.cold[Int(here)])
                load = LoadSegment.merge(load, data.clientLoad(here))
                if position(of: Int(here)) != StopRef(route: r, index: k) {
                    problems.append("client \(here) indexed at \(position(of: Int(here))), found at (\(r), \(k))")
                }
                if k == 1 {
                    sector = CircleSector(angle: data.angle[Int(here)])
                } else {
                    sector.extend(data.angle[Int(here)])
                }
            }
            if data.timed {
                time = DurationSegment.merge(
                    time, data.travel(previous, here),
                    k <= count ? data.clientTime(here) : data.depotTime(r))
            }
            let s = stops[base + k]
            if s.distanceBefore != distance || s.reverseDistanceBefore != reverse || s.deliveryBefore != delivered
                || s.coldBefore != cold
            {
                problems.append("route \(r) stop \(k): stale prefix sums")
            }
            if data.rich && (richStops[base + k].loadBefore != load || richStops[base + k].timeBefore != time) {
                problems.append("route \(r) stop \(k): stale load or timing prefix")
            }
            if data.boundsByDuration
                && (richStops[base + k].boundBefore != bound || richStops[base + k].reverseBoundBefore != reverseBound)
            {
                problems.append("route \(r) stop \(k): stale bound prefix")
            }
        }
        if routeDistance[r] != distance || routeLoad[r] != delivered || routeBound[r] != bound {
            problems.append("route \(r): distance \(routeDistance[r]), load \(routeLoad[r]) or bound stale")
        }
        if count > 0 && sector != self.sector[r] { problems.append("route \(r): stale sector") }
        let whole = before(r, count + 1)
        if routeCost[r] != cost(whole, on: r) || routePenalty[r] != penalty(whole, on: r) {
            problems.append("route \(r): cached cost \(routeCost[r]) differs from \(cost(whole, on: r))")
        }
        // The bound must stay below the cost, or pruning would hide improving moves.
        let floor = count > 0 ? data.fixedCost[r] + bound * data.boundScale[r] : 0
        if abs(routeSlack[r] - (routeCost[r] - Double(floor))) > 1e-6 * max(1, abs(routeCost[r])) || routeSlack[r] < 0 {
            problems.append("route \(r): slack \(routeSlack[r]) is not its cost above the bound")
        }
        if lastModified[r] > moveCount { problems.append("route \(r): modified after the last move") }
        if data.rich { problems += suffixViolations(r) }
        return problems
    }

    /// The violations of route `r`'s suffix summaries (rich data only).
    private func suffixViolations(_ r: Int) -> [String] {
        let base = r * stride, count = clientCount[r]
        var load = LoadSegment.empty, time = data.depotTime(r)
        var k = count + 1
        while k >= 0 {
            if k <= count {
                let here = stops[base + k].location, next = stops[base + k + 1].location
                if k >= 1 { load = LoadSegment.merge(data.clientLoad(here), load) }
                if data.timed {
                    time = DurationSegment.merge(
                        k >= 1 ? data.clientTime(here) : data.depotTime(r),
                        data.travel(here, next), time)
                }
            }
            if richStops[base + k].loadAfter != load || richStops[base + k].timeAfter != time {
                return ["route \(r) stop \(k): stale load or timing suffix"]
            }
            k -= 1
        }
        return []
    }
}

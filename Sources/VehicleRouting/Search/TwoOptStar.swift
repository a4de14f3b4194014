// 2-opt* between routes: cut both routes after U and after V and reconnect the four ends crosswise.

/// Inter-route 2-opt* (HGS moves 8 and 9), with V possibly a start depot.
///
/// The tail variant (``reversing`` false, move 9) swaps the tails: U's route continues with what followed V,
/// and V's with what followed U. The reversing variant (move 8) joins U to V and X to Y, so U's route runs
/// back through V's head, and V's route starts with U's tail reversed.
struct TwoOptStar: NodeOperator {
    let reversing: Bool
    var name: String { reversing ? "2-opt*-reversing" : "2-opt*" }
    var acceptsDepotV: Bool { true }

    /// The tail-swapping variant, or the reversing one.
    init(reversing: Bool) {
        self.reversing = reversing
    }

    @inline(__always) func screen(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Bool {
        guard u.route != v.route else { return false }
        return reversing ? screenReversing(u, v, in: s) : screenTails(u, v, in: s)
    }

    /// ``screen(_:_:in:)`` of the tail swap, for U and V in different routes; apart from the reversing
    /// variant's so that a caller can name each and have both inlined (LocalSearch's `tryTwoOptStar`).
    @inline(__always) func screenTails(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Bool {
        let ru = u.route, i = u.index, rv = v.route, j = v.index
        // Tails that change depots or shifts have no bound: price them at their new ends.
        guard s.data.sameEnd(ru, rv) else { return true }
        let u = s.location(ru, i), x = s.location(ru, i &+ 1), v = s.location(rv, j), y = s.location(rv, j &+ 1)
        let tailU = s.routeBound[ru] &- s.boundBefore(ru, i &+ 1)
        let tailV = s.routeBound[rv] &- s.boundBefore(rv, j &+ 1)
        let changeU = s.bound(u, y) &+ tailV &- s.bound(u, x) &- tailU
        let changeV = s.bound(v, x) &+ tailU &- s.bound(v, y) &- tailV
        // U's route keeps its head and takes V's tail; V's route keeps its head and takes U's tail.
        return !s.cannotImprove(
            changeU, on: ru, changeV, on: rv, emptiesA: i == 0 && j == s.clientCount[rv],
            emptiesB: j == 0 && i == s.clientCount[ru])
    }

    /// ``screen(_:_:in:)`` of the reversing variant, for U and V in different routes.
    @inline(__always) func screenReversing(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Bool {
        let ru = u.route, i = u.index, rv = v.route, j = v.index
        let u = s.location(ru, i), y = s.location(rv, j &+ 1), lastU = s.clientCount[ru]
        let endDepotU = s.data.endDepot[ru], startDepotV = s.data.startDepot[rv]
        let headU = s.boundBefore(ru, i)
        let boundU =
            j >= 1
            ? headU &+ s.bound(u, s.location(rv, j)) &+ s.innerBound(rv, 1, j, reversed: true)
                &+ s.bound(s.location(rv, 1), endDepotU)
            : headU &+ s.bound(u, endDepotU)
        let tailV = s.routeBound[rv] &- s.boundBefore(rv, j &+ 1)
        let boundV =
            i < lastU
            ? s.bound(startDepotV, s.location(ru, lastU)) &+ s.innerBound(ru, i &+ 1, lastU, reversed: true)
                &+ s.bound(s.location(ru, i &+ 1), y) &+ tailV
            : s.bound(startDepotV, y) &+ tailV
        return !s.cannotImprove(
            boundU &- s.routeBound[ru], on: ru, boundV &- s.routeBound[rv], on: rv,
            emptiesA: i == 0 && j == 0, emptiesB: i == lastU && j == s.clientCount[rv])
    }

    /// Inline for the tail swap of the plain CVRP, from the prefix sums as HGS's move 9: after the screens its
    /// price and the reversing variant's are the ones most often reached (12% and 15% of the pairs between
    /// routes on X-n701-k44; relocate's 1%), and building segments took three times the instructions.
    @inline(__always) func price(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Double {
        if !reversing && s.data.pricedFromPrefixes && s.data.sameEnd(u.route, v.route) {
            return tailsFromPrefixes(u.route, u.index, v.route, v.index, in: s)
        }
        return segmentsPrice(u.route, u.index, v.route, v.index, in: s)
    }

    /// The exact change from the joined segments, out of line as ``Relocate``'s price.
    @inline(never) private func segmentsPrice(
        _ ru: Int, _ i: Int, _ rv: Int, _ j: Int, in s: SearchSolution
    )
        -> Double
    {
        let newU: RouteSegment, newV: RouteSegment
        if !reversing && !s.data.sameEnd(ru, rv) {
            newU = s.join(s.before(ru, i), s.tail(rv, j &+ 1, endingOn: ru))
            newV = s.join(s.before(rv, j), s.tail(ru, i &+ 1, endingOn: rv))
        } else if !reversing {
            newU = s.join(s.before(ru, i), s.after(rv, j &+ 1))
            newV = s.join(s.before(rv, j), s.after(ru, i &+ 1))
        } else {
            let lastU = s.clientCount[ru]
            let endU = s.after(ru, lastU &+ 1)
            newU = j >= 1 ? s.join(s.before(ru, i), s.reversed(rv, 1, j), endU) : s.join(s.before(ru, i), endU)
            newV =
                i < lastU
                ? s.join(s.before(rv, 0), s.reversed(ru, i &+ 1, lastU), s.after(rv, j &+ 1))
                : s.join(s.before(rv, 0), s.after(rv, j &+ 1))
        }
        return s.delta(newU, on: ru, newV, on: rv)
    }

    /// `segmentsPrice` of the tail swap between routes that end alike, when ``SearchData/pricedFromPrefixes``:
    /// each new route's distance, load and clients from the two cut stops' prefix sums, as segments that carry
    /// only what the plain CVRP's cost reads, priced by the same `delta` (so to the bit the same value).
    @inline(__always) private func tailsFromPrefixes(
        _ ru: Int, _ i: Int, _ rv: Int, _ j: Int, in s: SearchSolution
    )
        -> Double
    {
        let u = s.stop(ru, i), x = s.stop(ru, i &+ 1), v = s.stop(rv, j), y = s.stop(rv, j &+ 1)
        let tailU = s.routeLoad[ru] &- u.deliveryBefore, tailV = s.routeLoad[rv] &- v.deliveryBefore
        // The peaks as `LoadSegment.merge` takes them.
        let newU = plainRoute(
            distance: u.distanceBefore &+ s.distance(u.location, y.location) &+ s.routeDistance[rv]
                &- y.distanceBefore,
            load: max(u.deliveryBefore &+ tailV, tailV), clients: i &+ s.clientCount[rv] &- j)
        let newV = plainRoute(
            distance: v.distanceBefore &+ s.distance(v.location, x.location) &+ s.routeDistance[ru]
                &- x.distanceBefore,
            load: max(v.deliveryBefore &+ tailU, tailU), clients: j &+ s.clientCount[ru] &- i)
        return s.delta(newU, on: ru, newV, on: rv)
    }

    /// A whole route of the plain CVRP as `delta` reads it: distance, peak load and client count (its ends,
    /// timing and cold chain are not read when ``SearchData/pricedFromPrefixes``).
    @inline(__always) private func plainRoute(distance: Int, load: Int, clients: Int) -> RouteSegment {
        RouteSegment(
            first: 0, last: 0, distance: distance, load: LoadSegment(delivery: load, pickup: 0, peak: load),
            clients: clients, time: DurationSegment.zero, cold: 0)
    }

    func apply(_ u: StopRef, _ v: StopRef, in s: SearchSolution) {
        let ru = u.route, i = u.index, rv = v.route, j = v.index
        var countU = 0, countV = 0
        s.append(ru, 1, i, to: s.scratch, count: &countU)
        if !reversing {
            s.append(rv, j &+ 1, s.clientCount[rv], to: s.scratch, count: &countU)
            s.append(rv, 1, j, to: s.scratch2, count: &countV)
            s.append(ru, i &+ 1, s.clientCount[ru], to: s.scratch2, count: &countV)
        } else {
            s.append(rv, 1, j, reversed: true, to: s.scratch, count: &countU)
            s.append(ru, i &+ 1, s.clientCount[ru], reversed: true, to: s.scratch2, count: &countV)
            s.append(rv, j &+ 1, s.clientCount[rv], to: s.scratch2, count: &countV)
        }
        s.setRoute(ru, from: s.scratch, count: countU)
        s.setRoute(rv, from: s.scratch2, count: countV)
    }
}

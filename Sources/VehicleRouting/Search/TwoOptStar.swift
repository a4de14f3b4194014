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

    @inline(__always) func evaluate(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Double {
        let ru = u.route, i = u.index, rv = v.route, j = v.index
        guard ru != rv else { return 0 }
        if !reversing && !s.data.sameEnd(ru, rv) {
            // The tails change depots or shifts: no bound, price them at their new ends.
            return price(ru, i, rv, j, in: s)
        } else if !reversing {
            let u = s.location(ru, i), x = s.location(ru, i &+ 1), v = s.location(rv, j), y = s.location(rv, j &+ 1)
            let tailU = s.routeBound[ru] &- s.boundBefore(ru, i &+ 1)
            let tailV = s.routeBound[rv] &- s.boundBefore(rv, j &+ 1)
            let changeU = s.bound(u, y) &+ tailV &- s.bound(u, x) &- tailU
            let changeV = s.bound(v, x) &+ tailU &- s.bound(v, y) &- tailV
            // U's route keeps its head and takes V's tail; V's route keeps its head and takes U's tail.
            if s.cannotImprove(
                changeU, on: ru, changeV, on: rv, emptiesA: i == 0 && j == s.clientCount[rv],
                emptiesB: j == 0 && i == s.clientCount[ru])
            {
                return 0
            }
        } else {
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
            if s.cannotImprove(
                boundU &- s.routeBound[ru], on: ru, boundV &- s.routeBound[rv], on: rv,
                emptiesA: i == 0 && j == 0, emptiesB: i == lastU && j == s.clientCount[rv])
            {
                return 0
            }
        }
        return price(ru, i, rv, j, in: s)
    }

    /// The exact change of a move the bounds did not rule out, out of line as ``Relocate``'s.
    @inline(never) private func price(_ ru: Int, _ i: Int, _ rv: Int, _ j: Int, in s: SearchSolution) -> Double {
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

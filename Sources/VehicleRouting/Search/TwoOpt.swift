// 2-opt within a route: replace edges (U, X) and (V, Y) by (U, V) and (X, Y), reversing X...V.

/// Intra-route 2-opt (HGS move 7): for U before V in the same route, reverses the clients after U up to V.
struct TwoOpt: NodeOperator {
    var name: String { "2-opt" }
    var acceptsDepotV: Bool { false }

    @inline(__always) func screen(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Bool {
        let r = u.route, i = u.index, j = v.index
        guard v.route == r, j >= i &+ 2 else { return false }
        // (U, X) and (V, Y) become (U, V) and (X, Y), and X...V runs backwards.
        let u = s.location(r, i), x = s.location(r, i &+ 1), v = s.location(r, j), y = s.location(r, j &+ 1)
        let change =
            s.bound(u, v) &+ s.bound(x, y) &- s.bound(u, x) &- s.bound(v, y)
            &+ s.innerBound(r, i &+ 1, j, reversed: true) &- s.innerBound(r, i &+ 1, j)
        return !s.cannotImprove(change, within: r)
    }

    /// Out of line as ``Relocate``'s.
    @inline(never) func price(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Double {
        let r = u.route, i = u.index, j = v.index
        let route = s.join(s.before(r, i), s.reversed(r, i &+ 1, j), s.after(r, j &+ 1))
        return s.delta(route, on: r)
    }

    func apply(_ u: StopRef, _ v: StopRef, in s: SearchSolution) {
        let r = u.route, i = u.index, j = v.index
        var count = 0
        s.append(r, 1, i, to: s.scratch, count: &count)
        s.append(r, i &+ 1, j, reversed: true, to: s.scratch, count: &count)
        s.append(r, j &+ 1, s.clientCount[r], to: s.scratch, count: &count)
        s.setRoute(r, from: s.scratch, count: count)
    }
}

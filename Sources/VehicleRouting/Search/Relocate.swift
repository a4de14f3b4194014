// Relocate: move one or two consecutive clients (optionally reversed) from after U's predecessor to after V.

/// Moves the segment starting at U (``length`` clients, reversed if asked) to right after V.
///
/// The HGS moves 1-3 of Vidal (2022): relocate U, relocate (U, X), relocate (U, X) as (X, U). V may be a
/// start depot, which also covers moving into an empty route.
struct Relocate: NodeOperator {
    let length: Int
    let reversed: Bool
    var name: String { "relocate-\(length)\(reversed ? "-reversed" : "")" }
    var acceptsDepotV: Bool { true }

    /// A relocate of `length` clients (1 or 2), reversed or not.
    init(length: Int, reversed: Bool = false) {
        precondition(length >= 1 && !(reversed && length == 1), "relocate needs 1 or 2 clients")
        self.length = length
        self.reversed = reversed
    }

    @inline(__always) func screen(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Bool {
        let ru = u.route, i = u.index, rv = v.route, j = v.index
        let last = i &+ length &- 1
        guard last <= s.clientCount[ru] else { return false }
        if ru == rv && j >= i &- 1 && j <= last { return false }
        // The bound's change from a few lookups (the distance's unless vehicles pay for time): the segment
        // leaves (p, n) and enters (v, w); within one route too, as V is not next to or inside the segment.
        let p = s.location(ru, i &- 1), f = s.location(ru, i), l = s.location(ru, last)
        let n = s.location(ru, last &+ 1), v = s.location(rv, j), w = s.location(rv, j &+ 1)
        let (head, tail) = reversed ? (l, f) : (f, l)
        let changeU = s.bound(p, n) &- s.bound(p, f) &- s.innerBound(ru, i, last) &- s.bound(l, n)
        let changeV =
            s.bound(v, head) &+ s.innerBound(ru, i, last, reversed: reversed) &+ s.bound(tail, w) &- s.bound(v, w)
        if ru != rv {
            return !s.cannotImprove(
                changeU, on: ru, changeV, on: rv, emptiesA: i == 1 && last == s.clientCount[ru], emptiesB: false)
        }
        return !s.cannotImprove(changeU &+ changeV, within: ru)
    }

    /// Out of line: inlined, its segment joins made the evaluation a 9-KB function whose every call spilled
    /// its registers, while most pairs end at the bound (docs/profiles/genetic-long-routes.md).
    @inline(never) func price(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Double {
        let ru = u.route, i = u.index, rv = v.route, j = v.index
        let last = i &+ length &- 1
        let segment = reversed ? s.reversed(ru, i, last) : s.between(ru, i, last)
        if ru != rv {
            let newU = s.join(s.before(ru, i &- 1), s.after(ru, last &+ 1))
            let newV = s.join(s.before(rv, j), segment, s.after(rv, j &+ 1))
            return s.delta(newU, on: ru, newV, on: rv)
        }
        let route: RouteSegment
        if j < i {
            route = s.join(s.join(s.before(ru, j), segment), s.between(ru, j &+ 1, i &- 1), s.after(ru, last &+ 1))
        } else {
            route = s.join(s.join(s.before(ru, i &- 1), s.between(ru, last &+ 1, j)), segment, s.after(ru, j &+ 1))
        }
        return s.delta(route, on: ru)
    }

    func apply(_ u: StopRef, _ v: StopRef, in s: SearchSolution) {
        let ru = u.route, i = u.index, rv = v.route, j = v.index
        let last = i &+ length &- 1
        var count = 0
        if ru != rv {
            s.append(rv, 1, j, to: s.scratch, count: &count)
            s.append(ru, i, last, reversed: reversed, to: s.scratch, count: &count)
            s.append(rv, j &+ 1, s.clientCount[rv], to: s.scratch, count: &count)
            var countU = 0
            s.append(ru, 1, i &- 1, to: s.scratch2, count: &countU)
            s.append(ru, last &+ 1, s.clientCount[ru], to: s.scratch2, count: &countU)
            s.setRoute(rv, from: s.scratch, count: count)
            s.setRoute(ru, from: s.scratch2, count: countU)
            return
        }
        let end = s.clientCount[ru]
        if j < i {
            s.append(ru, 1, j, to: s.scratch, count: &count)
            s.append(ru, i, last, reversed: reversed, to: s.scratch, count: &count)
            s.append(ru, j &+ 1, i &- 1, to: s.scratch, count: &count)
            s.append(ru, last &+ 1, end, to: s.scratch, count: &count)
        } else {
            s.append(ru, 1, i &- 1, to: s.scratch, count: &count)
            s.append(ru, last &+ 1, j, to: s.scratch, count: &count)
            s.append(ru, i, last, reversed: reversed, to: s.scratch, count: &count)
            s.append(ru, j &+ 1, end, to: s.scratch, count: &count)
        }
        s.setRoute(ru, from: s.scratch, count: count)
    }
}

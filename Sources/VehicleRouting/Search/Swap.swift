// Swap: exchange a segment of clients starting at U with a segment starting at V (1-1, 2-1, 2-2).

/// Exchanges ``lengthU`` clients starting at U with ``lengthV`` clients starting at V, in one or two routes.
///
/// The HGS moves 4-6 of Vidal (2022). When both lengths are equal the move is symmetric, so only pairs with
/// U's location below V's are tried: the search visits (V, U) as well.
struct Swap: NodeOperator {
    let lengthU: Int
    let lengthV: Int
    var name: String { "swap-\(lengthU)-\(lengthV)" }
    var acceptsDepotV: Bool { false }

    /// A swap of `lengthU` clients from U with `lengthV` clients from V.
    init(lengthU: Int, lengthV: Int) {
        precondition(lengthU >= 1 && lengthV >= 1, "swap needs non-empty segments")
        self.lengthU = lengthU
        self.lengthV = lengthV
    }

    @inline(__always) func screen(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Bool {
        let ru = u.route, i = u.index, rv = v.route, j = v.index
        let lastU = i &+ lengthU &- 1, lastV = j &+ lengthV &- 1
        guard j >= 1, lastU <= s.clientCount[ru], lastV <= s.clientCount[rv] else { return false }
        if lengthU == lengthV && s.location(ru, i) > s.location(rv, j) { return false }
        // Within one route the segments must not overlap; the sum of the two changes below is then the
        // route's distance change unless the segments touch.
        let disjoint = ru != rv || lastU < j || lastV < i
        guard disjoint else { return false }
        let pu = s.location(ru, i &- 1), fu = s.location(ru, i), lu = s.location(ru, lastU)
        let nu = s.location(ru, lastU &+ 1)
        let pv = s.location(rv, j &- 1), fv = s.location(rv, j), lv = s.location(rv, lastV)
        let nv = s.location(rv, lastV &+ 1)
        let innerU = s.innerBound(ru, i, lastU), innerV = s.innerBound(rv, j, lastV)
        let changeU = s.bound(pu, fv) &+ innerV &+ s.bound(lv, nu) &- s.bound(pu, fu) &- innerU &- s.bound(lu, nu)
        let changeV = s.bound(pv, fu) &+ innerU &+ s.bound(lu, nv) &- s.bound(pv, fv) &- innerV &- s.bound(lv, nv)
        if ru != rv {
            return !s.cannotImprove(changeU, on: ru, changeV, on: rv, emptiesA: false, emptiesB: false)
        }
        return lastU &+ 1 == j || lastV &+ 1 == i || !s.cannotImprove(changeU &+ changeV, within: ru)
    }

    /// Out of line as ``Relocate``'s.
    @inline(never) func price(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Double {
        let ru = u.route, i = u.index, rv = v.route, j = v.index
        let lastU = i &+ lengthU &- 1, lastV = j &+ lengthV &- 1
        let segmentU = s.between(ru, i, lastU), segmentV = s.between(rv, j, lastV)
        if ru != rv {
            let newU = s.join(s.before(ru, i &- 1), segmentV, s.after(ru, lastU &+ 1))
            let newV = s.join(s.before(rv, j &- 1), segmentU, s.after(rv, lastV &+ 1))
            return s.delta(newU, on: ru, newV, on: rv)
        }
        // Same route: the two segments must not overlap; call them first and second in route order.
        let (a, b, first, second) = i < j ? (i, lastU, segmentU, segmentV) : (j, lastV, segmentV, segmentU)
        let (c, d) = i < j ? (j, lastV) : (i, lastU)
        guard b < c else { return 0 }
        var route = s.join(s.before(ru, a &- 1), second)
        if b &+ 1 < c { route = s.join(route, s.between(ru, b &+ 1, c &- 1)) }
        route = s.join(s.join(route, first), s.after(ru, d &+ 1))
        return s.delta(route, on: ru)
    }

    func apply(_ u: StopRef, _ v: StopRef, in s: SearchSolution) {
        let ru = u.route, i = u.index, rv = v.route, j = v.index
        let lastU = i &+ lengthU &- 1, lastV = j &+ lengthV &- 1
        if ru != rv {
            var countU = 0, countV = 0
            s.append(ru, 1, i &- 1, to: s.scratch, count: &countU)
            s.append(rv, j, lastV, to: s.scratch, count: &countU)
            s.append(ru, lastU &+ 1, s.clientCount[ru], to: s.scratch, count: &countU)
            s.append(rv, 1, j &- 1, to: s.scratch2, count: &countV)
            s.append(ru, i, lastU, to: s.scratch2, count: &countV)
            s.append(rv, lastV &+ 1, s.clientCount[rv], to: s.scratch2, count: &countV)
            s.setRoute(ru, from: s.scratch, count: countU)
            s.setRoute(rv, from: s.scratch2, count: countV)
            return
        }
        let (a, b) = i < j ? (i, lastU) : (j, lastV)
        let (c, d) = i < j ? (j, lastV) : (i, lastU)
        var count = 0
        s.append(ru, 1, a &- 1, to: s.scratch, count: &count)
        s.append(ru, c, d, to: s.scratch, count: &count)
        s.append(ru, b &+ 1, c &- 1, to: s.scratch, count: &count)
        s.append(ru, a, b, to: s.scratch, count: &count)
        s.append(ru, d &+ 1, s.clientCount[ru], to: s.scratch, count: &count)
        s.setRoute(ru, from: s.scratch, count: count)
    }
}

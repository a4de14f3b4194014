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

    func evaluate(_ u: StopRef, _ v: StopRef, in s: SearchSolution) -> Double {
        let ru = u.route, i = u.index, rv = v.route, j = v.index
        guard ru != rv else { return 0 }
        let newU: RouteSegment, newV: RouteSegment
        if !reversing {
            newU = s.join(s.before(ru, i), s.after(rv, j &+ 1))
            newV = s.join(s.before(rv, j), s.after(ru, i &+ 1))
        } else {
            let endU = s.after(ru, s.clientCount[ru] &+ 1)
            newU = j >= 1 ? s.join(s.before(ru, i), s.reversed(rv, 1, j), endU) : s.join(s.before(ru, i), endU)
            let lastU = s.clientCount[ru]
            newV = i < lastU ? s.join(s.before(rv, 0), s.reversed(ru, i &+ 1, lastU), s.after(rv, j &+ 1))
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

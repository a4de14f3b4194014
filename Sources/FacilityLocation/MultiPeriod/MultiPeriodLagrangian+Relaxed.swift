// One relaxed problem of the Lagrangian bound: each site's tier path and knapsacks, then the county's sites together.

extension MultiPeriodLagrangian {
    /// The relaxed problem's optimum at prices `lambda` with each local site's `status` (-1 never open, 1 open by
    /// the last year, 0 free; empty: all free), and in `served[t][b]` how much of village `b` its solution serves
    /// in year `t` (for the subgradient). Leaves each site's path costs and the county programme's value in
    /// `scratch` for ``forcedValues(status:scratch:)``.
    func relaxed(
        _ lambda: [[Double]], status: [Int8] = [], served: inout [[Double]], scratch: inout Scratch
    ) -> Double {
        let n = clients.count, m = sites.count, none = Double.infinity
        var value = 0.0
        for t in 0..<years {
            for b in 0..<n {
                value += lambda[t][b]
                let gain = uncovered[t][b] - lambda[t][b]
                served[t][b] = gain < 0 ? 1 : 0
                if gain < 0 { value += gain }
            }
        }
        // Each site's knapsack per year and tier, then its cheapest tier path for each last tier and for whether
        // it is open in the cover year (state `(k + 1) * 2 + open`).
        let states = (tiers + 1) * 2
        // The step's buffers are the scratch's, taken and given back, so the steps allocate nothing.
        var pathCost: [Double] = [], back: [Int] = [], knap: [Double] = [], now: [Double] = [], next: [Double] = []
        swap(&pathCost, &scratch.pathCost)
        swap(&back, &scratch.back)
        swap(&knap, &scratch.knap)
        swap(&now, &scratch.now)
        swap(&next, &scratch.next)
        defer {
            swap(&pathCost, &scratch.pathCost)
            swap(&back, &scratch.back)
            swap(&knap, &scratch.knap)
            swap(&now, &scratch.now)
            swap(&next, &scratch.next)
        }
        pathCost.reset(m * states, to: none)
        back.reset(m * years * states, to: -1)
        knap.reset(m * years * tiers, to: 0)
        for a in 0..<m {
            let i = sites[a], fixed = status.isEmpty ? 0 : status[a]
            if fixed < 0 {
                // Never open: the closed path, at no cost.
                pathCost[a * states] = 0
                for t in 0..<years { back[(a * years + t) * states] = 0 }
                continue
            }
            for t in 0..<years { fill(a, t, lambda, into: &knap, scratch: &scratch) }
            now.reset(states, to: none)
            next.reset(states, to: none)
            now[0] = 0  // before the first year: closed
            for t in 0..<years {
                for s in 0..<states { next[s] = none }
                for s in 0..<states where now[s] < none {
                    let kp = s / 2 - 1, open = s % 2
                    for k in max(kp, -1)..<tiers where k < 0 || t >= p.firstYear[i] {
                        var c = now[s]
                        if k >= 0 {
                            c += p.discount(t) * p.tiers[k].operatingPerYear + knap[(a * years + t) * tiers + k]
                            if k > kp {
                                c += p.discount(t) * (p.tiers[k].capital - (kp >= 0 ? p.tiers[kp].capital : 0))
                            }
                        }
                        let o = t == cover ? (k >= 0 ? 1 : 0) : open
                        let target = (k + 1) * 2 + o
                        if c < next[target] {
                            next[target] = c
                            back[(a * years + t) * states + target] = s
                        }
                    }
                }
                swap(&now, &next)
            }
            for s in 0..<states where !((p.forced[i] || fixed > 0) && s / 2 == 0) { pathCost[a * states + s] = now[s] }
        }
        // The county's sites together: the last year's tiers carry the demand with the reserve (capacity in
        // units rounded up, the need down: a weaker row, so still a relaxation) and enough sites open by the cover
        // year.
        let width = (needUnits + 1) * (centers + 1)
        var dp: [Double] = [], step: [Double] = [], choice: [Int] = [], from: [Int] = []
        swap(&dp, &scratch.dp)
        swap(&step, &scratch.step)
        swap(&choice, &scratch.choice)
        swap(&from, &scratch.from)
        defer {
            swap(&dp, &scratch.dp)
            swap(&step, &scratch.step)
            swap(&choice, &scratch.choice)
            swap(&from, &scratch.from)
        }
        dp.reset(width, to: none)
        step.reset(width, to: none)
        choice.reset(m * width, to: -1)
        from.reset(m * width, to: -1)
        dp[0] = 0
        for a in 0..<m {
            for x in 0..<width { step[x] = none }
            for x in 0..<width where dp[x] < none {
                let u = x / (centers + 1), c = x % (centers + 1)
                for s in 0..<states where pathCost[a * states + s] < none {
                    let k = s / 2 - 1
                    let u2 = min(needUnits, u + (k >= 0 ? capUnits[k] : 0)), c2 = min(centers, c + s % 2)
                    let y = u2 * (centers + 1) + c2, v = dp[x] + pathCost[a * states + s]
                    if v < step[y] {
                        step[y] = v
                        choice[a * width + y] = s
                        from[a * width + y] = x
                    }
                }
            }
            swap(&dp, &step)
        }
        let goal = needUnits * (centers + 1) + centers
        scratch.sitesValue = dp[goal]
        guard dp[goal] < none else { return none }  // no tiers carry the county: the model is infeasible
        value += dp[goal]
        // The chosen paths' villages, for the subgradient.
        var x = goal
        scratch.design.reset(m * years, to: -1)
        for a in stride(from: m - 1, through: 0, by: -1) {
            var s = choice[a * width + x]
            x = from[a * width + x]
            for t in stride(from: years - 1, through: 0, by: -1) {
                let k = s / 2 - 1
                if k >= 0 { serve(a, t, k, lambda, into: &served, scratch: &scratch) }
                scratch.design[a * years + t] = k
                s = back[(a * years + t) * states + s]
            }
        }
        return value
    }

    /// Site `a`'s fractional knapsack in year `t` for every tier: the villages whose price beats their transport,
    /// best value per parcel first, up to each tier's capacity.
    func fill(_ a: Int, _ t: Int, _ lambda: [[Double]], into knap: inout [Double], scratch: inout Scratch) {
        sortGains(a, t, lambda, scratch: &scratch)
        let row = cost[a * years + t], w = weight[t], base = (a * years + t) * tiers
        var k = 0, used = 0.0, total = 0.0
        for q in scratch.order {
            let b = reach[a][q], gain = row[q] - lambda[t][b]
            while k < tiers && used + w[b] > p.tiers[k].parcelsPerDay {
                // This tier is full: the item's fitting share closes it.
                let room = p.tiers[k].parcelsPerDay - used
                knap[base + k] = total + (w[b] > 0 ? gain * room / w[b] : 0)
                k += 1
            }
            used += w[b]
            total += gain
        }
        while k < tiers {
            knap[base + k] = total
            k += 1
        }
    }

    /// Adds the villages site `a` serves at tier `k` in year `t` to `served` (the same greedy as ``fill``).
    func serve(
        _ a: Int, _ t: Int, _ k: Int, _ lambda: [[Double]], into served: inout [[Double]], scratch: inout Scratch
    ) {
        sortGains(a, t, lambda, scratch: &scratch)
        let w = weight[t], capacity = p.tiers[k].parcelsPerDay
        var used = 0.0
        for q in scratch.order {
            let b = reach[a][q]
            if used + w[b] <= capacity {
                served[t][b] += 1
                used += w[b]
            } else {
                served[t][b] += (capacity - used) / w[b]
                return
            }
        }
    }

    /// `scratch.order`: the villages of site `a` with a negative reduced cost in year `t`, most negative per
    /// parcel first (free ones, of no parcels, first of all).
    func sortGains(_ a: Int, _ t: Int, _ lambda: [[Double]], scratch: inout Scratch) {
        let row = cost[a * years + t], w = weight[t]
        scratch.order.removeAll(keepingCapacity: true)
        if scratch.ratio.count < row.count { scratch.ratio = [Double](repeating: 0, count: row.count) }
        for (q, b) in reach[a].enumerated() {
            let gain = row[q] - lambda[t][b]
            guard gain < 0 else { continue }
            scratch.ratio[q] = w[b] > 0 ? gain / w[b] : -.infinity
            scratch.order.append(q)
        }
        let ratio = scratch.ratio
        scratch.order.sort { ratio[$0] != ratio[$1] ? ratio[$0] < ratio[$1] : $0 < $1 }
    }
}

extension Array {
    /// `count` copies of `value`, in the array's own storage when it is large enough.
    fileprivate mutating func reset(_ count: Int, to value: Element) {
        removeAll(keepingCapacity: true)
        append(contentsOf: repeatElement(value, count: count))
    }
}

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
        // The step's buffers are the scratch's, reused, so the steps allocate nothing.
        scratch.pathCost.reset(m * states, to: none)
        scratch.back.reset(m * years * states, to: -1)
        scratch.knap.reset(m * years * tiers, to: 0)
        for a in 0..<m {
            let i = sites[a], fixed = status.isEmpty ? 0 : status[a]
            if fixed < 0 {
                // Never open: the closed path, at no cost.
                scratch.pathCost[a * states] = 0
                for t in 0..<years { scratch.back[(a * years + t) * states] = 0 }
                continue
            }
            for t in 0..<years { fill(a, t, lambda, into: &scratch.knap, sorting: &scratch.sorting) }
            scratch.now.reset(states, to: none)
            scratch.next.reset(states, to: none)
            scratch.now[0] = 0  // before the first year: closed
            for t in 0..<years {
                for s in 0..<states { scratch.next[s] = none }
                for s in 0..<states where scratch.now[s] < none {
                    let kp = s / 2 - 1, open = s % 2
                    for k in max(kp, -1)..<tiers where k < 0 || t >= p.firstYear[i] {
                        var c = scratch.now[s]
                        if k >= 0 {
                            c += p.discount(t) * p.tiers[k].operatingPerYear + scratch.knap[(a * years + t) * tiers + k]
                            if k > kp {
                                c += p.discount(t) * (p.tiers[k].capital - (kp >= 0 ? p.tiers[kp].capital : 0))
                            }
                        }
                        let o = t == cover ? (k >= 0 ? 1 : 0) : open
                        let target = (k + 1) * 2 + o
                        if c < scratch.next[target] {
                            scratch.next[target] = c
                            scratch.back[(a * years + t) * states + target] = s
                        }
                    }
                }
                swap(&scratch.now, &scratch.next)
            }
            for s in 0..<states where !((p.forced[i] || fixed > 0) && s / 2 == 0) {
                scratch.pathCost[a * states + s] = scratch.now[s]
            }
        }
        // The county's sites together: the last year's tiers carry the demand with the reserve (capacity in
        // units rounded up, the need down: a weaker row, so still a relaxation) and enough sites open by the cover
        // year.
        let width = (needUnits + 1) * (centers + 1)
        scratch.dp.reset(width, to: none)
        scratch.step.reset(width, to: none)
        scratch.choice.reset(m * width, to: -1)
        scratch.from.reset(m * width, to: -1)
        scratch.dp[0] = 0
        for a in 0..<m {
            for x in 0..<width { scratch.step[x] = none }
            for x in 0..<width where scratch.dp[x] < none {
                let u = x / (centers + 1), c = x % (centers + 1)
                for s in 0..<states where scratch.pathCost[a * states + s] < none {
                    let k = s / 2 - 1
                    let u2 = min(needUnits, u + (k >= 0 ? capUnits[k] : 0)), c2 = min(centers, c + s % 2)
                    let y = u2 * (centers + 1) + c2, v = scratch.dp[x] + scratch.pathCost[a * states + s]
                    if v < scratch.step[y] {
                        scratch.step[y] = v
                        scratch.choice[a * width + y] = s
                        scratch.from[a * width + y] = x
                    }
                }
            }
            swap(&scratch.dp, &scratch.step)
        }
        let goal = needUnits * (centers + 1) + centers
        scratch.sitesValue = scratch.dp[goal]
        guard scratch.dp[goal] < none else { return none }  // no tiers carry the county: the model is infeasible
        value += scratch.dp[goal]
        // The chosen paths' villages, for the subgradient.
        var x = goal
        scratch.design.reset(m * years, to: -1)
        for a in stride(from: m - 1, through: 0, by: -1) {
            var s = scratch.choice[a * width + x]
            x = scratch.from[a * width + x]
            for t in stride(from: years - 1, through: 0, by: -1) {
                let k = s / 2 - 1
                if k >= 0 { serve(a, t, k, lambda, into: &served, sorting: &scratch.sorting) }
                scratch.design[a * years + t] = k
                s = scratch.back[(a * years + t) * states + s]
            }
        }
        return value
    }

    /// Site `a`'s fractional knapsack in year `t` for every tier: the villages whose price beats their transport,
    /// best value per parcel first, up to each tier's capacity.
    func fill(_ a: Int, _ t: Int, _ lambda: [[Double]], into knap: inout [Double], sorting: inout Sorting) {
        sortGains(a, t, lambda, sorting: &sorting)
        let row = cost[a * years + t], w = weight[t], base = (a * years + t) * tiers
        var k = 0, used = 0.0, total = 0.0
        for q in sorting.order {
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
        _ a: Int, _ t: Int, _ k: Int, _ lambda: [[Double]], into served: inout [[Double]], sorting: inout Sorting
    ) {
        sortGains(a, t, lambda, sorting: &sorting)
        let w = weight[t], capacity = p.tiers[k].parcelsPerDay
        var used = 0.0
        for q in sorting.order {
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

    /// `sorting.order`: the villages of site `a` with a negative reduced cost in year `t`, most negative per
    /// parcel first (free ones, of no parcels, first of all).
    func sortGains(_ a: Int, _ t: Int, _ lambda: [[Double]], sorting: inout Sorting) {
        let row = cost[a * years + t], w = weight[t]
        sorting.order.removeAll(keepingCapacity: true)
        if sorting.ratio.count < row.count { sorting.ratio = [Double](repeating: 0, count: row.count) }
        for (q, b) in reach[a].enumerated() {
            let gain = row[q] - lambda[t][b]
            guard gain < 0 else { continue }
            sorting.ratio[q] = w[b] > 0 ? gain / w[b] : -.infinity
            sorting.order.append(q)
        }
        let ratio = sorting.ratio
        sorting.order.sort { ratio[$0] != ratio[$1] ? ratio[$0] < ratio[$1] : $0 < $1 }
    }
}

extension Array {
    /// `count` copies of `value`, in the array's own storage when it is large enough.
    mutating func reset(_ count: Int, to value: Element) {
        removeAll(keepingCapacity: true)
        append(contentsOf: repeatElement(value, count: count))
    }
}

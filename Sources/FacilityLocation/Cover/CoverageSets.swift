// Which sites cover which clients within a radius: the incidence shared by covering models and p-center.

/// For a radius, the sites within reach of each client (CSR, ascending sites).
struct CoverageSets: Sendable {
    let clients: Int
    let sites: Int
    /// `start[j]..<start[j+1]` index the sites covering client j.
    let start: [Int]
    let site: [Int32]

    /// Pairs with `distance <= radius` (and `allowed`), excluding `closed` sites.
    init(distances: CostMatrix, radius: Double, closed: [Bool]? = nil) {
        clients = distances.clients
        sites = distances.sites
        var start = [0]
        var site: [Int32] = []
        start.reserveCapacity(clients + 1)
        for j in 0..<clients {
            for i in 0..<sites where distances[j, i] <= radius && !(closed?[i] ?? false) { site.append(Int32(i)) }
            start.append(site.count)
        }
        self.start = start
        self.site = site
    }

    /// Sites covering client `j`.
    func covering(_ j: Int) -> ArraySlice<Int32> { site[start[j]..<start[j + 1]] }

    /// Clients no site covers.
    var uncovered: [Int] { (0..<clients).filter { start[$0] == start[$0 + 1] } }

    /// Greedy set cover: repeatedly the site covering most uncovered weight per unit cost; `nil` when some
    /// client cannot be covered. `forced` sites are taken first.
    func greedyCover(costs: [Double], forced: [Int] = []) -> [Int]? {
        var covered = [Bool](repeating: false, count: clients)
        var byClient = [[Int]](repeating: [], count: sites)
        for j in 0..<clients { for i in covering(j) { byClient[Int(i)].append(j) } }
        var chosen = forced
        var isChosen = [Bool](repeating: false, count: sites)
        for i in forced {
            isChosen[i] = true
            for j in byClient[i] { covered[j] = true }
        }
        var left = covered.lazy.filter { !$0 }.count
        while left > 0 {
            var best = -1
            var bestRatio = -Double.infinity
            for i in 0..<sites where !isChosen[i] {
                let gain = byClient[i].reduce(0) { $0 + (covered[$1] ? 0 : 1) }
                if gain == 0 { continue }
                let ratio = Double(gain) / max(costs[i], 1e-9)
                if ratio > bestRatio { bestRatio = ratio; best = i }
            }
            if best < 0 { return nil }
            chosen.append(best)
            isChosen[best] = true
            for j in byClient[best] where !covered[j] { covered[j] = true; left -= 1 }
        }
        return chosen.sorted()
    }
}

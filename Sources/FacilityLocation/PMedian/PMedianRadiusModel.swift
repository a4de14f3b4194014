// The radius (covering) formulation of the p-median problem over candidate pairs, for GLPK and --export-lp.
import GLPK

/// Elloumi's (2010) formulation with chained rows, restricted to the candidate pairs of ``PMedianCandidates``.
///
/// For client `j` with distinct candidate costs `D_1 < ... < D_K`, `z_jk = 1` when no open site costs at most
/// `D_k`; the client pays `D_1 + sum_k (D_{k+1} - D_k) z_jk`. Rows `z_{j,k-1} - z_jk <= sum_{c_ij = D_k} y_i`
/// (with `z_j0 = 1` and `z_jK = 0`: every client is served by a candidate) link the levels, so each `y_i`
/// appears once per client and the model has about as many rows as candidate (client, cost) levels. Its LP
/// bound equals the classical strong formulation's. Columns: `y_i` first (one per site), then the `z`s.
struct PMedianRadiusModel {
    let model: Model
    /// Per client, the first column of its `z`s and its distinct costs.
    private let firstZ: [Int]
    private let levels: [[Double]]
    let sites: Int

    init(data: PMedianData, candidates: PMedianCandidates) {
        let n = data.n, m = data.m
        sites = m
        var model = Model(name: "pmedian_radius")
        for i in 0..<m {
            let lower: Double = candidates.forcedOpen[i] ? 1 : 0
            let upper: Double = candidates.closed[i] ? 0 : 1
            model.addVariable(name: "y_\(i + 1)", kind: .binary, lower: lower, upper: upper)
        }
        model.addConstraint(
            indices: Array(0..<m), coefficients: [Double](repeating: 1, count: m), .equal(Double(data.p)),
            name: "p")
        // Pairs regrouped by client.
        var byClient = [[(cost: Double, site: Int)]](repeating: [], count: n)
        for i in 0..<m where !candidates.closed[i] {
            for q in candidates.start[i]..<candidates.start[i + 1] {
                byClient[Int(candidates.client[q])].append((candidates.cost[q], i))
            }
        }
        var firstZ = [Int](repeating: 0, count: n)
        var levels = [[Double]](repeating: [], count: n)
        var constant = 0.0
        for j in 0..<n {
            let pairs = byClient[j].sorted { $0.cost < $1.cost || ($0.cost == $1.cost && $0.site < $1.site) }
            var costs: [Double] = []
            var groups: [[Int]] = []
            for (c, i) in pairs {
                if costs.last != c { costs.append(c); groups.append([]) }
                groups[groups.count - 1].append(i)
            }
            levels[j] = costs
            firstZ[j] = model.variableCount
            guard let first = costs.first else {
                // No candidate: the row 1 <= 0 makes the model infeasible, as it is.
                model.addConstraint(indices: [], coefficients: [], .greaterOrEqual(1), name: "serve_\(j + 1)")
                continue
            }
            constant += first
            let k = costs.count
            for level in 0..<(k - 1) {
                model.addVariable(kind: .continuous, lower: 0, upper: 1, objective: costs[level + 1] - costs[level])
            }
            for level in 0..<k {
                var indices = groups[level]
                var coefficients = [Double](repeating: -1, count: indices.count)
                if level > 0 { indices.append(firstZ[j] + level - 1); coefficients.append(1) }
                if level < k - 1 { indices.append(firstZ[j] + level); coefficients.append(-1) }
                model.addConstraint(indices: indices, coefficients: coefficients, .lessOrEqual(level == 0 ? -1 : 0))
            }
        }
        model.objectiveConstant = constant
        self.model = model
        self.firstZ = firstZ
        self.levels = levels
    }

    /// Column values for the open sites `open` (a warm start), or `nil` when some client has no candidate
    /// pair to them.
    func values(open: [Int], data: PMedianData) -> [Double]? {
        var v = [Double](repeating: 0, count: model.variableCount)
        for i in open { v[i] = 1 }
        for j in 0..<data.n {
            var nearest = Double.infinity
            for i in open { nearest = min(nearest, data.byClient[j * data.m + i]) }
            let costs = levels[j]
            guard let last = costs.last, nearest <= last, costs.contains(nearest) else { return nil }
            for level in 0..<(costs.count - 1) where costs[level] < nearest { v[firstZ[j] + level] = 1 }
        }
        return v
    }

    /// The open sites in column values `v`.
    func openSites(_ v: [Double]) -> [Int] { (0..<sites).filter { v[$0] > 0.5 } }
}

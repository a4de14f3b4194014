// The county-center MIP for GLPK over a group of villages and sites (one county, or all when coupled).
import GLPK

/// Rules that the diagnosis may drop to find out which one makes a model infeasible.
struct CountyCenterRelaxation: OptionSet, Sendable {
    let rawValue: Int
    static let capacities = CountyCenterRelaxation(rawValue: 1)
    static let budget = CountyCenterRelaxation(rawValue: 2)
    static let radius = CountyCenterRelaxation(rawValue: 4)
    static let centerCount = CountyCenterRelaxation(rawValue: 8)
    static let singleSource = CountyCenterRelaxation(rawValue: 16)
}

/// `min sum f_i y_i + sum c_ij x_ij` s.t. each village served once by allowed pairs, `x_ij <= y_i`,
/// `sum_j d_j x_ij <= s_i y_i`, the county rule on `sum y` per county, `sum f_i y_i <= budget`; existing
/// sites fixed open. Columns: one `y` per site of the group, then one `x` per allowed pair.
struct CountyCenterModel {
    let model: Model
    /// Global indices of the group's villages and sites.
    let clients: [Int]
    let sites: [Int]
    /// For each local village, its (local site, column) pairs.
    let pairs: [[(site: Int, column: Int)]]

    init(_ p: CountyCenterProblem, clients: [Int], sites: [Int], counties: [Int], relax: CountyCenterRelaxation = []) {
        self.clients = clients
        self.sites = sites
        var model = Model(name: "county_center")
        for i in sites {
            model.addVariable(
                name: "open_\(i + 1)", kind: .binary, lower: p.existing[i] ? 1 : 0,
                upper: p.closed[i] ? 0 : 1, objective: p.fixedCosts[i])
        }
        var relaxed = p
        if relax.contains(.radius) { relaxed.maxKm = nil; relaxed.maxMinutes = nil }
        let kind: VariableKind = p.singleSource && !relax.contains(.singleSource) ? .binary : .continuous
        var pairs = [[(site: Int, column: Int)]](repeating: [], count: clients.count)
        for (a, j) in clients.enumerated() {
            for (k, i) in sites.enumerated() where relaxed.allows(j, i) {
                let column = model.addVariable(kind: kind, lower: 0, upper: 1, objective: p.transportCost(j, i)).index
                pairs[a].append((k, column))
            }
        }
        for (a, j) in clients.enumerated() {
            let columns = pairs[a].map(\.column)
            model.addConstraint(
                indices: columns, coefficients: [Double](repeating: 1, count: columns.count), .equal(1),
                name: "serve_\(j + 1)")
            for (k, column) in pairs[a] {
                model.addConstraint(indices: [column, k], coefficients: [1, -1], .lessOrEqual(0))
            }
        }
        if !relax.contains(.capacities) {
            var load = [[(column: Int, demand: Double)]](repeating: [], count: sites.count)
            for (a, j) in clients.enumerated() {
                for (k, column) in pairs[a] { load[k].append((column, p.demands[j])) }
            }
            for (k, i) in sites.enumerated() {
                guard let capacity = p.capacities[i], !load[k].isEmpty else { continue }
                // A margin of the capacity stays free: GLPK's integrality tolerance (``LocationGLPK/capacityMargin``).
                let usable = capacity * (1 - LocationGLPK.capacityMargin)
                model.addConstraint(
                    indices: [k] + load[k].map(\.column), coefficients: [-usable] + load[k].map(\.demand),
                    .lessOrEqual(0), name: "capacity_\(i + 1)")
            }
        }
        if !relax.contains(.centerCount) {
            let range = p.centersPerCounty.range
            for c in counties {
                let inCounty = sites.indices.filter { p.siteCounty[sites[$0]] == c }
                let upper = Double(min(range.upperBound, inCounty.count))
                model.addConstraint(
                    indices: inCounty, coefficients: [Double](repeating: 1, count: inCounty.count),
                    .ranged(Double(range.lowerBound), upper), name: "county_\(c + 1)")
            }
        }
        if let budget = p.budget, !relax.contains(.budget) {
            model.addConstraint(
                indices: Array(sites.indices), coefficients: sites.map { p.fixedCosts[$0] },
                .lessOrEqual(budget), name: "budget")
        }
        self.model = model
        self.pairs = pairs
    }

    /// Column values of `assignment` (global site per local village), or `nil` if it uses a missing pair.
    func values(open: [Int], assignment: [Int]) -> [Double]? {
        values(open: open, allocation: assignment.map { [Share(site: $0, fraction: 1)] })
    }

    /// Column values of a plan (global sites, local villages), or `nil` if it uses a missing pair.
    func values(open: [Int], allocation: [[Share]]) -> [Double]? {
        var v = [Double](repeating: 0, count: model.variableCount)
        var local = [Int](repeating: -1, count: (sites.max() ?? -1) + 1)
        for (k, i) in sites.enumerated() { local[i] = k }
        func position(_ i: Int) -> Int? { i >= 0 && i < local.count && local[i] >= 0 ? local[i] : nil }
        for i in open { guard let k = position(i) else { return nil }; v[k] = 1 }
        for (a, shares) in allocation.enumerated() {
            for s in shares {
                guard let k = position(s.site), let pair = pairs[a].first(where: { $0.site == k }) else { return nil }
                v[pair.column] = s.fraction
            }
        }
        return v
    }

    /// The open sites (global) and each village's shares (global sites) in column values `v`.
    func plan(from v: [Double]) -> (open: [Int], allocation: [[Share]]) {
        let open = sites.indices.filter { v[$0] > 0.5 }.map { sites[$0] }
        let allocation = pairs.map { list -> [Share] in
            let used = list.filter { v[$0.column] > 1e-9 }
            let total = used.reduce(0.0) { $0 + v[$1.column] }
            return used.map { Share(site: sites[$0.site], fraction: v[$0.column] / total) }
        }
        return (open, allocation)
    }
}

// The strong (disaggregated) MIP of UFL/CFL for GLPK: what single-sourcing solves and --export-lp writes.
import GLPK

/// `min sum f_i y_i + sum c_ij x_ij` s.t. `sum_i x_ij = 1`, `sum_j d_j x_ij <= s_i y_i`, `x_ij <= y_i`,
/// `y` binary, `x` in [0, 1] (binary when single-source).
///
/// The variable upper bounds `x_ij <= y_i` make the LP bound strong (the aggregated capacity rows alone are
/// weak). Columns: `y_i` at `siteColumn(i)`, then `x_ij` at `pairColumn(i, j)`, site-major.
struct FacilityModel {
    let model: Model
    let n: Int, m: Int

    /// Builds the model; `closed` sites get no columns' freedom (y fixed at 0), `forcedOpen` ones y = 1.
    init(_ problem: FacilityProblem, forcedOpen: [Int] = [], closed: [Int] = []) {
        let n = problem.clients, m = problem.sites
        self.n = n
        self.m = m
        var model = Model(
            name: problem.singleSource ? "cfl_single_source" : (problem.capacities == nil ? "ufl" : "cfl"))
        for i in 0..<m {
            model.addVariable(name: "open_\(i + 1)", kind: .binary, objective: problem.fixedCosts[i])
        }
        for i in closed { model.setBounds(Variable(index: i), lower: 0, upper: 0) }
        for i in forcedOpen { model.setBounds(Variable(index: i), lower: 1, upper: 1) }
        let kind: VariableKind = problem.singleSource ? .binary : .continuous
        for i in 0..<m {
            for j in 0..<n {
                model.addVariable(
                    name: "x_\(i + 1)_\(j + 1)", kind: kind, lower: 0, upper: 1,
                    objective: problem.allocationCosts[j, i])
            }
        }
        var indices = [Int](repeating: 0, count: m)
        let ones = [Double](repeating: 1, count: m)
        for j in 0..<n {
            for i in 0..<m { indices[i] = m + i * n + j }
            model.addConstraint(indices: indices, coefficients: ones, .equal(1), name: "serve_\(j + 1)")
        }
        if let capacities = problem.capacities {
            for i in 0..<m {
                let row = [i] + (0..<n).map { m + i * n + $0 }
                model.addConstraint(
                    indices: row, coefficients: [-capacities[i]] + problem.demands, .lessOrEqual(0),
                    name: "capacity_\(i + 1)")
            }
        }
        for i in 0..<m {
            for j in 0..<n {
                model.addConstraint(indices: [m + i * n + j, i], coefficients: [1, -1], .lessOrEqual(0))
            }
        }
        self.model = model
    }

    /// The column of `y_i`.
    func siteColumn(_ i: Int) -> Int { i }
    /// The column of `x_ij`.
    func pairColumn(_ i: Int, _ j: Int) -> Int { m + i * n + j }

    /// Column values of a plan (for a warm start).
    func values(of solution: LocationSolution) -> [Double] {
        var v = [Double](repeating: 0, count: m + m * n)
        for i in solution.open { v[siteColumn(i)] = 1 }
        for (j, shares) in solution.allocation.enumerated() {
            for s in shares { v[pairColumn(s.site, j)] = s.fraction }
        }
        return v
    }

    /// The plan in column values `v` (fractions below 1e-9 dropped, the rest renormalised).
    func solution(from v: [Double]) -> LocationSolution {
        let open = (0..<m).filter { v[siteColumn($0)] > 0.5 }
        var allocation = [[Share]](repeating: [], count: n)
        for j in 0..<n {
            var total = 0.0
            for i in open where v[pairColumn(i, j)] > 1e-9 { total += v[pairColumn(i, j)] }
            for i in open where v[pairColumn(i, j)] > 1e-9 {
                allocation[j].append(Share(site: i, fraction: v[pairColumn(i, j)] / total))
            }
        }
        return LocationSolution(open: open, allocation: allocation)
    }
}

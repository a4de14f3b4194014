// Prices a fixed set of open sites exactly: the split-demand transportation LP, solved by GLPK.
import GLPK

/// The cheapest split allocation of every client to the open sites within their capacities:
///
///     min sum c_ij x_ij  s.t.  sum_i x_ij = 1 (clients),  sum_j d_j x_ij <= s_i (open sites),  x >= 0
///
/// Without capacities the answer is "each client at its cheapest open site" and no LP is built.
enum TransportationLP {
    /// The cost (fixed costs included) and allocation of serving every client from `open`, or `nil` when
    /// their capacity cannot hold the demand.
    static func price(
        _ data: FacilityData, open: [Int], verbose: Bool = false
    ) -> (cost: Double, solution: LocationSolution)? {
        let n = data.n
        if !data.capacitated {
            var assignment = [Int](repeating: open[0], count: n)
            for j in 0..<n {
                for i in open where data.cost(i, j) < data.cost(assignment[j], j) { assignment[j] = i }
            }
            let solution = LocationSolution(open: open, assignment: assignment)
            return (data.nearestCost(of: open), solution)
        }
        let k = open.count
        var model = Model(name: "transportation", direction: .minimize)
        model.objectiveConstant = open.reduce(0.0) { $0 + data.fixed[$1] }
        let columns = model.addVariables(count: k * n, kind: .continuous, lower: 0, upper: 1)
        for (a, i) in open.enumerated() {
            for j in 0..<n { model.setObjective(Variable(index: columns.lowerBound + a * n + j), data.cost(i, j)) }
        }
        var indices = [Int](repeating: 0, count: k)
        let ones = [Double](repeating: 1, count: k)
        for j in 0..<n {
            for a in 0..<k { indices[a] = columns.lowerBound + a * n + j }
            model.addConstraint(indices: indices, coefficients: ones, .equal(1))
        }
        let rowIndices = Array(0..<n)
        for (a, i) in open.enumerated() {
            model.addConstraint(
                indices: rowIndices.map { columns.lowerBound + a * n + $0 }, coefficients: data.demands,
                .lessOrEqual(data.capacity[i]))
        }
        guard let result = try? model.solve(SolveOptions(verbose: verbose)), result.status == .optimal,
            let objective = result.objective
        else { return nil }
        var allocation = [[Share]](repeating: [], count: n)
        for (a, i) in open.enumerated() {
            for j in 0..<n {
                let x = result.values[columns.lowerBound + a * n + j]
                if x > 1e-9 { allocation[j].append(Share(site: i, fraction: x)) }
            }
        }
        for j in 0..<n { allocation[j].sort { $0.site < $1.site } }
        return (objective, LocationSolution(open: open, allocation: allocation))
    }
}

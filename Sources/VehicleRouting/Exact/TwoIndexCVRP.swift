// Exact CVRP for small instances: the two-index model with rounded capacity cuts added lazily, by GLPK.
import GLPK
import SolverControl

/// What ``TwoIndexCVRP/solve(data:warmStart:budget:)`` proves.
public struct ExactResult: Sendable {
    /// The best routes found (nil if none).
    public var solution: Solution?
    /// Their cost.
    public var cost: Int?
    /// The proven lower bound on the optimal cost.
    public var bound: Double?
    /// Whether ``solution`` is proven optimal.
    public var isOptimal: Bool
    /// Wall-clock seconds of the branch-and-cut.
    public var seconds: Double
    /// Rounded capacity cuts added during the search.
    public var cutsAdded: Int
    /// Branch-and-bound nodes explored.
    public var nodes: Int
}

/// The two-index CVRP formulation (Laporte and Nobert 1983) solved by GLPK's branch-and-cut, with rounded
/// capacity inequalities x(δ(S)) ≥ 2⌈q(S)/Q⌉ separated in GLPK's row-generation callback
/// (``CapacityCutSeparator``); they include subtour elimination.
///
/// One binary x_e per client-client edge, an integer x_e ∈ {0, 1, 2} per depot edge (2 = a one-client route),
/// degree 2 at every client, and between 2⌈Σq/Q⌉ and 2K at the depot for a fleet of K. Meant for instances up
/// to about 30 clients with a symmetric matrix; the hybrid genetic search's best solution is the warm start.
public enum TwoIndexCVRP {
    /// Solves `data` exactly within `budget`, starting from `warmStart` if given.
    ///
    /// - Throws: ``RoutingError`` for data outside the model (asymmetric distances, several depots or vehicle
    ///   types, other unsupported features) or when GLPK rejects the model.
    public static func solve(data: ProblemData, warmStart: Solution?, budget: TimeBudget) throws -> ExactResult {
        guard data.isPlainCVRP else {
            let features = data.richFeatures.joined(separator: ", ")
            throw RoutingError.badInput("the exact model does not handle \(features)")
        }
        guard data.distances.isSymmetric else {
            throw RoutingError.badInput("the exact two-index model needs a symmetric distance matrix")
        }
        let type = data.vehicleTypes[0]
        guard type.fixedCost == 0 else { throw RoutingError.badInput("the exact model does not handle fixed costs") }
        let n = data.numClients
        let demand = [0] + data.clients.map(\.delivery)
        let separator = CapacityCutSeparator(n: n, demand: demand, capacity: type.capacity)
        var model = Model(name: "cvrp_two_index")
        for i in 0...n {
            for j in (i + 1)..<(n + 1) {
                let cost = Double(data.distances[i, j] * type.unitDistanceCost)
                if i == 0 {
                    model.addVariable(kind: .integer, lower: 0, upper: 2, objective: cost)
                } else {
                    model.addVariable(kind: .binary, objective: cost)
                }
            }
        }
        for i in 1...n {
            let columns = (0...n).filter { $0 != i }.map { separator.column(i, $0) }
            model.addConstraint(
                indices: columns, coefficients: [Double](repeating: 1, count: columns.count),
                .equal(2))
        }
        let minimumRoutes = data.loadBoundRoutes(capacity: type.capacity)
        let depotColumns = (1...n).map { separator.column(0, $0) }
        let ones = [Double](repeating: 1, count: n)
        if let count = type.count {
            guard count >= minimumRoutes else {
                throw RoutingError.infeasible("the demand needs at least \(minimumRoutes) vehicles; there are \(count)")
            }
            model.addConstraint(
                indices: depotColumns, coefficients: ones,
                .ranged(Double(2 * minimumRoutes), Double(2 * count)))
        } else {
            model.addConstraint(indices: depotColumns, coefficients: ones, .greaterOrEqual(Double(2 * minimumRoutes)))
        }
        var options = SolveOptions(
            timeLimit: budget.remaining, relativeGap: 0, cuts: [.gomory, .mir],
            cancellation: budget.cancellation)
        options.lazyConstraints = { context in
            separator.separate(context.values).map { row in
                LazyRow(
                    indices: row.columns, coefficients: [Double](repeating: 1, count: row.columns.count),
                    bound: .greaterOrEqual(row.rhs))
            }
        }
        if let warmStart, RouteVerifier.verify(warmStart, data: data).isFeasible {
            options.warmStart = edgeValues(warmStart, separator: separator)
        }
        let result: GLPK.Solution
        do {
            result = try model.solve(options)
        } catch {
            throw RoutingError.badInput("GLPK: \(error)")
        }
        var solution: Solution?
        if result.hasSolution { solution = routes(from: result.values, separator: separator) }
        let cost = solution.map { RouteVerifier.verify($0, data: data).cost }
        return ExactResult(
            solution: solution, cost: cost, bound: result.bound, isOptimal: result.status == .optimal,
            seconds: result.seconds, cutsAdded: result.lazyRowsAdded, nodes: result.nodes)
    }

    /// The edge values of a solution's routes.
    static func edgeValues(_ solution: Solution, separator: CapacityCutSeparator) -> [Double] {
        var x = [Double](repeating: 0, count: separator.edgeCount)
        for route in solution.routes {
            var previous = 0
            for location in route.visits {
                x[separator.column(previous, location)] += 1
                previous = location
            }
            x[separator.column(previous, 0)] += 1
        }
        return x
    }

    /// The routes of an integral edge vector: walks from the depot along used edges.
    static func routes(from x: [Double], separator: CapacityCutSeparator) -> Solution {
        let n = separator.n
        var used = x.map { Int($0.rounded()) }
        var visits: [[Int]] = []
        for start in 1...max(1, n) where n > 0 && used[separator.column(0, start)] > 0 {
            while used[separator.column(0, start)] > 0 {
                used[separator.column(0, start)] -= 1
                var route = [start], previous = 0, current = start
                while true {
                    guard
                        let next = (0...n).first(where: {
                            $0 != current && $0 != previous && used[separator.column(current, $0)] > 0 && $0 != 0
                        }) ?? (used[separator.column(current, 0)] > 0 ? 0 : nil)
                    else { break }
                    used[separator.column(current, next)] -= 1
                    if next == 0 { break }
                    route.append(next)
                    previous = current
                    current = next
                }
                visits.append(route)
            }
        }
        return Solution(visits: visits)
    }
}

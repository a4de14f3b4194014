// The branch-and-cut callback: lazy subtour cuts on a TSP, warm starts that GLPK uses, cancellation.
import Foundation
import SolverControl
import Synchronization
import Testing

@testable import GLPK

@Suite struct SearchMonitorTests {
    /// A symmetric TSP on 12 cities with integer distances (rounded Euclidean), seeded.
    struct TSP {
        let n = 12
        let distance: [[Double]]

        /// Three far-apart clusters of four cities: the degree-2 relaxation alone closes three subtours.
        init(seed: UInt64) {
            var random = SeededGenerator(seed: seed)
            let centres = [(0.0, 0.0), (1000.0, 200.0), (400.0, 900.0)]
            let points = (0..<12).map { k in
                (centres[k % 3].0 + Double(random.next(below: 200)), centres[k % 3].1 + Double(random.next(below: 200)))
            }
            distance = points.map { a in
                points.map { b in ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)).squareRoot().rounded() }
            }
        }

        /// The optimal tour length by Held-Karp dynamic programming over subsets (independent of GLPK).
        func heldKarp() -> Double {
            let full = 1 << (n - 1)  // subsets of cities 1..n-1
            var cost = [Double](repeating: .infinity, count: full * n)
            for j in 1..<n { cost[(1 << (j - 1)) * n + j] = distance[0][j] }
            for set in 1..<full {
                for last in 1..<n where set & (1 << (last - 1)) != 0 {
                    let current = cost[set * n + last]
                    if current == .infinity { continue }
                    for next in 1..<n where set & (1 << (next - 1)) == 0 {
                        let extended = set | (1 << (next - 1))
                        cost[extended * n + next] = min(cost[extended * n + next], current + distance[last][next])
                    }
                }
            }
            return (1..<n).map { cost[(full - 1) * n + $0] + distance[$0][0] }.min()!
        }

        /// Edges i < j in a fixed order, one binary column each, and the degree-2 rows only.
        func model() -> (Model, edges: [(Int, Int)]) {
            var model = Model(name: "tsp12")
            var edges: [(Int, Int)] = []
            for i in 0..<n {
                for j in (i + 1)..<n {
                    model.addVariable(name: "x[\(i),\(j)]", kind: .binary, objective: distance[i][j])
                    edges.append((i, j))
                }
            }
            for city in 0..<n {
                let incident = edges.indices.filter { edges[$0].0 == city || edges[$0].1 == city }
                model.addConstraint(
                    indices: incident, coefficients: incident.map { _ in 1 }, .equal(2), name: "degree[\(city)]")
            }
            return (model, edges)
        }

        /// Connected components of the graph of edges with value above `threshold`.
        func components(_ values: [Double], _ edges: [(Int, Int)], threshold: Double) -> [[Int]] {
            var parent = Array(0..<n)
            func root(_ v: Int) -> Int { parent[v] == v ? v : root(parent[v]) }
            for (e, (i, j)) in edges.enumerated() where values[e] > threshold { parent[root(i)] = root(j) }
            return Dictionary(grouping: 0..<n, by: root).values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        }
    }

    @Test func twelveCityTSPReachesTheOptimumWithSubtourCutsOnlyFromTheCallback() throws {
        let tsp = TSP(seed: 2024)
        let (model, edges) = tsp.model()
        #expect(model.constraintCount == 12)  // degree rows only: no subtour elimination up front
        let calls = Mutex(0)
        let options = SolveOptions(lazyConstraints: { context in
            calls.withLock { $0 += 1 }
            // Components of the support graph: for an integral point these are its subtours. A set S
            // that is not everything needs at least two edges leaving it.
            let parts = tsp.components(context.values, edges, threshold: context.isIntegral ? 0.5 : 1e-6)
            guard parts.count > 1 else { return [] }
            return parts.map { part in
                let inside = Set(part)
                let crossing = edges.indices.filter { inside.contains(edges[$0].0) != inside.contains(edges[$0].1) }
                return LazyRow(indices: crossing, coefficients: crossing.map { _ in 1 }, bound: .greaterOrEqual(2))
            }
        })
        let solution = try model.solve(options)
        #expect(solution.status == .optimal)
        #expect(solution.objective == tsp.heldKarp())
        #expect(solution.lazyRowsAdded > 0)
        #expect(calls.withLock { $0 } > 0)
        #expect(model.violations(in: solution.values).isEmpty)
        #expect(tsp.components(solution.values, edges, threshold: 0.5).count == 1)  // one tour, no subtours
    }

    @Test func withoutTheCallbackTheSameModelStopsAtSubtours() throws {
        let tsp = TSP(seed: 2024)
        let (model, edges) = tsp.model()
        let solution = try model.solve()
        #expect(solution.objective! < tsp.heldKarp())
        #expect(tsp.components(solution.values, edges, threshold: 0.5).count > 1)
    }

    @Test func malformedLazyRowsStopTheSolveWithAnError() {
        let (model, _) = TSP(seed: 1).model()
        let options = SolveOptions(lazyConstraints: { _ in
            [
                LazyRow(indices: [0, 0], coefficients: [1, 1], bound: .lessOrEqual(1)),
                LazyRow(indices: [99], coefficients: [1], bound: .lessOrEqual(1)),
            ]
        })
        #expect(
            throws: GLPKError.invalidLazyRows([
                "lazy row 0 (callback call with 1 nodes): column 0 appears more than once",
                "lazy row 1 (callback call with 1 nodes): column index 99 is out of range (the model has 66 columns)",
            ])
        ) { try model.solve(options) }
    }

    @Test func warmStartIsTheIncumbentGLPKReturnsWhenStoppedAfterTheRoot() throws {
        let model = TestModels.marketSplit()
        // x = 0 with every row's slack p_i = d_i: feasible, and far worse than anything GLPK finds itself.
        var warmStart = [Double](repeating: 0, count: model.variableCount)
        for (i, bound) in model.rowBounds.enumerated() {
            if case .equal(let d) = bound { warmStart[30 + 2 * i] = d }
        }
        #expect(model.violations(in: warmStart).isEmpty)
        // The lazy callback adds nothing. Call 1 checks the warm start, call 2 is the root (after which GLPK
        // asks for a heuristic solution and gets the warm start), call 3 is the next node: tripping the
        // token there ends the search right after the root.
        let token = CancellationToken()
        let calls = Mutex(0)
        let options = SolveOptions(
            warmStart: warmStart,
            lazyConstraints: { _ in
                if calls.withLock({
                    $0 += 1; return $0
                }) == 3 {
                    token.cancel()
                }
                return []
            }, cancellation: token)
        let solution = try model.solve(options)
        #expect(solution.warmStartAccepted == true)
        #expect(solution.stopReason == .cancelled)
        #expect(solution.status == .feasible)
        #expect(solution.values == warmStart.map { $0.rounded() })
        #expect(solution.objective == model.objectiveValue(at: warmStart))
    }

    @Test func optimalWarmStartIsAcceptedAndNeverHurts() throws {
        let model = TestModels.knapsack()
        let cold = try model.solve(SolveOptions(presolve: false))
        let warm = try model.solve(SolveOptions(warmStart: cold.values))
        #expect(warm.warmStartAccepted == true)
        #expect(warm.status == .optimal && warm.objective == 309)
        #expect(warm.nodes <= cold.nodes)
    }

    @Test func warmStartViolatingALazyConstraintIsRejected() {
        let tsp = TSP(seed: 5)
        let (model, edges) = tsp.model()
        // Two 6-city cycles: degree rows hold, the subtour cuts do not.
        var values = [Double](repeating: 0, count: edges.count)
        for cycle in [[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]] {
            for k in 0..<6 {
                let (a, b) = (min(cycle[k], cycle[(k + 1) % 6]), max(cycle[k], cycle[(k + 1) % 6]))
                values[edges.firstIndex { $0 == (a, b) }!] = 1
            }
        }
        let options = SolveOptions(
            warmStart: values,
            lazyConstraints: { context in
                let parts = tsp.components(context.values, edges, threshold: 0.5)
                guard parts.count > 1 else { return [] }
                let inside = Set(parts[0])
                let crossing = edges.indices.filter { inside.contains(edges[$0].0) != inside.contains(edges[$0].1) }
                return [LazyRow(indices: crossing, coefficients: crossing.map { _ in 1 }, bound: .greaterOrEqual(2))]
            })
        #expect(throws: GLPKError.infeasibleWarmStart(["lazy row 0 returned for the warm start is violated by 2.0"])) {
            try model.solve(options)
        }
    }

    @Test func cancellationFromTheCallbackBeforeAnyIncumbent() throws {
        let token = CancellationToken()
        let options = SolveOptions(
            lazyConstraints: { _ in
                token.cancel(); return []
            }, cancellation: token)
        let solution = try TestModels.marketSplit().solve(options)
        #expect(solution.status == .noSolution)
        #expect(solution.stopReason == .cancelled)
        #expect(solution.values.isEmpty)
    }

    @Test func aSearchStoppedBeforeAnyIncumbentKeepsItsBound() throws {
        // min x + y with 2x + 2y >= 7 in integers: the LP gives 3.5 and no integer point, the optimum is 4.
        var model = Model()
        let x = model.addVariable(kind: .integer, lower: 0, upper: 10, objective: 1)
        let y = model.addVariable(kind: .integer, lower: 0, upper: 10, objective: 1)
        model.addConstraint([(x, 2), (y, 2)], .greaterOrEqual(7))
        let token = CancellationToken()
        let options = SolveOptions(
            lazyConstraints: { _ in
                token.cancel(); return []
            }, cancellation: token)
        let solution = try model.solve(options)
        #expect(solution.status == .noSolution && solution.stopReason == .cancelled)
        // GLPK may round the LP's 3.5 up: the objective has whole coefficients on integer columns.
        #expect(
            solution.bound.map { $0 >= 3.5 - 1e-9 && $0 <= 4 + 1e-9 } == true, "\(String(describing: solution.bound))")
    }

    @Test func cancellationFromAnotherThreadStopsTheSearch() throws {
        let model = TestModels.marketSplit(rows: 5, columns: 40)
        let token = CancellationToken()
        let outcome = Mutex<Result<Solution, GLPKError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread {
            let result = Result { () throws(GLPKError) -> Solution in
                try model.solve(SolveOptions(timeLimit: 120, cancellation: token))
            }
            outcome.withLock { $0 = result }
            done.signal()
        }.start()
        Thread.sleep(forTimeInterval: 0.3)
        token.cancel()
        done.wait()
        let solution = try #require(outcome.withLock { $0 }).get()
        #expect(solution.stopReason == .cancelled)
        #expect(solution.status == .feasible || solution.status == .noSolution)
        if solution.hasSolution { #expect(model.violations(in: solution.values).isEmpty) }
    }

    @Test func boundIsTrackedAndNeverPassesTheIncumbent() throws {
        let solution = try TestModels.marketSplit().solve(SolveOptions(timeLimit: 0.3, presolve: false))
        let bound = try #require(solution.bound)
        #expect(bound >= 0)  // the LP bound of a sum of slacks
        #expect(bound <= solution.objective!)
    }
}

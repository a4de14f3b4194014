// Small models with independently known optima, shared by the GLPK tests.
import GLPK
import SolverControl

enum TestModels {
    /// Burkardt's knapsack P01: capacity 165, optimum 309 (items 0, 1, 2, 3, 5).
    static let knapsackWeights: [Double] = [23, 31, 29, 44, 53, 38, 63, 85, 89, 82]
    static let knapsackProfits: [Double] = [92, 57, 49, 68, 60, 43, 67, 84, 87, 72]
    static let knapsackCapacity = 165.0

    static func knapsack() -> Model {
        var model = Model(name: "knapsack_p01", direction: .maximize)
        for (j, profit) in knapsackProfits.enumerated() {
            model.addVariable(name: "take[\(j)]", kind: .binary, objective: profit)
        }
        model.addConstraint(
            indices: Array(0..<knapsackWeights.count), coefficients: knapsackWeights,
            .lessOrEqual(knapsackCapacity), name: "capacity")
        return model
    }

    /// The best knapsack profit by dynamic programming over integral capacities.
    static func knapsackByDynamicProgramming(weights: [Double], profits: [Double], capacity: Double) -> Double {
        let c = Int(capacity)
        var best = [Double](repeating: 0, count: c + 1)
        for (w, p) in zip(weights.map { Int($0) }, profits) where w <= c {
            for room in stride(from: c, through: w, by: -1) { best[room] = max(best[room], best[room - w] + p) }
        }
        return best[c]
    }

    /// An uncapacitated facility location instance: opening costs and assignment costs on a grid.
    struct FacilityLocation {
        var openingCost: [Double]
        var assignmentCost: [[Double]]  // [facility][customer]

        init(facilities: Int, customers: Int, seed: UInt64) {
            var random = SeededGenerator(seed: seed)
            let sites = (0..<facilities).map { _ in (random.nextDouble() * 100, random.nextDouble() * 100) }
            let towns = (0..<customers).map { _ in (random.nextDouble() * 100, random.nextDouble() * 100) }
            openingCost = (0..<facilities).map { _ in 80 + (random.nextDouble() * 120).rounded() }
            assignmentCost = sites.map { site in
                towns.map { town in
                    let dx = site.0 - town.0
                    let dy = site.1 - town.1
                    return (dx * dx + dy * dy).squareRoot().rounded()
                }
            }
        }

        /// The model: open[i] binary, serve[i][k] continuous in [0, 1].
        func model() -> (Model, open: [Variable]) {
            var model = Model(name: "ufl")
            let open = openingCost.enumerated().map { i, cost in
                model.addVariable(name: "open[\(i)]", kind: .binary, objective: cost)
            }
            let customers = assignmentCost[0].count
            var serve: [[Variable]] = []
            for i in openingCost.indices {
                serve.append(
                    (0..<customers).map { k in
                        model.addVariable(name: "serve[\(i),\(k)]", upper: 1, objective: assignmentCost[i][k])
                    })
            }
            for k in 0..<customers {
                model.addConstraint(openingCost.indices.map { (serve[$0][k], 1.0) }, .equal(1), name: "assign[\(k)]")
                for i in openingCost.indices {
                    model.addConstraint([(serve[i][k], 1), (open[i], -1)], .lessOrEqual(0), name: "link[\(i),\(k)]")
                }
            }
            return (model, open)
        }

        /// The optimum by trying every non-empty set of open facilities.
        func optimumByEnumeration() -> Double {
            let facilities = openingCost.count
            var best = Double.infinity
            for mask in 1..<(1 << facilities) {
                let open = (0..<facilities).filter { mask & (1 << $0) != 0 }
                var cost = open.reduce(0) { $0 + openingCost[$1] }
                for k in assignmentCost[0].indices { cost += open.map { assignmentCost[$0][k] }.min()! }
                best = min(best, cost)
            }
            return best
        }
    }

    /// A market-split instance (Cornuéjols and Dawande) in its slack form: binary x with
    /// `Σ a_ij x_j + p_i - q_i = d_i`, minimise `Σ p_i + q_i`. Every a_ij is even and every d_i odd, so the
    /// optimum is at least `rows` while the LP bound is 0: GLPK finds incumbents at once and cannot close
    /// the gap for minutes, so a short time limit always stops it with an incumbent and a gap.
    static func marketSplit(rows: Int = 4, columns: Int = 30, seed: UInt64 = 1) -> Model {
        var random = SeededGenerator(seed: seed)
        var model = Model(name: "market_split")
        let x = model.addVariables(count: columns, kind: .binary)
        for _ in 0..<rows {
            let a = (0..<columns).map { _ in Double(2 * random.next(below: 50)) }
            var d = (a.reduce(0, +) / 2).rounded(.down)
            if d.truncatingRemainder(dividingBy: 2) == 0 { d += 1 }
            let p = model.addVariable(objective: 1)
            let q = model.addVariable(objective: 1)
            model.addConstraint(indices: Array(x) + [p.index, q.index], coefficients: a + [1, -1], .equal(d))
        }
        return model
    }
}

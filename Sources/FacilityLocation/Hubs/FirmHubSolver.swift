// Builds the firm-hub MIP for GLPK and solves it, warm-started from the cheapest hub of every firm.
import GLPK
import SolverControl

/// Solves ``FirmHubProblem`` exactly with GLPK (branch-and-cut; Datong's 8 firms x 15 hubs: docs/policy-sweep.md).
public struct FirmHubSolver: Sendable {
    /// Time limit, cancellation, verbosity, export.
    public var options: LocationOptions

    /// Creates a solver.
    public init(options: LocationOptions = LocationOptions()) { self.options = options }

    /// Solves `p`; the plan is `nil` when GLPK found none in time. Throws for infeasible hub counts and capacities.
    public func solve(_ p: FirmHubProblem) throws(LocationError) -> (result: LocationResult, plan: FirmHubPlan?) {
        let budget = options.budget()
        let allowed = (0..<p.hubs).filter { !p.hubClosed[$0] }
        if allowed.count < p.hubCount.lowerBound {
            throw .infeasible(
                "only \(allowed.count) hub candidates may open; the plan needs at least \(p.hubCount.lowerBound)")
        }
        if p.hubExisting.filter({ $0 }).count > p.hubCount.upperBound {
            throw .infeasible(
                "\(p.hubExisting.filter { $0 }.count) existing hubs, more than the \(p.hubCount.upperBound) allowed")
        }
        if p.hubCount.lowerBound > p.firms {
            throw .infeasible(
                "\(p.hubCount.lowerBound) hubs asked but only \(p.firms) firms to build them (a hub needs a firm)")
        }
        let largest = allowed.map { p.hubCapacities[$0] ?? .infinity }.max() ?? 0
        if let f = (0..<p.firms).first(where: { p.firmLoad[$0] > largest }) {
            throw .infeasible(
                "\(p.firmNames[f]) handles \(Int(p.firmLoad[f])) parcels a day, more than any hub holds (\(Int(largest)))"
            )
        }
        var m = Model(name: "firm_hubs")
        let nf = p.firms, nh = p.hubs
        var hubColumn: [Int] = [], firmColumn = [Int](repeating: 0, count: nf * nh)
        for h in 0..<nh {
            hubColumn.append(
                m.addVariable(
                    name: "hub_\(h + 1)", kind: .binary, lower: p.hubExisting[h] ? 1 : 0,
                    upper: p.hubClosed[h] ? 0 : 1, objective: p.hubFixedCosts[h]
                ).index)
        }
        for f in 0..<nf {
            for h in 0..<nh {
                firmColumn[f * nh + h] =
                    m.addVariable(
                        name: "firm_\(f + 1)_hub_\(h + 1)", kind: .binary,
                        upper: p.hubClosed[h] ? 0 : 1, objective: p.lineCost[f * nh + h]
                    ).index
            }
            let row = (0..<nh).map { firmColumn[f * nh + $0] }
            m.addConstraint(
                indices: row, coefficients: [Double](repeating: 1, count: nh), .equal(1), name: "firm_\(f + 1)")
        }
        m.addConstraint(
            indices: hubColumn, coefficients: [Double](repeating: 1, count: nh),
            .ranged(Double(p.hubCount.lowerBound), Double(p.hubCount.upperBound)), name: "hub_count")
        for h in 0..<nh {
            let users = (0..<nf).map { firmColumn[$0 * nh + h] }
            for u in users { m.addConstraint(indices: [u, hubColumn[h]], coefficients: [1, -1], .lessOrEqual(0)) }
            m.addConstraint(
                indices: [hubColumn[h]] + users, coefficients: [1] + [Double](repeating: -1, count: nf),
                .lessOrEqual(0), name: "hub_used_\(h + 1)")
            if let cap = p.hubCapacities[h] {
                m.addConstraint(
                    indices: users + [hubColumn[h]], coefficients: p.firmLoad + [-cap], .lessOrEqual(0),
                    name: "hub_capacity_\(h + 1)")
            }
        }
        var subsidyColumn: [Int] = []
        if p.subsidyShare > 0 && p.subsidyCap > 0 {
            for f in 0..<nf {
                let s = m.addVariable(
                    name: "subsidy_\(f + 1)", kind: .continuous, lower: 0, upper: p.subsidyCap, objective: -1
                ).index
                subsidyColumn.append(s)
                m.addConstraint(
                    indices: [s] + (0..<nh).map { firmColumn[f * nh + $0] },
                    coefficients: [1] + (0..<nh).map { -p.subsidyShare * p.subsidisedTolls[f * nh + $0] },
                    .lessOrEqual(0), name: "subsidy_share_\(f + 1)")
            }
        }
        if p.awardPerYear > 0 {
            var coverColumn: [Int] = []
            for h in 0..<nh {
                let q = m.addVariable(name: "covers_\(h + 1)", kind: .binary).index
                coverColumn.append(q)
                m.addConstraint(
                    indices: [q] + (0..<nf).map { firmColumn[$0 * nh + h] },
                    coefficients: [p.awardCoverage * p.totalLoad] + p.firmLoad.map { -$0 },
                    .lessOrEqual(0), name: "coverage_\(h + 1)")
            }
            for f in 0..<nf {
                let a = m.addVariable(name: "award_\(f + 1)", kind: .binary, objective: -p.awardPerYear).index
                var reach: [Int] = []
                for h in 0..<nh {
                    let r = m.addVariable(kind: .continuous, lower: 0, upper: 1).index
                    reach.append(r)
                    m.addConstraint(indices: [r, firmColumn[f * nh + h]], coefficients: [1, -1], .lessOrEqual(0))
                    m.addConstraint(indices: [r, coverColumn[h]], coefficients: [1, -1], .lessOrEqual(0))
                }
                m.addConstraint(
                    indices: [a] + reach, coefficients: [1] + [Double](repeating: -1, count: nh),
                    .lessOrEqual(0), name: "award_once_\(f + 1)")
            }
        }
        if let path = options.exportLP { try LocationGLPK.export(m, to: path) }
        let outcome = try LocationGLPK.solve(m, options: options, budget: budget, warmStart: nil)
        guard let v = outcome.values else {
            if outcome.status == .infeasible {
                throw .infeasible(
                    "GLPK proved the firm-hub model infeasible: the hub count, capacities and firms do not fit")
            }
            return (LocationGLPK.withoutPlan(outcome, seconds: budget.elapsed, what: "firm-hub"), nil)
        }
        // Read the assignment; subsidies and awards are recomputed from it (the optimum sets them so anyway).
        let hubOf = (0..<nf).map { f in (0..<nh).first { v[firmColumn[f * nh + $0]] > 0.5 } ?? 0 }
        let plan = Self.plan(p, hubOf: hubOf)
        let solution = LocationSolution(open: plan.open, allocation: hubOf.map { [Share(site: $0, fraction: 1)] })
        return (
            LocationResult(
                solution: solution, objective: plan.total, bound: min(outcome.bound, plan.total),
                status: outcome.status, seconds: budget.elapsed, statistics: outcome.statistics), plan
        )
    }

    /// The plan of an assignment of firms to hubs, with its costs.
    public static func plan(_ p: FirmHubProblem, hubOf: [Int]) -> FirmHubPlan {
        var load = [Double](repeating: 0, count: p.hubs)
        for f in 0..<p.firms { load[hubOf[f]] += p.firmLoad[f] }
        let cost = p.cost(hubOf: hubOf)
        var plan = FirmHubPlan(
            hubOf: hubOf, open: Set(hubOf).sorted(),
            subsidy: (0..<p.firms).map { p.subsidy(firm: $0, hub: hubOf[$0]) },
            awarded: (0..<p.firms).map { p.awardPerYear > 0 && p.covers(load: load[hubOf[$0]]) })
        plan.fixed = cost.fixed; plan.lines = cost.lines; plan.subsidyTotal = cost.subsidy
        plan.award = cost.award; plan.total = cost.total
        return plan
    }
}

// Builds the firm-hub MIP (shared hubs, firms on several hubs, integer trips) for GLPK and solves it.
import GLPK
import SolverControl

/// Solves ``FirmHubProblem`` exactly with GLPK (branch-and-cut; Datong's 8 firms x 10 centers x 15 hubs x 10
/// gateways: docs/policy-sweep.md).
public struct FirmHubSolver: Sendable {
    /// Time limit, cancellation, verbosity, export.
    public var options: LocationOptions

    /// Creates a solver.
    public init(options: LocationOptions = LocationOptions()) { self.options = options }

    /// Solves `p`; the plan is `nil` when GLPK found none in time. Throws for infeasible hub counts and capacities.
    public func solve(_ p: FirmHubProblem) throws(LocationError) -> (result: LocationResult, plan: FirmHubPlan?) {
        let budget = options.budget()
        try Self.checkFeasible(p)
        var m = Model(name: "firm_hubs")
        let nf = p.firms, nh = p.hubs, nc = p.centers
        let hubColumn = (0..<nh).map { h in
            m.addVariable(
                name: "hub_\(h + 1)", kind: .binary, lower: p.hubExisting[h] ? 1 : 0, upper: p.hubClosed[h] ? 0 : 1,
                objective: p.hubFixedCosts[h]
            ).index
        }
        let closedUpper: [Double] = p.hubClosed.map { $0 ? 0 : 1 }
        // y: a center's parcels of a firm on a hub (-1 where the firm has none); z: the firm's main hub.
        var y = [Int](repeating: -1, count: nf * nc * nh), z = [Int](repeating: -1, count: nf * nh)
        var uses = [[Int]](repeating: [], count: nf * nh)  // columns that put firm f on hub h
        var hubLoadTerms = [(columns: [Int], loads: [Double])](repeating: ([], []), count: nh)
        for f in 0..<nf {
            let flows = p.flows[f]
            for c in 0..<nc where flows.usesCenter(c) {
                for h in 0..<nh {
                    let col = m.addVariable(
                        kind: .binary, upper: closedUpper[h], objective: p.feederCost[(f * nc + c) * nh + h]
                    ).index
                    y[(f * nc + c) * nh + h] = col
                    uses[f * nh + h].append(col)
                    hubLoadTerms[h].columns.append(col); hubLoadTerms[h].loads.append(flows.down[c] + flows.up[c])
                }
                m.addConstraint(
                    indices: (0..<nh).map { y[(f * nc + c) * nh + $0] },
                    coefficients: [Double](repeating: 1, count: nh),
                    .equal(1), name: "center_\(f + 1)_\(c + 1)")
            }
            let atMain = flows.warehouse + flows.transitTotal
            for h in 0..<nh {
                let col = m.addVariable(name: "main_\(f + 1)_\(h + 1)", kind: .binary, upper: closedUpper[h]).index
                z[f * nh + h] = col
                hubLoadTerms[h].columns.append(col); hubLoadTerms[h].loads.append(atMain)
                // Nothing starts at a main hub without warehouse or transit: it must be one the centers use.
                if atMain <= 1e-9 && !uses[f * nh + h].isEmpty {
                    m.addConstraint(
                        indices: [col] + uses[f * nh + h],
                        coefficients: [1] + [Double](repeating: -1, count: uses[f * nh + h].count), .lessOrEqual(0))
                }
                uses[f * nh + h].append(col)
            }
            m.addConstraint(
                indices: (0..<nh).map { z[f * nh + $0] }, coefficients: [Double](repeating: 1, count: nh), .equal(1),
                name: "main_\(f + 1)")
        }
        m.addConstraint(
            indices: hubColumn, coefficients: [Double](repeating: 1, count: nh),
            .ranged(Double(max(p.hubCount.lowerBound, Self.fewestHubs(p))), Double(p.hubCount.upperBound)),
            name: "hub_count")
        for h in 0..<nh {
            let users = (0..<nf).flatMap { uses[$0 * nh + h] }
            for u in users { m.addConstraint(indices: [u, hubColumn[h]], coefficients: [1, -1], .lessOrEqual(0)) }
            m.addConstraint(
                indices: [hubColumn[h]] + users, coefficients: [1] + [Double](repeating: -1, count: users.count),
                .lessOrEqual(0), name: "hub_used_\(h + 1)")
            if let cap = p.hubCapacities[h] {
                m.addConstraint(
                    indices: hubLoadTerms[h].columns + [hubColumn[h]], coefficients: hubLoadTerms[h].loads + [-cap],
                    .lessOrEqual(0), name: "hub_capacity_\(h + 1)")
            }
        }
        var columns = Columns(hub: hubColumn, y: y, z: z)
        columns.trips = addTrips(&m, p, y: y, z: z)
        columns.subsidy = addSubsidy(&m, p, tripsOf: columns.trips)
        if p.awardPerYear > 0 { columns.award = addAward(&m, p, y: y, z: z, uses: uses) }
        if let path = options.exportLP { try LocationGLPK.export(m, to: path) }
        // GLPK finds no integer point of Datong's model in a minute on its own: start from one firm, one hub.
        let start = Self.singleHubStart(p).map { columns.values(p, $0, count: m.variableCount) }
        let outcome = try LocationGLPK.solve(m, options: options, budget: budget, warmStart: start)
        guard let v = outcome.values else {
            if outcome.status == .infeasible {
                throw .infeasible(
                    "GLPK proved the firm-hub model infeasible: the hub count, capacities and firms do not fit")
            }
            return (LocationGLPK.withoutPlan(outcome, seconds: budget.elapsed, what: "firm-hub"), nil)
        }
        // Read the routing; trips, subsidies and awards are recomputed from it (the optimum sets them so anyway).
        var centerHub = [[Int]](repeating: [Int](repeating: -1, count: nc), count: nf)
        for f in 0..<nf {
            for c in 0..<nc {
                for h in 0..<nh where y[(f * nc + c) * nh + h] >= 0 && v[y[(f * nc + c) * nh + h]] > 0.5 {
                    centerHub[f][c] = h
                }
            }
        }
        let main = (0..<nf).map { f in (0..<nh).first { v[z[f * nh + $0]] > 0.5 } ?? 0 }
        let plan = p.plan(centerHub: centerHub, main: main)
        let allocation = (0..<nf).map { f in
            plan.hubsOf[f].map { h in
                Share(
                    site: h, fraction: p.flows[f].load(hub: h, centerHub: centerHub[f], main: main[f]) / p.flows[f].load
                )
            }
        }
        return (
            LocationResult(
                solution: LocationSolution(open: plan.open, allocation: allocation), objective: plan.total,
                bound: min(outcome.bound, plan.total), status: outcome.status, seconds: budget.elapsed,
                statistics: outcome.statistics), plan
        )
    }

    /// The fewest hubs whose capacities hold every parcel (the largest capacities first): a valid lower bound on
    /// the hub count that the LP relaxation, spreading firms thinly over many hubs, does not see by itself.
    static func fewestHubs(_ p: FirmHubProblem) -> Int {
        let capacities = (0..<p.hubs).filter { !p.hubClosed[$0] }.map { p.hubCapacities[$0] ?? .infinity }.sorted(by: >)
        var held = 0.0, count = 0
        while count < capacities.count && held < p.totalLoad * (1 - 1e-9) {
            held += capacities[count]
            count += 1
        }
        return count
    }

    /// Infeasibilities GLPK would only report as "infeasible", named here.
    static func checkFeasible(_ p: FirmHubProblem) throws(LocationError) {
        let allowed = (0..<p.hubs).filter { !p.hubClosed[$0] }
        if allowed.count < p.hubCount.lowerBound {
            throw .infeasible(
                "only \(allowed.count) hub candidates may open; the plan needs at least \(p.hubCount.lowerBound)")
        }
        if fewestHubs(p) > p.hubCount.upperBound {
            throw .infeasible(
                "the firms' \(Int(p.totalLoad)) parcels a day need at least \(fewestHubs(p)) hubs, more than the \(p.hubCount.upperBound) allowed"
            )
        }
        let existing = p.hubExisting.filter { $0 }.count
        if existing > p.hubCount.upperBound {
            throw .infeasible("\(existing) existing hubs, more than the \(p.hubCount.upperBound) allowed")
        }
        let largest = allowed.map { p.hubCapacities[$0] ?? .infinity }.max() ?? 0
        for f in 0..<p.firms {
            let flows = p.flows[f]
            let heaviest = max(
                flows.warehouse + flows.transitTotal, (0..<p.centers).map { flows.down[$0] + flows.up[$0] }.max() ?? 0)
            if heaviest > largest {
                throw .infeasible(
                    "\(p.firmNames[f]) sends \(Int(heaviest)) parcels a day through one hub, more than any hub holds (\(Int(largest)))"
                )
            }
        }
    }

    /// Integer round trips a day on every firm's hub -> gateway line, at least each direction's parcels / truck.
    /// Returns the trip columns by `(f * hubs + h) * gateways + g` (-1 where the firm has no flows with `g`).
    private func addTrips(_ m: inout Model, _ p: FirmHubProblem, y: [Int], z: [Int]) -> [Int] {
        let nf = p.firms, nh = p.hubs, nc = p.centers, ng = p.gateways
        var trips = [Int](repeating: -1, count: nf * nh * ng)
        for f in 0..<nf {
            let flows = p.flows[f]
            let delivered = flows.delivered, outbound = flows.outboundTotal
            for h in 0..<nh {
                let centers = (0..<nc).filter { flows.usesCenter($0) }
                for g in 0..<ng where flows.usesGateway(g) {
                    let most = max(flows.inbound[g], flows.outbound[g]) + flows.transit[g]
                    let t = m.addVariable(
                        kind: .integer, upper: Double(p.trips(most)), objective: p.tripCost[h * ng + g]
                    ).index
                    trips[(f * nh + h) * ng + g] = t
                    let perTruck = 1 / p.truckParcels
                    let indices: [Int] = [t, z[f * nh + h]] + centers.map { y[(f * nc + $0) * nh + h] }
                    // Back: inbound in proportion to the deliveries routed through h, transit at the main hub.
                    let back: Double = delivered > 0 ? flows.inbound[g] / delivered : 0
                    var coefficients: [Double] = [1, -flows.transit[g] * perTruck]
                    for c in centers { coefficients.append(-back * flows.down[c] * perTruck) }
                    m.addConstraint(indices: indices, coefficients: coefficients, .greaterOrEqual(0))
                    // Forward: outbound in proportion to what starts at h (produce, warehouse at the main hub).
                    let forward: Double = outbound > 0 ? flows.outbound[g] / outbound : 0
                    coefficients = [1, -(flows.transit[g] + forward * flows.warehouse) * perTruck]
                    for c in centers { coefficients.append(-forward * flows.up[c] * perTruck) }
                    m.addConstraint(indices: indices, coefficients: coefficients, .greaterOrEqual(0))
                }
            }
            // Valid cut: over its hubs a firm's trips to a gateway carry at least the gateway's busier direction.
            for g in 0..<ng where flows.usesGateway(g) {
                let most = max(flows.inbound[g], flows.outbound[g]) + flows.transit[g]
                m.addConstraint(
                    indices: (0..<nh).map { trips[(f * nh + $0) * ng + g] },
                    coefficients: [Double](repeating: 1, count: nh),
                    .greaterOrEqual(Double(p.trips(most))))
            }
        }
        return trips
    }

    /// `s_f <= share * tolls of its subsidised trips`, `0 <= s_f <= cap`, each `-1` in the objective.
    private func addSubsidy(_ m: inout Model, _ p: FirmHubProblem, tripsOf: [Int]) -> [Int] {
        var columns = [Int](repeating: -1, count: p.firms)
        guard p.subsidyShare > 0 && p.subsidyCap > 0 else { return columns }
        let nh = p.hubs, ng = p.gateways
        for f in 0..<p.firms {
            var indices: [Int] = [], coefficients: [Double] = []
            for h in 0..<nh {
                for g in 0..<ng where tripsOf[(f * nh + h) * ng + g] >= 0 && p.subsidised[h * ng + g] {
                    indices.append(tripsOf[(f * nh + h) * ng + g])
                    coefficients.append(-p.subsidyShare * p.tripTolls[h * ng + g])
                }
            }
            guard !indices.isEmpty else { continue }
            let s = m.addVariable(
                name: "subsidy_\(f + 1)", kind: .continuous, lower: 0, upper: p.subsidyCap, objective: -1
            ).index
            columns[f] = s
            m.addConstraint(
                indices: [s] + indices, coefficients: [1] + coefficients, .lessOrEqual(0), name: "subsidy_\(f + 1)")
        }
        return columns
    }

    /// The award once per firm that uses a hub covering the range (a share of parcels or a number of counties).
    private func addAward(
        _ m: inout Model, _ p: FirmHubProblem, y: [Int], z: [Int], uses: [[Int]]
    ) -> Columns.Award {
        let nf = p.firms, nh = p.hubs, nc = p.centers
        let counties = Array(Set(p.centerCounty)).sorted()
        var columns = Columns.Award(counties: counties)
        var cover: [Int] = []
        for h in 0..<nh {
            let q = m.addVariable(name: "covers_\(h + 1)", kind: .binary).index
            cover.append(q)
            switch p.awardCoverage {
            case .share(let share):
                var indices = [q], coefficients = [share * p.totalLoad]
                for f in 0..<nf {
                    let flows = p.flows[f]
                    for c in 0..<nc where flows.usesCenter(c) {
                        indices.append(y[(f * nc + c) * nh + h]); coefficients.append(-(flows.down[c] + flows.up[c]))
                    }
                    indices.append(z[f * nh + h])
                    coefficients.append(-(flows.warehouse + flows.transitTotal))
                }
                m.addConstraint(
                    indices: indices, coefficients: coefficients, .lessOrEqual(0), name: "coverage_\(h + 1)")
            case .counties(let needed):
                // v_hk <= 1: county k counts once when any firm's center there sends parcels to h.
                var served: [Int] = []
                for k in counties {
                    let v = m.addVariable(kind: .continuous, lower: 0, upper: 1).index
                    served.append(v)
                    columns.served.append((h, k, v))
                    let columns = (0..<nf).flatMap { f in
                        (0..<nc).filter { p.centerCounty[$0] == k && y[(f * nc + $0) * nh + h] >= 0 }.map {
                            y[(f * nc + $0) * nh + h]
                        }
                    }
                    m.addConstraint(
                        indices: [v] + columns, coefficients: [1] + [Double](repeating: -1, count: columns.count),
                        .lessOrEqual(0))
                }
                m.addConstraint(
                    indices: [q] + served,
                    coefficients: [Double(needed)] + [Double](repeating: -1, count: served.count),
                    .lessOrEqual(0), name: "coverage_\(h + 1)")
            }
        }
        for f in 0..<nf {
            let a = m.addVariable(name: "award_\(f + 1)", kind: .binary, objective: -p.awardPerYear).index
            columns.award.append(a)
            var reach: [Int] = []
            for h in 0..<nh {
                let r = m.addVariable(kind: .continuous, lower: 0, upper: 1).index
                reach.append(r)
                columns.reach.append(r)
                let use = uses[f * nh + h]
                m.addConstraint(
                    indices: [r] + use, coefficients: [1] + [Double](repeating: -1, count: use.count), .lessOrEqual(0))
                m.addConstraint(indices: [r, cover[h]], coefficients: [1, -1], .lessOrEqual(0))
            }
            m.addConstraint(
                indices: [a] + reach, coefficients: [1] + [Double](repeating: -1, count: nh), .lessOrEqual(0),
                name: "award_once_\(f + 1)")
        }
        columns.cover = cover
        return columns
    }
}

// The two-level hub MIP for GLPK: hub opening, center-to-hub assignment, flows, tolls and the capped subsidy.
import GLPK

/// Hub columns added to a model: `w_h` (hub open), `z_ch` (center c served by hub h), `g_ch` (parcels a day
/// on that line; with given centers `g_ch = flow_c z_ch` and no column is needed), and one subsidy column per
/// firm bounded by its cap and by its share of the refundable tolls.
struct HubModel {
    var model: Model
    /// Column of `w_h`.
    let hubColumn: [Int]
    /// Per center row, the (hub, z column, g column or -1) triples.
    let lines: [[(hub: Int, z: Int, g: Int)]]
    /// The county-center part, when centers are chosen.
    let level: CountyCenterModel?

    init(_ p: HubProblem) {
        var model: Model
        var level: CountyCenterModel?
        switch p.centers {
        case .given:
            model = Model(name: "hubs")
        case .chosen(let cc):
            let l = CountyCenterModel(
                cc, clients: Array(0..<cc.clients), sites: Array(0..<cc.sites),
                counties: Array(0..<cc.counties))
            model = l.model
            level = l
        }
        model.name = "two_level_hubs"
        var hubColumn: [Int] = []
        for h in 0..<p.hubs {
            hubColumn.append(
                model.addVariable(
                    name: "hub_\(h + 1)", kind: .binary, lower: p.hubExisting[h] ? 1 : 0,
                    upper: p.hubClosed[h] ? 0 : 1, objective: p.hubFixedCosts[h]
                ).index)
        }
        model.addConstraint(
            indices: hubColumn, coefficients: [Double](repeating: 1, count: p.hubs),
            .ranged(Double(p.hubCount.lowerBound), Double(p.hubCount.upperBound)), name: "hub_count")
        var lines = [[(hub: Int, z: Int, g: Int)]](repeating: [], count: p.centerHubKm.clients)
        var tollTerms: [(column: Int, tolls: Double)] = []
        var hubLoad = [[(column: Int, parcels: Double)]](repeating: [], count: p.hubs)
        let hubs = (0..<p.hubs).filter { !p.hubClosed[$0] }
        for c in 0..<p.centerHubKm.clients {
            switch p.centers {
            case .given(let flows):
                guard flows[c] > 0 else { continue }
                for h in hubs {
                    let line = p.lineCost(km: p.centerHubKm[c, h], parcelsPerDay: flows[c])
                    let z = model.addVariable(kind: .binary, objective: line.total).index
                    lines[c].append((h, z, -1))
                    tollTerms.append((z, line.tolls))
                    hubLoad[h].append((z, flows[c]))
                    model.addConstraint(indices: [z, hubColumn[h]], coefficients: [1, -1], .lessOrEqual(0))
                }
                model.addConstraint(
                    indices: lines[c].map(\.z), coefficients: [Double](repeating: 1, count: lines[c].count),
                    .equal(1), name: "center_\(c + 1)")
            case .chosen(let cc):
                guard let level, !cc.closed[c] else { continue }
                // Parcels a day the center can handle: its capacity, or all it could ever be assigned.
                let reachable = (0..<cc.clients).filter { cc.allows($0, c) }.reduce(0.0) { $0 + cc.demands[$1] }
                let most = min(cc.capacities[c] ?? .infinity, reachable)
                for h in hubs {
                    let unit = p.lineCost(km: p.centerHubKm[c, h], parcelsPerDay: 1)
                    let z = model.addVariable(kind: .binary).index
                    let g = model.addVariable(kind: .continuous, lower: 0, objective: unit.total).index
                    lines[c].append((h, z, g))
                    tollTerms.append((g, unit.tolls))
                    hubLoad[h].append((g, 1))
                    model.addConstraint(indices: [z, hubColumn[h]], coefficients: [1, -1], .lessOrEqual(0))
                    model.addConstraint(indices: [g, z], coefficients: [1, -most], .lessOrEqual(0))
                }
                // One hub per open center; the center's parcels all travel on its line.
                model.addConstraint(
                    indices: lines[c].map(\.z) + [c],
                    coefficients: [Double](repeating: 1, count: lines[c].count) + [-1],
                    .equal(0), name: "center_\(c + 1)")
                var flowIndices = lines[c].map(\.g)
                var flowCoefficients = [Double](repeating: 1, count: flowIndices.count)
                for (a, pairs) in level.pairs.enumerated() {
                    for pair in pairs where pair.site == c {
                        flowIndices.append(pair.column)
                        flowCoefficients.append(-cc.demands[level.clients[a]])
                    }
                }
                model.addConstraint(
                    indices: flowIndices, coefficients: flowCoefficients, .equal(0), name: "flow_\(c + 1)")
            }
        }
        for h in hubs {
            guard let capacity = p.hubCapacities[h], !hubLoad[h].isEmpty else { continue }
            model.addConstraint(
                indices: hubLoad[h].map(\.column) + [hubColumn[h]],
                coefficients: hubLoad[h].map(\.parcels) + [-capacity], .lessOrEqual(0),
                name: "hub_capacity_\(h + 1)")
        }
        if let subsidy = p.subsidy {
            for (f, firmShare) in subsidy.firmShares.enumerated() {
                let s = model.addVariable(
                    name: "subsidy_\(f + 1)", kind: .continuous, lower: 0, upper: subsidy.capPerFirm,
                    objective: -1
                ).index
                model.addConstraint(
                    indices: [s] + tollTerms.map(\.column),
                    coefficients: [1] + tollTerms.map { -subsidy.share * firmShare * $0.tolls },
                    .lessOrEqual(0), name: "subsidy_share_\(f + 1)")
            }
        }
        self.model = model
        self.hubColumn = hubColumn
        self.lines = lines
        self.level = level
    }
}

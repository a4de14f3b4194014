// Turns a solver's index-based result into a LocationPlan: ids, per-site summaries and the cost split.
import FacilityLocation
import RoadNetwork

/// Builds ``LocationPlan`` values for one request.
struct LocationPlanBuilder {
    let inputs: LocationInputs
    let request: LocationRequest

    func build(_ result: LocationResult, hubPlan: HubPlan?) -> LocationPlan {
        let x = inputs
        let nodes = x.network.nodes
        let centerPlan = hubPlan?.centers ?? (hubPlan == nil ? result.solution : nil)
        var assignments: [LocationPlan.Assignment] = []
        var sites: [LocationPlan.Site] = []
        var costs = LocationPlan.Costs()
        if let plan = centerPlan {
            var served = [[(client: Int, fraction: Double)]](repeating: [], count: x.siteNodes.count)
            for (j, shares) in plan.allocation.enumerated() {
                for s in shares {
                    served[s.site].append((j, s.fraction))
                    let covered = request.model == .maxCover ? within(j, s.site) : nil
                    assignments.append(
                        .init(
                            node: nodes[x.clientNodes[j]].id, site: nodes[x.siteNodes[s.site]].id,
                            fraction: s.fraction, km: x.km[j, s.site], minutes: x.minutes[j, s.site],
                            covered: covered))
                }
            }
            for i in plan.open {
                let list = served[i]
                let parcels = list.reduce(0.0) { $0 + $1.fraction * x.demands[$1.client] }
                let kms = list.map { x.km[$0.client, i] }
                let transport = list.reduce(0.0) {
                    $0 + request.costPerParcelKm * request.daysPerYear * $1.fraction * x.demands[$1.client]
                        * x.km[$1.client, i]
                }
                let node = nodes[x.siteNodes[i]]
                let capacity = node.site?.capacity
                sites.append(
                    .init(
                        id: node.id, name: node.name, kind: node.kind.rawValue, county: countyName(node.county),
                        clients: list.count, parcelsPerDay: parcels, capacity: capacity,
                        load: capacity.map { $0 > 0 ? parcels / $0 : 0 },
                        meanKm: kms.isEmpty ? 0 : kms.reduce(0, +) / Double(kms.count),
                        maxKm: kms.max() ?? 0, maxMinutes: list.map { x.minutes[$0.client, i] }.max() ?? 0,
                        fixedCost: node.site?.fixedCost ?? 0, transportCost: transport))
                costs.fixed += node.site?.fixedCost ?? 0
                costs.transport += transport
            }
        }
        var hubs: [LocationPlan.Site] = []
        var lines: [LocationPlan.Line] = []
        if let hubPlan {
            var flows = [Double](repeating: 0, count: x.siteNodes.count)
            for (j, shares) in (hubPlan.centers?.allocation ?? []).enumerated() {
                for s in shares { flows[s.site] += s.fraction * x.demands[j] }
            }
            var perHub = [[Int]](repeating: [], count: x.hubNodes.count)
            for (c, shares) in hubPlan.hubs.allocation.enumerated() {
                guard let h = shares.first?.site else { continue }
                perHub[h].append(c)
                lines.append(
                    .init(
                        center: nodes[x.siteNodes[c]].id, hub: nodes[x.hubNodes[h]].id,
                        km: x.centerHubKm[c, h], parcelsPerDay: flows[c]))
            }
            for h in hubPlan.hubs.open {
                let node = nodes[x.hubNodes[h]]
                let parcels = perHub[h].reduce(0.0) { $0 + flows[$1] }
                let kms = perHub[h].map { x.centerHubKm[$0, h] }
                let capacity = node.site?.capacity
                hubs.append(
                    .init(
                        id: node.id, name: node.name, kind: node.kind.rawValue, county: countyName(node.county),
                        clients: perHub[h].count, parcelsPerDay: parcels, capacity: capacity,
                        load: capacity.map { $0 > 0 ? parcels / $0 : 0 },
                        meanKm: kms.isEmpty ? 0 : kms.reduce(0, +) / Double(kms.count), maxKm: kms.max() ?? 0,
                        maxMinutes: 0,
                        fixedCost: node.site?.fixedCost ?? 0,
                        transportCost: perHub[h].reduce(0.0) {
                            $0 + (request.lineHaulPerParcelKm + request.tollPerParcelKm) * request.daysPerYear
                                * flows[$1]
                                * x.centerHubKm[$1, h]
                        }))
            }
            costs.hubFixed = hubPlan.hubFixed
            costs.lineHaul = hubPlan.lineHaul
            costs.tolls = hubPlan.tolls
            costs.subsidy = hubPlan.subsidy
        }
        costs.total = costs.fixed + costs.transport + costs.hubFixed + costs.lineHaul - costs.subsidy
        return LocationPlan(
            network: x.network.name, model: request.model.rawValue, objective: result.objective, bound: result.bound,
            gap: result.gap, optimal: result.isOptimal, status: result.status, seconds: result.seconds,
            parameters: parameters(), sites: sites, assignments: assignments, hubs: hubs, lines: lines, costs: costs,
            method: Dictionary(result.statistics.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))
    }

    private func within(_ j: Int, _ i: Int) -> Bool {
        if let r = request.radiusKm, inputs.km[j, i] > r { return false }
        if let r = request.radiusMinutes, inputs.minutes[j, i] > r { return false }
        return true
    }

    private func countyName(_ code: String?) -> String? {
        guard let code else { return nil }
        return inputs.countyCodes.firstIndex(of: code).map { inputs.countyNames[$0] } ?? code
    }

    private func parameters() -> [String: String] {
        var p: [String: String] = [
            "cost_per_parcel_km": String(request.costPerParcelKm), "days_per_year": String(request.daysPerYear),
        ]
        if let c = request.count {
            p["count"] = c.lowerBound == c.upperBound ? "\(c.lowerBound)" : "\(c.lowerBound)-\(c.upperBound)"
        }
        if let r = request.radiusKm { p["radius_km"] = String(r) }
        if let r = request.radiusMinutes { p["radius_min"] = String(r) }
        if let b = request.budget { p["budget"] = String(b) }
        if request.model == .countyCenter || request.model == .hubs {
            let range = request.centersPerCounty.range
            p["centers_per_county"] =
                range.upperBound == Int.max ? ">=\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)"
            p["cross_county"] = String(request.crossCounty)
        }
        if request.model == .hubs {
            p["line_haul_per_parcel_km"] = String(request.lineHaulPerParcelKm)
            p["toll_per_parcel_km"] = String(request.tollPerParcelKm)
            p["toll_subsidy"] = request.tollSubsidy ? "30% of tolls, at most 500000 per carrier per year" : "none"
            p["centers"] = request.centersGiven ? "given" : "chosen"
        }
        if !request.closedSites.isEmpty { p["closed"] = request.closedSites.joined(separator: ",") }
        if !request.openSites.isEmpty { p["open"] = request.openSites.joined(separator: ",") }
        return p
    }
}

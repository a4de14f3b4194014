// Checks a network and reports every problem with its location: ids, references, numbers, coordinates, roads.

/// Validation of a whole network; never stops at the first problem.
public enum NetworkValidator {
    /// Every problem in `network`, in order: settings, carriers, counties, nodes, roads, reachability.
    ///
    /// `source` (from the reader) turns item indices into file lines or JSON paths; without it, locations are
    /// JSON paths into the canonical form.
    public static func validate(_ network: Network, source: SourceMap? = nil) -> [ValidationIssue] {
        var pass = ValidationPass(network: network, source: source ?? .memory)
        pass.checkSettings()
        pass.checkCarriers()
        pass.checkCounties()
        pass.checkNodes()
        pass.checkEdges()
        pass.checkReachability()
        return pass.issues
    }
}

/// One run of the validator: the network, its lookup tables and the issues found so far.
struct ValidationPass {
    let network: Network
    let source: SourceMap
    var issues: [ValidationIssue] = []
    let carrierIDs: Set<String>
    let countyCodes: Set<String>
    /// First index of each node id.
    let nodeIndex: [String: Int]

    init(network: Network, source: SourceMap) {
        self.network = network
        self.source = source
        carrierIDs = Set(network.carriers.map(\.id))
        countyCodes = Set(network.counties.map(\.code))
        nodeIndex = network.nodeIndexByID()
    }

    mutating func error(_ kind: IssueKind, _ location: SourceLocation, _ message: String) {
        issues.append(ValidationIssue(.error, kind, at: location, message))
    }

    mutating func warning(_ kind: IssueKind, _ location: SourceLocation, _ message: String) {
        issues.append(ValidationIssue(.warning, kind, at: location, message))
    }

    /// A quantity that must be finite and not negative (`positive`: also not zero).
    mutating func quantity(
        _ x: Double?, _ location: SourceLocation, _ owner: String, _ field: String,
        positive: Bool = false
    ) {
        guard let x else { return }
        if !x.isFinite {
            error(.nonFinite, location, "\(owner): \(field) is \(x), not a finite number")
        } else if x < 0 || (positive && x == 0) {
            error(
                .negative, location,
                "\(owner): \(field) is \(JSONText.number(x)); it must be \(positive ? "positive" : "zero or more")")
        }
    }

    mutating func checkSettings() {
        let d = network.distance
        quantity(d.speedKmh, source.network("distance.speedKmh"), "distance", "speedKmh", positive: true)
        quantity(d.circuity, source.network("distance.circuity"), "distance", "circuity", positive: true)
        if d.circuity.isFinite, d.circuity > 0, d.circuity < 1 {
            warning(
                .inconsistent, source.network("distance.circuity"),
                "distance: circuity \(JSONText.number(d.circuity)) makes roads shorter than the straight line")
        }
        if d.roads == .none, !network.edges.isEmpty {
            warning(
                .inconsistent, source.network("distance.roads"),
                "distance: roads is \"none\" but the network has \(network.edges.count) roads; they are ignored")
        }
    }

    mutating func checkCarriers() {
        var seen: [String: Int] = [:]
        for (i, carrier) in network.carriers.enumerated() {
            if carrier.id.isEmpty {
                error(.badID, source.carrier(i, "id"), "carrier id is empty")
            } else if let first = seen[carrier.id] {
                error(
                    .duplicateID, source.carrier(i, "id"),
                    "carrier \"\(carrier.id)\" is listed twice (first at \(source.carrier(first)))")
            } else {
                seen[carrier.id] = i
            }
        }
    }

    mutating func checkCounties() {
        var seen: [String: Int] = [:]
        for (i, county) in network.counties.enumerated() {
            if county.code.isEmpty {
                error(.badID, source.county(i, "code"), "county code is empty")
            } else if let first = seen[county.code] {
                error(
                    .duplicateID, source.county(i, "code"),
                    "county \"\(county.code)\" is listed twice (first at \(source.county(first)))")
            } else {
                seen[county.code] = i
            }
            quantity(county.population, source.county(i, "population"), "county \"\(county.code)\"", "population")
        }
    }

    mutating func checkNodes() {
        for (i, node) in network.nodes.enumerated() {
            checkIdentity(i, node)
            checkNumbers(i, node)
            checkReferences(i, node)
            checkGateway(i, node)
        }
    }

    private mutating func checkIdentity(_ i: Int, _ node: Node) {
        if node.id.isEmpty {
            error(.badID, source.node(i, "id"), "node \(i + 1) has an empty id")
        } else if let first = nodeIndex[node.id], first != i {
            error(
                .duplicateID, source.node(i, "id"),
                "node id \"\(node.id)\" is used twice (first at \(source.node(first)))")
        }
        for (t, tag) in node.tags.enumerated() where tag.isEmpty || tag.contains(";") {
            error(
                .badID, source.node(i, "tags"),
                "node \"\(node.id)\": tag \(t + 1) \"\(tag)\" is empty or contains ';' (the CSV tag separator)")
        }
    }

    private mutating func checkNumbers(_ i: Int, _ node: Node) {
        let owner = "node \"\(node.id)\""
        for (field, value, limit) in [("lon", node.lon, 180.0), ("lat", node.lat, 90.0)] {
            if !value.isFinite {
                error(.nonFinite, source.node(i, field), "\(owner): \(field) is \(value), not a finite number")
            } else if abs(value) > limit {
                error(
                    .coordinates, source.node(i, field),
                    "\(owner): \(field) \(JSONText.number(value)) is outside -\(Int(limit))...\(Int(limit))")
            }
        }
        quantity(node.population, source.node(i, "population"), owner, "population")
        for carrier in Node.orderedCarriers(node.parcels.keys, rank: [:]) {
            quantity(node.parcels[carrier], source.node(i, "parcels." + carrier), owner, "parcels." + carrier)
        }
        quantity(node.pickups?.perDay, source.node(i, "pickups.perDay"), owner, "pickups.perDay")
        quantity(node.serviceMinutes, source.node(i, "serviceMinutes"), owner, "serviceMinutes")
        quantity(node.site?.fixedCost, source.node(i, "site.fixedCost"), owner, "site.fixedCost")
        quantity(node.site?.capacity, source.node(i, "site.capacity"), owner, "site.capacity")
        if let window = node.timeWindow {
            quantity(window.open, source.node(i, "timeWindow.open"), owner, "timeWindow.open")
            quantity(window.close, source.node(i, "timeWindow.close"), owner, "timeWindow.close")
            if window.open > window.close {
                error(
                    .timeWindow, source.node(i, "timeWindow.open"),
                    "\(owner): time window opens at \(JSONText.number(window.open)) after it closes at \(JSONText.number(window.close)) (minutes after midnight)"
                )
            }
        }
    }

    private mutating func checkReferences(_ i: Int, _ node: Node) {
        let owner = "node \"\(node.id)\""
        if node.kind.isDemandPoint, node.county == nil {
            error(.noCounty, source.node(i, "county"), "\(owner): a \(node.kind.rawValue) needs a county code")
        } else if let county = node.county, !countyCodes.isEmpty, !countyCodes.contains(county) {
            warning(
                .unknownCounty, source.node(i, "county"),
                "\(owner): county \"\(county)\" is not in the network's county list")
        }
        for carrier in Node.orderedCarriers(node.parcels.keys, rank: [:]) where !carrierIDs.contains(carrier) {
            error(
                .unknownCarrier, source.node(i, "parcels." + carrier),
                "\(owner): parcels for unknown carrier \"\(carrier)\"")
        }
        if node.kind == .carrierDepot {
            if let carrier = node.carrier {
                if !carrierIDs.contains(carrier) {
                    error(
                        .unknownCarrier, source.node(i, "carrier"), "\(owner): depot of unknown carrier \"\(carrier)\"")
                }
            } else {
                error(.unknownCarrier, source.node(i, "carrier"), "\(owner): a carrier-depot must name its carrier")
            }
        } else if let carrier = node.carrier {
            warning(
                .inconsistent, source.node(i, "carrier"),
                "\(owner): carrier \"\(carrier)\" is ignored on a \(node.kind.rawValue)")
        }
    }
}

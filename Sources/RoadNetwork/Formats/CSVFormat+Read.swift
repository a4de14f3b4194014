// Reading the CSV folder format, with every problem located by file, line and column.
import Foundation

extension CSVFormat {
    /// Reads and validates a CSV folder; throws a ``NetworkError`` listing every error.
    public static func decode(folder: String) throws -> Network {
        try inspect(folder: folder).get()
    }

    /// Reads and validates a CSV folder, returning every problem instead of throwing.
    public static func inspect(folder: String) -> NetworkInspection {
        var source = SourceMap(layout: .csv, file: folder)
        var issues: [ValidationIssue] = []
        func table(_ name: String, required: Bool) -> CSVTable? {
            let path = source.csvFile(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                if required {
                    issues.append(
                        ValidationIssue(.error, .unreadable, at: SourceLocation(file: path), "cannot read the file"))
                }
                return nil
            }
            return CSVTable.read(data, file: path, issues: &issues)
        }
        guard let nodes = table(nodesFile, required: true) else {
            return NetworkInspection(network: nil, source: source, issues: issues)
        }
        var network = Network(name: GeoJSONFormat.defaultName(folder))
        if let settings = table(settingsFile, required: false) {
            readSettings(settings, into: &network, source: &source, &issues)
        }
        if let carriers = table(carriersFile, required: false) {
            var r = CSVRowReader(table: carriers, issues: issues)
            r.checkColumns(known: ["id", "name", "postal"], required: ["id", "name"])
            for row in carriers.rows.indices {
                r.row = row
                network.carriers.append(
                    Carrier(
                        id: r.required("id", ""), name: r.string("name") ?? "",
                        postal: r.bool("postal") ?? false))
            }
            source.carrierRecords = carriers.lines
            issues = r.issues
        }
        if let counties = table(countiesFile, required: false) {
            var r = CSVRowReader(table: counties, issues: issues)
            r.checkColumns(known: ["code", "name", "population"], required: ["code", "name"])
            for row in counties.rows.indices {
                r.row = row
                network.counties.append(
                    County(
                        code: r.required("code", ""), name: r.string("name") ?? "",
                        population: r.number("population")))
            }
            source.countyRecords = counties.lines
            issues = r.issues
        }
        network.nodes = readNodes(nodes, &issues)
        source.nodeRecords = nodes.lines
        if let edges = table(edgesFile, required: false) {
            network.edges = readEdges(edges, &issues)
            source.edgeRecords = edges.lines
            if source.settingLines["distance.roads"] == nil, !network.edges.isEmpty {
                network.distance.roads = .partial
            }
        }
        if source.carrierRecords.isEmpty, FileManager.default.contents(atPath: source.csvFile(carriersFile)) == nil {
            network.carriers = CarrierInference.carriers(parcelKeysOf: network.nodes, declared: [])
        }
        return .validated(network, source: source, readingIssues: issues)
    }

    private static func readSettings(
        _ table: CSVTable, into network: inout Network, source: inout SourceMap,
        _ issues: inout [ValidationIssue]
    ) {
        var r = CSVRowReader(table: table, issues: issues)
        r.checkColumns(known: ["key", "value"], required: ["key", "value"])
        var format: String?
        for row in table.rows.indices {
            r.row = row
            let key = r.string("key") ?? ""
            source.settingLines[key] = table.lines[row]
            switch key {
            case "format": format = r.string("value")
            case "name": network.name = r.string("value") ?? ""
            case "description": network.description = r.string("value")
            case "distance.roads":
                let text = r.string("value") ?? ""
                if let coverage = RoadCoverage(rawValue: text) {
                    network.distance.roads = coverage
                } else {
                    r.error(
                        .unknownValue, "value", "unknown road coverage \"\(text)\"; expected none, partial or complete")
                }
            case "distance.circuity": network.distance.circuity = r.number("value") ?? network.distance.circuity
            case "distance.speedKmh": network.distance.speedKmh = r.number("value") ?? network.distance.speedKmh
            case "distance.source":
                let text = r.string("value") ?? ""
                if let value = DistanceSource(rawValue: text) {
                    network.distance.source = value
                } else {
                    r.error(
                        .unknownValue, "value",
                        "unknown distance source \"\(text)\"; expected \(DistanceSource.expected)")
                }
            case "distance.file": network.distance.file = r.string("value")
            case "distance.extractSHA256": network.distance.extractSHA256 = r.string("value")
            case "distance.profile": network.distance.profile = r.string("value")
            case "distance.closedWays":
                let ways = (r.string("value") ?? "").split(separator: " ").map { Int64($0) }
                if ways.contains(nil) {
                    r.error(.unknownValue, "value", "distance.closedWays: OpenStreetMap way ids separated by spaces")
                } else {
                    network.distance.closedWays = Array(Set(ways.compactMap { $0 })).sorted()
                }
            default: r.warning(.unknownField, "key", "unknown setting \"\(key)\" is ignored")
            }
        }
        if let format, format != Network.formatTag {
            issues = r.issues
            issues.append(
                ValidationIssue(
                    .error, .unreadable,
                    at: SourceLocation(file: table.file, line: source.settingLines["format"], column: "value"),
                    "expected format \(Network.formatTag), found \"\(format)\""))
            return
        }
        issues = r.issues
    }

    private static func readNodes(_ table: CSVTable, _ issues: inout [ValidationIssue]) -> [Node] {
        var r = CSVRowReader(table: table, issues: issues)
        let parcelColumns = table.header.enumerated().filter { $0.element.hasPrefix("parcels.") }
        r.checkColumns(
            known: Set(nodeColumns).union(parcelColumns.map(\.element)), required: ["id", "name", "kind", "lon", "lat"])
        var nodes: [Node] = []
        nodes.reserveCapacity(table.rows.count)
        for row in table.rows.indices {
            r.row = row
            var node = Node(
                id: r.required("id", ""), name: r.string("name") ?? "", kind: .candidateSite,
                county: r.string("county"), township: r.string("township"),
                lon: r.required("lon", 0), lat: r.required("lat", 0), population: r.number("population"))
            node.kind = r.kind()
            node.positionSource = r.positionSource()
            for (column, name) in parcelColumns {
                if let x = r.number(at: column, name) { node.parcels[String(name.dropFirst("parcels.".count))] = x }
            }
            if r.has("pickups.perDay") || r.has("pickups.coldChain") || r.has("pickups.product") {
                node.pickups = Pickups(
                    perDay: r.required("pickups.perDay", 0), coldChain: r.bool("pickups.coldChain") ?? false,
                    product: r.string("pickups.product"))
            }
            node.serviceMinutes = r.number("serviceMinutes")
            if r.has("timeWindow.open") || r.has("timeWindow.close") {
                node.timeWindow = TimeWindow(
                    open: r.required("timeWindow.open", 0), close: r.required("timeWindow.close", 0))
            }
            if r.has("site.fixedCost") || r.has("site.capacity") || r.has("site.existing") {
                node.site = SiteInfo(
                    fixedCost: r.number("site.fixedCost"), capacity: r.number("site.capacity"),
                    existing: r.bool("site.existing") ?? false)
            }
            node.carrier = r.string("carrier")
            if let tags = r.string("tags") {
                node.tags = tags.split(separator: tagSeparator, omittingEmptySubsequences: false).map(String.init)
            }
            nodes.append(node)
        }
        issues = r.issues
        return nodes
    }

    private static func readEdges(_ table: CSVTable, _ issues: inout [ValidationIssue]) -> [Edge] {
        var r = CSVRowReader(table: table, issues: issues)
        r.checkColumns(known: Set(edgeColumns), required: ["from", "to", "km"])
        var edges: [Edge] = []
        edges.reserveCapacity(table.rows.count)
        for row in table.rows.indices {
            r.row = row
            edges.append(
                Edge(
                    from: r.required("from", ""), to: r.required("to", ""), km: r.required("km", 0),
                    minutes: r.number("minutes"), speedKmh: r.number("speedKmh"),
                    oneWay: r.bool("oneWay") ?? false, name: r.string("name")))
        }
        issues = r.issues
        return edges
    }
}

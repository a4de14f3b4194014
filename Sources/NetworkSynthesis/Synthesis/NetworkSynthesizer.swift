// Builds a whole network from the source tables: the entry point of `hubplan network synthesize`.
import RoadNetwork

/// Turns the public county, township and village tables into a ``RoadNetwork/Network`` with modelled positions,
/// populations, parcels, pickups and site costs. Same tables and seed, same network, byte for byte.
public enum NetworkSynthesizer {
    /// Builds the network of `options.region` from `data`.
    ///
    /// - Throws: ``SynthesisError`` when the region has no county or a requested township is not in it.
    /// - Complexity: O(villages x attempts) distance evaluations; Hebei's 53,000 villages take seconds.
    public static func synthesize(_ data: SourceData, options: SynthesisOptions) throws -> Network {
        let counties = data.counties.filter { $0.code.hasPrefix(options.region.prefix) }
        guard !counties.isEmpty else {
            throw SynthesisError(
                "--region: no county in the source tables has an adcode starting with '\(options.region.prefix)'")
        }
        var nodes: [Node] = []
        for county in counties {
            nodes += CountySynthesis.nodes(county: county, data: data, seed: options.seed)
        }
        let selected = Set(counties.map(\.code))
        for site in data.sites where selected.contains(site.county) {
            nodes.append(siteNode(site))
        }
        var keptCounties = counties
        if options.townships != nil || options.villagesPerTownship != nil {
            nodes = try cut(nodes, options: options)
            let used = Set(nodes.compactMap(\.county))
            keptCounties = counties.filter { used.contains($0.code) }
        }
        if options.townships == nil && options.villagesPerTownship == nil {
            nodes += GatewayModel.nodes(
                region: options.region.prefix, data: data, carriers: CarrierShares.carriers,
                demandNodes: nodes.filter(\.kind.isDemandPoint))
        }
        var network = Network(
            name: options.name ?? options.region.name,
            description: NetworkDescription.text(options: options, counties: keptCounties, nodes: nodes),
            carriers: CarrierShares.carriers,
            counties: keptCounties.map { County(code: $0.code, name: $0.name, population: Double($0.population)) },
            nodes: nodes)
        if options.syntheticRoads {
            network.edges = SyntheticRoads.edges(for: network.nodes, circuity: network.distance.circuity)
            network.distance.roads = .partial
        }
        return network
    }

    /// A logistics park or bus station from `sites.csv`.
    static func siteNode(_ site: SourceSite) -> Node {
        let park = site.tags.contains("logistics-park")
        var info =
            site.kind == "regional-hub"
            ? SiteInfo(
                fixedCost: park ? SiteModel.parkHubCost : SiteModel.regionalHubCost,
                capacity: SiteModel.regionalHubCapacity)
            : SiteInfo(fixedCost: SiteModel.busStationCost, capacity: SiteModel.busStationCapacity)
        if let cost = site.fixedCost { info.fixedCost = cost }
        if let capacity = site.capacity { info.capacity = capacity }
        let point = site.point.rounded
        return Node(
            id: site.id, name: site.name, kind: NodeKind(rawValue: site.kind) ?? .candidateSite, county: site.county,
            lon: point.lon, lat: point.lat, site: info, tags: site.tags + ["position:approximate"],
            positionSource: .sourceData)
    }

    /// Keeps the requested townships (with their counties' centers) and at most N villages a township.
    static func cut(_ nodes: [Node], options: SynthesisOptions) throws -> [Node] {
        var keepTownships: Set<String>?
        if let wanted = options.townships {
            let present = Set(nodes.filter { $0.kind == .candidateSite }.compactMap(\.township))
            for code in wanted where !present.contains(code) {
                throw SynthesisError("--townships: '\(code)' is not a township of region \(options.region.prefix)")
            }
            keepTownships = Set(wanted)
        }
        let keepCounties = keepTownships.map { Set($0.map { String($0.prefix(6)) }) }
        var perTownship: [String: Int] = [:]
        return nodes.filter { node in
            switch node.kind {
            case .countyCenter, .regionalHub:
                return node.tags.contains("county-seat") && (keepCounties?.contains(node.county ?? "") ?? true)
            case .candidateSite:
                guard node.tags.contains("township-seat"), let t = node.township else { return false }
                return keepTownships?.contains(t) ?? true
            case .village, .community, .township:
                let key = node.township ?? node.tags.first { $0.hasPrefix("township-nbs2021:") } ?? ""
                if let keep = keepTownships, !keep.contains(key) { return false }
                let seen = perTownship[key, default: 0]
                guard seen < (options.villagesPerTownship ?? .max) else { return false }
                perTownship[key] = seen + 1
                return true
            case .carrierDepot, .gateway:
                return false
            }
        }
    }
}

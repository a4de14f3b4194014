// The nodes of one county: its center, its township seats as candidate sites, its villages and communities.
import RoadNetwork
import SolverControl

/// Builds one county's nodes from the models; every random stream is keyed by the county, so the result does
/// not depend on which other counties are built alongside it.
enum CountySynthesis {
    /// The county's nodes: county center, regional-hub candidate (Datong), township sites, villages.
    static func nodes(county: SourceCounty, data: SourceData, seed: UInt64) -> [Node] {
        let townships = data.townships.filter { $0.county == county.code }
        let villages = data.villages.filter { ($0.county ?? $0.nbsCounty) == county.code }
        let known = townships.compactMap(\.point) + villages.compactMap(\.point)
        let geometry = CountyGeometry(
            county: county, known: known, all: data.counties, outline: data.outlines[county.code])
        let placement = PositionModel.place(
            county: county, townships: townships, villages: villages, geometry: geometry, seed: seed)
        let populations = PopulationModel.populations(county: county, villages: villages, seed: seed)
        let rates = DemandCalibration.rates(for: county, all: data.counties)
        let parcels = ParcelModel.parcelsPerDay(
            county: county, villages: villages, populations: populations, rates: rates)
        let pickups = ProduceModel.pickups(county: county, villages: villages, produce: data.produce, seed: seed)

        let countyLoad = parcels.reduce(0, +) + pickups.reduce(0) { $0 + ($1?.perDay ?? 0) }
        let capacity = SiteModel.countyCenterCapacity(parcels: countyLoad)
        var nodes: [Node] = []
        nodes.append(
            Node(
                id: "cc-\(county.code)", name: "\(county.name)县城", kind: .countyCenter, county: county.code,
                lon: county.seat.rounded.lon, lat: county.seat.rounded.lat,
                site: SiteInfo(
                    fixedCost: SiteModel.countyCenterCost(capacity: capacity, atSeat: true), capacity: capacity),
                tags: ["county-seat"], positionSource: .sourceData))
        if county.code.hasPrefix(DemandCalibration.datongPrefix) {
            nodes.append(
                Node(
                    id: "rh-\(county.code)", name: "\(county.name)区域分拨中心 (candidate)", kind: .regionalHub,
                    county: county.code, lon: county.seat.rounded.lon, lat: county.seat.rounded.lat,
                    site: SiteInfo(fixedCost: SiteModel.regionalHubCost, capacity: SiteModel.regionalHubCapacity),
                    tags: ["county-seat"], positionSource: .sourceData))
        }
        for township in placement.townships {
            guard let code = township.code else { continue }
            nodes.append(
                Node(
                    id: "ts-\(code)", name: township.name, kind: .candidateSite, county: county.code, township: code,
                    lon: township.anchor.lon, lat: township.anchor.lat,
                    site: SiteInfo(
                        fixedCost: SiteModel.countyCenterCost(capacity: capacity, atSeat: false), capacity: capacity),
                    tags: township.modelled ? ["township-seat", "position:modelled"] : ["township-seat"],
                    positionSource: township.modelled ? .modelled : .sourceData))
        }
        var carrierRandom = SeedStreams.generator(seed: seed, county: county.code, purpose: .carrierSplit)
        for (v, village) in villages.enumerated() {
            let township = placement.townships[placement.villageTownship[v]]
            let community = village.isCommunity
            let point = placement.villagePoints[v]
            var tags: [String] = []
            if village.point != nil { tags.append("position:vonng2016") }
            if let nbs = township.nbsCode { tags.append("township-nbs2021:\(nbs)") }
            let split = CarrierShares.split(parcels[v], random: &carrierRandom)
            nodes.append(
                Node(
                    id: "v-\(village.code)", name: village.name, kind: community ? .community : .village,
                    county: county.code, township: township.code, lon: point.lon, lat: point.lat,
                    population: populations[v], parcels: split, pickups: pickups[v],
                    serviceMinutes: SiteModel.serviceMinutes(
                        parcels: parcels[v], pickups: pickups[v]?.perDay ?? 0, community: community),
                    timeWindow: community ? nil : SiteModel.villageWindow, tags: tags,
                    positionSource: village.point == nil ? .modelled : .sourceData))
        }
        return nodes
    }
}

// The rows of the source tables the generator reads: counties, townships, villages, named sites, produce.

/// A county-level division (区/县/县级市) from `counties.csv`.
public struct SourceCounty: Sendable, Hashable {
    /// 6-digit adcode.
    public var code: String
    /// Official name.
    public var name: String
    /// Prefecture name, for descriptions.
    public var prefecture: String
    /// The county seat (government location), WGS84.
    public var seat: GeoPoint
    /// Area-weighted centroid of the county polygon, WGS84.
    public var centroid: GeoPoint
    /// Whether the centroid lies inside the county (false for 5 ring- or crescent-shaped units).
    public var centroidInside: Bool
    /// Geodesic polygon area in km².
    public var areaKm2: Double
    /// 2020 census resident population, and its urban and rural parts.
    public var population: Int, urban: Int, rural: Int
}

/// A township-level division (乡/镇/街道) from `townships.csv`.
public struct SourceTownship: Sendable, Hashable {
    /// 9-digit MCA adcode.
    public var code: String
    /// Official name.
    public var name: String
    /// 街道, 镇, 乡, 民族乡 or 其他.
    public var type: String
    /// The county's 6-digit adcode.
    public var county: String
    /// The township seat where the data has one (about 2016-2018, Amap via Vonng/adcode, WGS84).
    public var point: GeoPoint?

    /// Whether it is an urban subdistrict (街道), whose seat sits in the county town.
    public var isSubdistrict: Bool { type == "街道" }
}

/// A village-level unit (村委会/居委会/其他) from the NBS 2021 list in `villages-*.csv`.
public struct SourceVillage: Sendable, Hashable {
    /// 12-digit NBS statistical code.
    public var code: String
    /// Short name (…村, …社区).
    public var name: String
    /// 村委会, 居委会 or 其他.
    public var kind: String
    /// The 2021 NBS township code and name (kept for units without a 2025 township).
    public var nbsTownship: String, nbsTownshipName: String
    /// The 2021 NBS county code (can be a development-zone pseudo-county).
    public var nbsCounty: String
    /// The 2025 MCA township and county, where the crosswalk found one.
    public var township: String?, county: String?
    /// A point from the 2016 dataset where the code and name still match (3.5% of units).
    public var point: GeoPoint?

    /// Whether the unit is an urban community: 居委会, or 其他 whose name says 社区.
    public var isCommunity: Bool {
        kind == "居委会" || (kind == "其他" && name.contains("社区"))
    }
}

/// A named site from `sites.csv`: a logistics park (candidate regional hub) or a bus station (客货邮 candidate).
public struct SourceSite: Sendable, Hashable {
    /// Node id in the network.
    public var id: String
    /// Display name.
    public var name: String
    /// `regional-hub` or `candidate-site`.
    public var kind: String
    /// The county's 6-digit adcode.
    public var county: String
    /// Approximate position, WGS84.
    public var point: GeoPoint
    /// How far off the position may be, in km.
    public var uncertaintyKm: Double
    /// Labels such as `bus-station` or `logistics-park`.
    public var tags: [String]
    /// Where the position comes from.
    public var basis: String
    /// Yearly fixed (upgrade) cost and capacity in parcels a day, when the table gives them (`nil`: the
    /// ``SiteModel`` default for the site's kind).
    public var fixedCost: Double? = nil
    public var capacity: Double? = nil
}

/// A farm product collected in a county (农产品上行), from `produce.csv`.
public struct SourceProduce: Sendable, Hashable {
    /// The county's 6-digit adcode.
    public var county: String
    /// What is collected (e.g. `apricot`).
    public var product: String
    /// Whether it needs refrigerated vehicles.
    public var coldChain: Bool
    /// Parcels collected in the county per year.
    public var parcelsPerYear: Double
    /// Days over which collection happens (a harvest season or the whole year).
    public var seasonDays: Double
    /// Share of the county's villages (村委会) that produce it.
    public var villageShare: Double
    /// Where the numbers come from.
    public var basis: String
}

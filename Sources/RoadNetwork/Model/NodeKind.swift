// The roles a place plays in the three-level parcel network.

/// What a node of the network is.
///
/// The raw values are the spelling used in every file format (`"county-center"`, not `countyCenter`).
public enum NodeKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// A village committee (村委会): a delivery point with a village service station.
    case village
    /// An urban or residential community (居委会): a delivery point inside a town.
    case community
    /// A township seat (乡/镇/街道): a delivery point and, often, a candidate site.
    case township
    /// A county center: the county seat or an existing county express-logistics center.
    case countyCenter = "county-center"
    /// A site where a county center (or a station) could be built.
    case candidateSite = "candidate-site"
    /// A regional distribution hub, existing or candidate (`site.existing` tells which).
    case regionalHub = "regional-hub"
    /// A carrier's own depot (used when carriers deliver alone); `carrier` names its owner.
    case carrierDepot = "carrier-depot"
    /// A city outside the planned area that direct lines run to (Beijing, Hohhot, ...); `gateway` holds its
    /// province and per-carrier flows. Not a demand point: its parcels enter and leave through the hubs.
    case gateway

    /// Whether parcels are delivered to (and picked up at) nodes of this kind.
    public var isDemandPoint: Bool {
        switch self {
        case .village, .community, .township: true
        default: false
        }
    }

    public static func < (a: NodeKind, b: NodeKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

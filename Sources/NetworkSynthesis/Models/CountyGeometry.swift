// Where a county plausibly is: inside its polygon where one is vendored, else from its centroid, area and known points.
import RoadNetwork

/// The plausible area of a county: a disk around its centroid, kept out of its neighbours' cores.
///
/// The source tables carry a centroid and an area per county but no boundary. A county is modelled as the disk
/// of its area (radius `R = sqrt(area / pi)`), widened to cover every point the data places in it
/// (`plausibleRadiusKm = max(1.25 R, 1.1 x` the farthest known seat, township or village point`)`). A modelled
/// point must also stay out of every other county's core, the disk of `0.5 R` around that county's centroid, so
/// villages of a county never land in the middle of a neighbour (a city district inside a county, say). Counties
/// whose centroid lies outside them (ring-shaped units such as 沧县) have no core.
///
/// Where the county's polygon is known (``outline``, from `Networks/sources/boundaries/`), a modelled point is
/// plausible exactly when it lies inside the polygon, and the disk and cores no longer apply.
public struct CountyGeometry: Sendable {
    /// The county's centroid.
    public let centroid: GeoPoint
    /// Radius of the disk with the county's area, km.
    public let radiusKm: Double
    /// Radius of the plausible disk around the centroid, km.
    public let plausibleRadiusKm: Double
    /// Cores of the counties whose core can reach this county's plausible disk: centre and radius.
    let neighbourCores: [(centre: GeoPoint, radiusKm: Double)]
    /// The county's polygon, when vendored.
    public let outline: CountyBoundary?

    /// The share of the area radius that counts as a county's core.
    public static let coreShare = 0.5
    /// The plausible disk is at least this many area radii wide.
    public static let minimumRadiusShare = 1.25
    /// The plausible disk reaches this factor beyond the farthest known point.
    public static let knownPointMargin = 1.1

    /// Builds the geometry of `county`; `known` are the data's points in it, `all` every county of the tables.
    public init(county: SourceCounty, known: [GeoPoint], all: [SourceCounty], outline: CountyBoundary? = nil) {
        self.outline = outline
        centroid = county.centroid
        radiusKm = (county.areaKm2 / .pi).squareRoot()
        let farthest = known.reduce(county.centroid.kilometres(to: county.seat)) {
            max($0, county.centroid.kilometres(to: $1))
        }
        plausibleRadiusKm = max(Self.minimumRadiusShare * radiusKm, Self.knownPointMargin * farthest)
        var cores: [(GeoPoint, Double)] = []
        for other in all where other.code != county.code && other.centroidInside {
            let core = Self.coreShare * (other.areaKm2 / .pi).squareRoot()
            if county.centroid.kilometres(to: other.centroid) < plausibleRadiusKm + core {
                cores.append((other.centroid, core))
            }
        }
        neighbourCores = cores
    }

    /// A point inside the county for fallbacks: the centroid when plausible, else the plausible point of a
    /// 24 x 24 grid over the outline's bounds nearest to the centroid (small or ring-shaped districts).
    public var interiorPoint: GeoPoint {
        guard let outline, !isPlausible(centroid) else { return centroid }
        let b = outline.bounds
        var best = centroid, bestKm = Double.infinity
        for i in 0..<24 {
            for j in 0..<24 {
                let p = GeoPoint(
                    lon: b.minLon + (b.maxLon - b.minLon) * (Double(i) + 0.5) / 24,
                    lat: b.minLat + (b.maxLat - b.minLat) * (Double(j) + 0.5) / 24)
                let d = p.kilometres(to: centroid)
                if d < bestKm, outline.contains(lon: p.lon, lat: p.lat) { best = p; bestKm = d }
            }
        }
        return best
    }

    /// Whether a modelled point may lie in this county.
    public func isPlausible(_ point: GeoPoint) -> Bool {
        if let outline { return outline.contains(lon: point.lon, lat: point.lat) }
        guard point.kilometres(to: centroid) <= plausibleRadiusKm else { return false }
        for core in neighbourCores where point.kilometres(to: core.centre) < core.radiusKm {
            return false
        }
        return true
    }

    /// Whether a point lies in the plausible disk (the test every village, modelled or not, must pass).
    public func isWithinPlausibleDisk(_ point: GeoPoint) -> Bool {
        point.kilometres(to: centroid) <= plausibleRadiusKm + 1e-6
    }
}

// Places township seats the data lacks and every village without a point, around its township seat.
import SolverControl

/// A township seat as placed: where it is, how far its villages spread, and whether the data gave the point.
public struct PlacedTownship: Sendable, Hashable {
    /// The 2025 MCA adcode, or `nil` for a 2021 township the crosswalk could not match (see `nbsCode`).
    public var code: String?
    /// The 2021 NBS township code, for units without a 2025 township.
    public var nbsCode: String?
    /// Display name.
    public var name: String
    /// Whether it is an urban subdistrict (街道).
    public var isSubdistrict: Bool
    /// The seat, WGS84.
    public var anchor: GeoPoint
    /// Radius of the disk its modelled villages are drawn in, km.
    public var radiusKm: Double
    /// Whether the seat position is modelled rather than taken from the data.
    public var modelled: Bool
}

/// The positions of one county's townships and villages.
public struct CountyPlacement: Sendable {
    /// Townships in adcode order, then 2021-only townships in NBS code order.
    public var townships: [PlacedTownship]
    /// One entry per input village: its position.
    public var villagePoints: [GeoPoint]
    /// One entry per input village: the index of its township in `townships`.
    public var villageTownship: [Int]
}

/// The seeded position model (documented in Networks/README.md).
///
/// "Plausible" below is ``CountyGeometry/isPlausible(_:)``: inside the county's polygon where one is vendored
/// (Hebei and Shanxi), else the disk-and-cores rule.
///
/// - A township without a point whose villages have known points: the known village point nearest to their
///   mean (a real place of the township, so the seat never lands far from its own villages).
/// - Any other township without a point: a 街道 goes to a uniform point within `subdistrictScatterKm` of the
///   county seat (the data's README: urban subdistricts lie within a few km of it) when one is plausible; any
///   other township (and such a 街道) goes to the best of `candidateCount` uniform points in the disk of `candidateRadiusShare x R` around the county
///   centroid, the one farthest from every seat already known, so it fills the gap the missing township leaves.
/// - Urban communities (社区, 居委会) without a point are drawn within `communityMaximumRadiusKm` of their
///   township's seat: they are streets of the town, not outlying villages.
/// - Villages of a township are drawn uniformly in a disk around its seat whose area is the township's share of
///   the county's area, taking its share of the county's village-level units as that share:
///   `r = sqrt(area x units_t / units_county / pi)`, at least `minimumRadiusKm`, at most
///   `maximumRadiusShare x R`, and at most `subdistrictMaximumRadiusKm` for a 街道. A draw outside the county's
///   plausible area (``CountyGeometry``) is redrawn, up to `attempts` times, then the seat itself is used.
/// - Villages whose 2021 township has no 2025 match are grouped by their 2021 township, which is placed like a
///   township without a point.
public enum PositionModel {
    /// Radius around the county seat for subdistricts without a point, km.
    public static let subdistrictScatterKm = 3.0
    /// Largest village disk of a subdistrict, km.
    public static let subdistrictMaximumRadiusKm = 2.5
    /// Smallest village disk, km.
    public static let minimumRadiusKm = 1.0
    /// Largest village disk, as a share of the county's area radius.
    public static let maximumRadiusShare = 0.6
    /// Candidates drawn for a township without a point.
    public static let candidateCount = 16
    /// Candidates lie within this share of the area radius around the centroid.
    public static let candidateRadiusShare = 0.8
    /// Redraws of a village that falls outside the county.
    public static let attempts = 32
    /// Largest disk of a modelled urban community around its township seat, km.
    public static let communityMaximumRadiusKm = 2.0

    /// Places the townships and villages of `county`.
    public static func place(
        county: SourceCounty, townships: [SourceTownship], villages: [SourceVillage], geometry: CountyGeometry,
        seed: UInt64
    ) -> CountyPlacement {
        var placed: [PlacedTownship] = []
        var index: [String: Int] = [:]
        for township in townships {
            index[township.code] = placed.count
            placed.append(
                PlacedTownship(
                    code: township.code, nbsCode: nil, name: township.name, isSubdistrict: township.isSubdistrict,
                    anchor: township.point ?? county.seat, radiusKm: 0, modelled: township.point == nil))
        }
        for village in villages where village.township.flatMap({ index[$0] }) == nil {
            let key = "nbs:" + village.nbsTownship
            guard index[key] == nil else { continue }
            index[key] = placed.count
            placed.append(
                PlacedTownship(
                    code: nil, nbsCode: village.nbsTownship, name: village.nbsTownshipName,
                    isSubdistrict: village.nbsTownshipName.hasSuffix("街道"), anchor: county.seat, radiusKm: 0,
                    modelled: true))
        }
        let villageTownship = villages.map { v in v.township.flatMap { index[$0] } ?? index["nbs:" + v.nbsTownship]! }

        var random = SeedStreams.generator(seed: seed, county: county.code, purpose: .townshipPositions)
        var known = [county.seat] + placed.filter { !$0.modelled }.map(\.anchor)
        var villagePoints = [[GeoPoint]](repeating: [], count: placed.count)
        for (v, village) in villages.enumerated() {
            if let p = village.point { villagePoints[villageTownship[v]].append(p) }
        }
        for i in placed.indices where placed[i].modelled {
            // Both draws always happen, so a township's own points never shift another township's draw. A
            // subdistrict whose seat-side draws all fall outside the county (a small city district) fills a gap.
            let near = scatter(around: county.seat, radiusKm: subdistrictScatterKm, geometry: geometry, random: &random)
            let gap = fillGap(known: known, geometry: geometry, random: &random)
            let drawn = placed[i].isSubdistrict && geometry.isPlausible(near) ? near : gap
            placed[i].anchor = medoid(villagePoints[i]) ?? drawn
            known.append(placed[i].anchor)
        }

        var units = Array(repeating: 0, count: placed.count)
        for t in villageTownship { units[t] += 1 }
        let area = county.areaKm2, total = max(villages.count, 1)
        for i in placed.indices {
            let share = villages.isEmpty ? 1 / Double(placed.count) : Double(units[i]) / Double(total)
            var r = (area * share / .pi).squareRoot()
            r = min(max(r, minimumRadiusKm), maximumRadiusShare * geometry.radiusKm)
            if placed[i].isSubdistrict { r = min(r, subdistrictMaximumRadiusKm) }
            placed[i].radiusKm = max(r, minimumRadiusKm)
        }

        var villageRandom = SeedStreams.generator(seed: seed, county: county.code, purpose: .villagePositions)
        let points = villages.indices.map { v -> GeoPoint in
            // Every village draws the same number of numbers, so one village's outcome never shifts another's.
            let township = placed[villageTownship[v]]
            let radius = villages[v].isCommunity ? min(township.radiusKm, communityMaximumRadiusKm) : township.radiusKm
            let draw = scatter(around: township.anchor, radiusKm: radius, geometry: geometry, random: &villageRandom)
            return (villages[v].point ?? draw).rounded
        }
        for i in placed.indices { placed[i].anchor = placed[i].anchor.rounded }
        return CountyPlacement(townships: placed, villagePoints: points, villageTownship: villageTownship)
    }

    /// A uniform point in the disk that is plausible for the county, or the centre after `attempts` misses.
    ///
    /// Always consumes `2 x attempts` random numbers, so the stream stays aligned whatever happens.
    static func scatter(
        around centre: GeoPoint, radiusKm: Double, geometry: CountyGeometry, random: inout SeededGenerator
    ) -> GeoPoint {
        var chosen: GeoPoint?
        for _ in 0..<attempts {
            let p = random.pointInDisk(around: centre, radiusKm: radiusKm)
            if chosen == nil, geometry.isPlausible(p) { chosen = p }
        }
        return chosen ?? centre
    }

    /// The point of `points` nearest to their mean, or nil when there are none.
    static func medoid(_ points: [GeoPoint]) -> GeoPoint? {
        guard !points.isEmpty else { return nil }
        let n = Double(points.count)
        let mean = GeoPoint(lon: points.reduce(0) { $0 + $1.lon } / n, lat: points.reduce(0) { $0 + $1.lat } / n)
        return points.min { $0.kilometres(to: mean) < $1.kilometres(to: mean) }
    }

    /// The candidate farthest from every known seat, among `candidateCount` plausible draws near the centroid.
    static func fillGap(known: [GeoPoint], geometry: CountyGeometry, random: inout SeededGenerator) -> GeoPoint {
        // With no plausible candidate, a point inside the county beats a centroid a ring-shaped one does not contain.
        var best = geometry.interiorPoint, bestDistance = -1.0
        for _ in 0..<candidateCount {
            let p = random.pointInDisk(around: geometry.centroid, radiusKm: candidateRadiusShare * geometry.radiusKm)
            guard geometry.isPlausible(p) else { continue }
            let nearest = known.reduce(Double.infinity) { min($0, p.kilometres(to: $1)) }
            if nearest > bestDistance { best = p; bestDistance = nearest }
        }
        return best
    }
}

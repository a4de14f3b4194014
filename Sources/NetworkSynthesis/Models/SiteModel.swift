// What candidate sites cost and hold, and how long a van stops at a village: the documented defaults.
import Foundation
import RoadNetwork

/// Site sizes and costs, stop times and opening hours (documented in Networks/README.md).
///
/// Money is annualised yuan per year (construction spread over its life plus fixed running cost); capacities are
/// parcels sorted per day. These are the modeller's assumptions: no site-level costs are published. For scale,
/// Datong's one-time award to a firm that builds a regional center is at most 300,000 yuan, a few percent of a
/// regional hub's yearly cost here.
public enum SiteModel {
    /// A county center is sized for this multiple of its county's parcels (deliveries plus pickups): Hebei's plan
    /// asks for capacity "moderately ahead of demand".
    public static let countyCenterHeadroom = 1.5
    /// County-center capacities are rounded up to a multiple of this many parcels a day.
    public static let capacityStep = 1000.0
    /// Yearly fixed cost of a county center at the county seat, before its size term.
    public static let seatBaseCost = 600_000.0
    /// Yearly fixed cost of a county center at a township seat (cheaper land), before its size term.
    public static let townshipBaseCost = 450_000.0
    /// Yearly cost per parcel-a-day of county-center capacity.
    public static let costPerDailyParcel = 20.0
    /// Capacity of a regional hub: Datong's 600 million a year is about 1.64 million a day, over 3-5 hubs.
    public static let regionalHubCapacity = 400_000.0
    /// Yearly fixed cost of a new regional hub at a county seat.
    public static let regionalHubCost = 8_000_000.0
    /// Yearly fixed cost of a regional hub in an existing logistics park (upgrade, land and buildings exist).
    public static let parkHubCost = 5_000_000.0
    /// Capacity of parcel handling in a bus station's idle space (客货邮融合).
    public static let busStationCapacity = 3_000.0
    /// Yearly fixed cost of fitting out a bus station.
    public static let busStationCost = 150_000.0

    /// Minutes at a village stop: fixed part, per parcel, cap. About 2 s a parcel for the hand-over scan.
    public static let villageService = (fixed: 4.0, perParcel: 0.03, cap: 30.0)
    /// Minutes at a community stop (parking, more parcels).
    public static let communityService = (fixed: 6.0, perParcel: 0.03, cap: 60.0)
    /// Opening hours of a village service station: 08:00-18:00.
    public static let villageWindow = TimeWindow(open: 480, close: 1080)

    /// Capacity of a county center for a county with `parcels` a day.
    public static func countyCenterCapacity(parcels: Double) -> Double {
        max(capacityStep, (countyCenterHeadroom * parcels / capacityStep).rounded(.up) * capacityStep)
    }

    /// Yearly fixed cost of a county center of `capacity` at the seat or at a township seat.
    public static func countyCenterCost(capacity: Double, atSeat: Bool) -> Double {
        (atSeat ? seatBaseCost : townshipBaseCost) + costPerDailyParcel * capacity
    }

    /// Stop minutes for a unit receiving `parcels` and shipping `pickups` a day, to 0.1 min.
    public static func serviceMinutes(parcels: Double, pickups: Double, community: Bool) -> Double {
        let s = community ? communityService : villageService
        return (min(s.cap, s.fixed + s.perParcel * (parcels + pickups)) * 10).rounded() / 10
    }
}

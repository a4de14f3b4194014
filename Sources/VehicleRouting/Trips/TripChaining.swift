// Several trips per vehicle a day: chains the routes of a solution into vehicle-days within each shift.

/// One vehicle's day: the routes (trips) it runs in order and when each leaves the depot.
public struct VehicleDay: Sendable, Equatable, Codable {
    /// Index into ``ProblemData/vehicleTypes``.
    public var vehicleType: Int
    /// Indices into the solution's routes, in the order they are run.
    public var trips: [Int]
    /// The departure time of each trip.
    public var departures: [Int]
    /// When the last trip is back.
    public var end: Int
}

/// The vehicle-days of a solution and whether they fit the fleet.
public struct TripPlan: Sendable, Equatable {
    /// Every vehicle's day.
    public var days: [VehicleDay]
    /// Per vehicle type: the vehicles the days need.
    public var vehiclesNeeded: [Int]
    /// Whether no type needs more vehicles than it has (count) and no day runs more than `maxTrips` trips.
    public var fitsFleet: Bool
}

/// Chains routes into vehicle-days after solving (the "several trips a day" option).
///
/// The search treats each trip as a route of its own type, feasible within the shift (each trip's time windows,
/// duration and distance hold), with `count × maxTrips` routes available per type; a trip's fixed cost is
/// charged per trip. Afterwards this step packs the trips of each type (and depot) into days: each trip has a
/// window of departure times that keep it on time, [earliest, latest], and lasts its minimal duration when it
/// leaves inside it; trips are taken by earliest departure and each goes to the open day that is free soonest
/// enough to leave before its latest departure (best fit: the latest such end), or opens a new day. The
/// reloading time between trips is taken as zero. The result is checked against the fleet: if a type needs
/// more vehicles than it has, the plan does not fit (the solver then reports the solution infeasible). This
/// is a greedy packing, not an optimisation of the days jointly with the routes: the honest simple approach.
public enum TripChaining {
    /// The vehicle-days of `solution` (whose routes must be valid for `data`).
    public static func chain(_ solution: Solution, data: ProblemData) -> TripPlan {
        var days: [VehicleDay] = []
        var needed = [Int](repeating: 0, count: data.vehicleTypes.count)
        var fits = true
        for (t, type) in data.vehicleTypes.enumerated() {
            var trips: [(index: Int, earliest: Int, latest: Int, duration: Int)] = []
            for (r, route) in solution.routes.enumerated() where route.vehicleType == t {
                let time = RouteSummary(route.visits, type: type, data: data).time
                trips.append((r, time.earliest, max(time.earliest, time.latest), time.duration))
            }
            trips.sort { $0.earliest != $1.earliest ? $0.earliest < $1.earliest : $0.index < $1.index }
            var typeDays: [VehicleDay] = []
            for trip in trips {
                var chosen = -1
                for (d, day) in typeDays.enumerated()
                where day.trips.count < type.maxTrips && day.end <= trip.latest {
                    if chosen < 0 || day.end > typeDays[chosen].end { chosen = d }
                }
                if chosen < 0 {
                    typeDays.append(
                        VehicleDay(
                            vehicleType: t, trips: [trip.index], departures: [trip.earliest],
                            end: trip.earliest + trip.duration))
                } else {
                    let departure = max(trip.earliest, typeDays[chosen].end)
                    typeDays[chosen].trips.append(trip.index)
                    typeDays[chosen].departures.append(departure)
                    typeDays[chosen].end = departure + trip.duration
                }
            }
            needed[t] = typeDays.count
            if let count = type.count, typeDays.count > count { fits = false }
            days += typeDays
        }
        return TripPlan(days: days, vehiclesNeeded: needed, fitsFleet: fits)
    }
}

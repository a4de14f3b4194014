// A direct truck line (county center -> hub feeder, or hub -> gateway): trips a day, ETC tolls and cost a year.
import Foundation

/// The price of one firm's direct line: trucks run out and back, as many round trips a day as the busier
/// direction needs (`ceil(max(forward, back) / truckParcels)`, at least one when anything moves).
///
/// Tolls are ETC truck tolls per km on both legs; cost is truck-km (fuel, driver, vehicle) plus tolls. The same
/// rates hold for feeder and gateway lines: the county roads' toll-free stretches are not modelled.
public struct DirectLine: Sendable, Equatable {
    /// Road km one way.
    public var km: Double
    /// Parcels a day from the line's start to its end, and back.
    public var forward: Double
    public var back: Double
    /// Round trips a day, yearly ETC tolls and yearly cost (tolls included).
    public var tripsPerDay: Int
    public var tolls: Double
    public var cost: Double

    /// Prices a line of `km` carrying `forward` and `back` parcels a day under `rates`.
    public init(km: Double, forward: Double, back: Double, rates: Scenario.Rates) {
        self.km = km
        self.forward = forward
        self.back = back
        let busier = max(forward, back)
        tripsPerDay = busier > 1e-9 ? Int((busier / rates.truckParcels * (1 - 1e-12)).rounded(.up)) : 0
        let truckKm = Double(tripsPerDay) * 2 * km * rates.daysPerYear
        tolls = truckKm * rates.truckTollPerKm
        cost = truckKm * rates.truckCostPerKm + tolls
    }
}

// The public figures the parcel model is calibrated to, and the per-capita rates derived from them.

/// Parcels delivered per resident per year, urban and rural: the whole demand model in two numbers.
public struct DemandRates: Sendable, Hashable {
    /// Parcels delivered per urban resident (census 城镇) per year.
    public var urbanPerYear: Double
    /// Parcels delivered per rural resident (census 乡村) per year.
    public var ruralPerYear: Double

    /// Creates rates.
    public init(urbanPerYear: Double, ruralPerYear: Double) {
        self.urbanPerYear = urbanPerYear; self.ruralPerYear = ruralPerYear
    }

    /// Parcels delivered in `county` per day.
    public func parcelsPerDay(_ county: SourceCounty) -> Double {
        (urbanPerYear * Double(county.urban) + ruralPerYear * Double(county.rural)) / 365
    }
}

/// Calibration figures, each with its source (Networks/README.md repeats them).
public enum DemandCalibration {
    /// China's express parcels in 2022: 110.58 billion (State Post Bureau, 2022 postal statistics bulletin).
    public static let nationalParcels2022 = 1105.8e8
    /// Parcels collected and delivered in rural areas in 2022: over 40 billion (State Post Bureau, 2022 review).
    public static let ruralCollectedAndDelivered2022 = 400e8
    /// Urban and rural residents at the end of 2022: 920.71 and 491.04 million (NBS, 2022 statistical communiqué).
    public static let urbanResidents2022 = 920.71e6, ruralResidents2022 = 491.04e6

    /// Rural parcels delivered per resident per year: half of the rural collected-plus-delivered total (the
    /// modeller's split; rural areas both receive and send) over the rural population: 40.7.
    public static var ruralPerCapita: Double { ruralCollectedAndDelivered2022 / 2 / ruralResidents2022 }

    /// Urban parcels delivered per resident per year: every domestic parcel is collected once and delivered once,
    /// so deliveries equal collections nationally; the rural half taken off, the rest over the urban population:
    /// (110.58 - 20) billion / 920.71 million = 98.4.
    public static var urbanPerCapita: Double {
        (nationalParcels2022 - ruralCollectedAndDelivered2022 / 2) / urbanResidents2022
    }

    /// National rates of 2022: Hebei's networks use them (the seeds give Hebei no volume target).
    public static var national: DemandRates {
        DemandRates(urbanPerYear: urbanPerCapita, ruralPerYear: ruralPerCapita)
    }

    /// Datong's goal: 600 million parcels a year handled by the end of 2027 (Datong action plan, Aug 2025).
    public static let datongParcelsPerYear2027 = 600e6
    /// Share of that goal delivered to addresses in Datong (the rest is collected in Datong or sorted through its
    /// regional centers for elsewhere): the modeller's assumption, as no split is published.
    public static let datongDeliveredShare = 0.5

    /// Parcels delivered in Datong per day under the 2027 goal: 600e6 x 0.5 / 365 = 821,917.8.
    public static var datongParcelsPerDay: Double { datongParcelsPerYear2027 * datongDeliveredShare / 365 }

    /// Datong's rates: rural at the national per-capita figure, urban calibrated so that the city's ten county-level
    /// divisions together receive ``datongParcelsPerDay``.
    public static func datong(counties: [SourceCounty]) -> DemandRates {
        let datong = counties.filter { $0.code.hasPrefix(datongPrefix) }
        let urban = Double(datong.reduce(0) { $0 + $1.urban })
        let rural = Double(datong.reduce(0) { $0 + $1.rural })
        let target = datongParcelsPerDay * 365
        return DemandRates(
            urbanPerYear: urban > 0 ? (target - ruralPerCapita * rural) / urban : 0, ruralPerYear: ruralPerCapita)
    }

    /// Datong's adcode prefix.
    public static let datongPrefix = "1402"

    /// The rates that apply to `county`: Datong's for Datong's counties, national ones elsewhere.
    public static func rates(for county: SourceCounty, all counties: [SourceCounty]) -> DemandRates {
        county.code.hasPrefix(datongPrefix) ? datong(counties: counties) : national
    }
}

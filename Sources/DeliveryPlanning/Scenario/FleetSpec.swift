// The vans a county center runs: capacity, costs, count, cold chain and CO2, with documented rural defaults.
import Foundation

/// One kind of delivery vehicle of a county's fleet.
///
/// Money is in yuan, loads in parcels (farm-produce pickups count as parcel-equivalents), distance in km.
public struct VanType: Codable, Sendable, Hashable {
    /// A label for tables ("van", "cold van").
    public var name: String
    /// Parcels the van carries at any point of its route.
    public var capacityParcels: Int
    /// Cost of having the van (and its driver's base pay) out for the day, yuan.
    public var fixedCostPerDay: Double
    /// Running cost per km (fuel, tyres, maintenance), yuan.
    public var costPerKm: Double
    /// Cost per hour on the road (driver's time), yuan.
    public var costPerHour: Double
    /// Vans of this type available per depot; `nil` means as many as needed.
    public var count: Int?
    /// Whether the van is refrigerated and may carry cold-chain pickups.
    public var coldChain: Bool
    /// Tailpipe CO2 per km, kg (see ``FleetSpec/dieselVanKgCO2PerKm`` for the default and its source).
    public var kgCO2PerKm: Double

    /// Creates a van type.
    public init(
        name: String, capacityParcels: Int, fixedCostPerDay: Double, costPerKm: Double, costPerHour: Double,
        count: Int? = nil, coldChain: Bool = false, kgCO2PerKm: Double = FleetSpec.dieselVanKgCO2PerKm
    ) {
        self.name = name
        self.capacityParcels = capacityParcels
        self.fixedCostPerDay = fixedCostPerDay
        self.costPerKm = costPerKm
        self.costPerHour = costPerHour
        self.count = count
        self.coldChain = coldChain
        self.kgCO2PerKm = kgCO2PerKm
    }
}

/// The fleet and the working day of a county's delivery: van types, shift length and depot opening hours.
///
/// **Defaults** (``rural``), all overridable field by field (a scenario file or the library caller sets them):
/// - *Van*: a diesel microvan (面包车, the Wuling Rongguang class that carries most village runs), 400 parcels.
///   That is a modelling assumption, not a measured figure: about 4.5 m³ of cargo space at roughly 0.011 m³ per
///   rural parcel including stacking losses.
/// - *Costs*: 60 yuan a day fixed (a ~60,000 yuan van written off over five years of 300 working days, plus
///   insurance); 0.9 yuan/km (about 9 L/100 km of diesel at about 7.5 yuan/L, plus tyres and maintenance);
///   30 yuan per hour of driver's time (a county driver's ~6,000 yuan a month over ~200 hours). Assumptions to
///   be replaced by a county's own figures.
/// - *Cold van*: a refrigerated light van for cold-chain produce (beef, mutton): 250 parcels, 110 yuan a day,
///   1.2 yuan/km, 30 yuan/h, 20% more CO2 for the refrigeration unit; as many as needed (their higher cost keeps
///   the search from using them where a plain van will do).
/// - *CO2*: ``dieselVanKgCO2PerKm``.
/// - *Shift*: 8 hours out and back (``shiftHours``); the depot opens 07:00-19:00 (``depotOpenMinute`` and
///   ``depotCloseMinute``, minutes after midnight). Speeds come from the network (road times, or its fallback
///   km/h where it has no roads).
public struct FleetSpec: Codable, Sendable, Hashable {
    /// The van types, the default one first.
    public var vans: [VanType]
    /// Longest route, from leaving the depot to coming back, hours.
    public var shiftHours: Double
    /// When the depot opens and closes, minutes after midnight.
    public var depotOpenMinute: Double
    /// When the depot closes, minutes after midnight.
    public var depotCloseMinute: Double
    /// Service minutes at a stop whose node gives none.
    public var defaultServiceMinutes: Double

    /// Creates a fleet.
    public init(
        vans: [VanType], shiftHours: Double = 8, depotOpenMinute: Double = 420, depotCloseMinute: Double = 1140,
        defaultServiceMinutes: Double = 5
    ) {
        self.vans = vans
        self.shiftHours = shiftHours
        self.depotOpenMinute = depotOpenMinute
        self.depotCloseMinute = depotCloseMinute
        self.defaultServiceMinutes = defaultServiceMinutes
    }

    /// Tailpipe CO2 of a light diesel van, kg per km: 0.23 = 9 L/100 km x 2.51 kg CO2e per litre of diesel.
    ///
    /// Source of the per-litre factor: UK Government GHG Conversion Factors for Company Reporting (DESNZ/DEFRA,
    /// 2023), diesel (average biofuel blend), 2.51 kg CO2e/L, as tabulated by the Energy Saving Trust's fleet
    /// decarbonisation toolkit. The 9 L/100 km consumption is the microvan assumption of ``rural``; the result
    /// sits inside DEFRA's per-km range for diesel vans up to 3.5 t (about 0.15-0.27 kg CO2e/km by size class).
    public static let dieselVanKgCO2PerKm = 0.09 * 2.51

    /// The default microvan (see the type's documentation for every number's origin).
    public static let ruralVan = VanType(
        name: "van", capacityParcels: 400, fixedCostPerDay: 60, costPerKm: 0.9,
        costPerHour: 30)

    /// The default refrigerated van.
    public static let coldVan = VanType(
        name: "cold van", capacityParcels: 250, fixedCostPerDay: 110, costPerKm: 1.2,
        costPerHour: 30, coldChain: true,
        kgCO2PerKm: 1.2 * FleetSpec.dieselVanKgCO2PerKm)

    /// Rural vans and cold vans without limit, an 8-hour shift, the depot open 07:00-19:00.
    public static let rural = FleetSpec(vans: [ruralVan, coldVan])

    /// The largest van that may serve a stop (a refrigerated one when `coldChain`), or nil when none may.
    public func largestVan(coldChain: Bool) -> VanType? {
        vans.filter { !coldChain || $0.coldChain }.max { $0.capacityParcels < $1.capacityParcels }
    }

    /// Checks the numbers a planner may have overridden.
    ///
    /// - Throws: ``CountyRoutingError`` (bad input) naming the van type and field.
    public func validate() throws(CountyRoutingError) {
        guard !vans.isEmpty else { throw .badInput("fleet: no van type") }
        for van in vans {
            func bad(_ field: String) -> CountyRoutingError { .badInput("fleet: van type \"\(van.name)\": \(field)") }
            guard van.capacityParcels > 0 else { throw bad("capacityParcels must be positive") }
            guard van.fixedCostPerDay.isFinite, van.fixedCostPerDay >= 0 else {
                throw bad("fixedCostPerDay must be >= 0")
            }
            guard van.costPerKm.isFinite, van.costPerKm >= 0 else { throw bad("costPerKm must be >= 0") }
            guard van.costPerHour.isFinite, van.costPerHour >= 0 else { throw bad("costPerHour must be >= 0") }
            guard van.kgCO2PerKm.isFinite, van.kgCO2PerKm >= 0 else { throw bad("kgCO2PerKm must be >= 0") }
            if let count = van.count, count < 0 { throw bad("count must be >= 0") }
        }
        guard shiftHours.isFinite, shiftHours > 0 else { throw .badInput("fleet: shiftHours must be positive") }
        guard depotOpenMinute >= 0, depotOpenMinute < depotCloseMinute else {
            throw .badInput("fleet: the depot must open (depotOpenMinute) before it closes (depotCloseMinute)")
        }
        guard defaultServiceMinutes >= 0 else { throw .badInput("fleet: defaultServiceMinutes must be >= 0") }
    }

    /// Reads and checks a fleet file: the JSON of this type (`vans`, `shiftHours`, ...), as `hubplan route --fleet`
    /// and a scenario's `fleet.file` take it.
    ///
    /// - Throws: ``CountyRoutingError`` (bad input) naming the file and, for a bad value, the van type and field.
    public static func read(_ path: String) throws(CountyRoutingError) -> FleetSpec {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badInput("\(path): cannot read the fleet file")
        }
        let spec: FleetSpec
        do {
            spec = try JSONDecoder().decode(FleetSpec.self, from: data)
        } catch {
            throw .badInput("\(path): not a fleet (FleetSpec JSON: vans, shiftHours, ...): \(error)")
        }
        do { try spec.validate() } catch { throw .badInput("\(path): \(error.message)") }
        return spec
    }
}

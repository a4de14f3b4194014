// The eight carriers and their national market shares, and the seeded split of a village's parcels among them.
import RoadNetwork
import SolverControl

/// Carriers with their share of China's parcels (documented in Networks/README.md).
///
/// Shares are 2023 parcel volumes over the State Post Bureau's 2023 total of 132.07 billion: ZTO 30.2 billion,
/// YTO 21.2, Yunda 18.8, STO 17.5, J&T (China) 15.3, SF 12.0 (company annual results for 2023). China Post/EMS and
/// JD do not publish parcel counts: the remaining 12.9% (with the small carriers folded in) is split 60/40
/// between them, the modeller's assumption. The eight shares are normalised to sum to one.
public enum CarrierShares {
    /// Carrier, display name, postal backstop flag, 2023 parcels in billions.
    static let table: [(id: String, name: String, postal: Bool, billions: Double)] = [
        ("ems", "China Post / EMS", true, 0.6 * remainder),
        ("sf", "SF Express", false, 12.0),
        ("jd", "JD Logistics", false, 0.4 * remainder),
        ("zto", "ZTO Express", false, 30.2),
        ("yto", "YTO Express", false, 21.2),
        ("yunda", "Yunda Express", false, 18.8),
        ("sto", "STO Express", false, 17.5),
        ("jt", "J&T Express", false, 15.3),
    ]
    /// China's 2023 total, billions (State Post Bureau).
    static let national2023 = 132.07
    private static let remainder = national2023 - (12.0 + 30.2 + 21.2 + 18.8 + 17.5 + 15.3)

    /// The network's carriers, in a fixed order.
    public static var carriers: [Carrier] { table.map { Carrier(id: $0.id, name: $0.name, postal: $0.postal) } }

    /// Each carrier's market share, summing to one, in ``carriers`` order.
    public static var shares: [Double] {
        let total = table.reduce(0) { $0 + $1.billions }
        return table.map { $0.billions / total }
    }

    /// How far a village's share of one carrier may stray from the national share: uniform in +-30%.
    public static let noise = 0.3

    /// Splits `parcels` among the carriers with seeded noise, in tenths of a parcel, summing to `parcels`.
    public static func split(_ parcels: Double, random: inout SeededGenerator) -> [String: Double] {
        let weights = shares.map { $0 * (1 + noise * (2 * random.nextDouble() - 1)) }
        let parts = Apportionment.split(parcels, weights: weights, unit: 0.1)
        var result: [String: Double] = [:]
        for (i, carrier) in table.enumerated() where parts[i] > 0 { result[carrier.id] = parts[i] }
        return result
    }
}

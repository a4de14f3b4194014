// Independent random streams per county and per model, so a subset rebuild reproduces the full build's values.
import Foundation
import SolverControl

/// What a random stream is used for; each model draws from its own stream so changing one leaves the others.
public enum SeedPurpose: UInt64, Sendable {
    /// Township positions that the data lacks.
    case townshipPositions = 1
    /// Village positions around their township seat.
    case villagePositions = 2
    /// Village populations within the county's census total.
    case population = 3
    /// The split of each village's parcels between carriers.
    case carrierSplit = 4
    /// Which villages produce farm pickups, and how much.
    case produce = 5
}

/// Derives the generator of one county and one purpose from the run's seed.
///
/// Streams are keyed by the county's adcode, not by its position in a list, so building one county alone
/// (a sample, a test subset) draws exactly the numbers the whole province's build draws for it.
public enum SeedStreams {
    /// The generator for `county` (6-digit adcode) and `purpose` under the run's `seed`.
    public static func generator(seed: UInt64, county: String, purpose: SeedPurpose) -> SeededGenerator {
        var key = seed
        key = mix(key ^ (UInt64(county) ?? fnv1a(county)))
        key = mix(key ^ (purpose.rawValue &* 0x9E37_79B9_7F4A_7C15))
        return SeededGenerator(seed: key)
    }

    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}

extension SeededGenerator {
    /// A standard normal deviate (Box-Muller), for log-normal village sizes.
    mutating func nextGaussian() -> Double {
        let u1 = max(nextDouble(), 0x1.0p-53), u2 = nextDouble()
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    /// A uniform point in a disk of `radiusKm` around `centre` (the square root makes the density uniform).
    mutating func pointInDisk(around centre: GeoPoint, radiusKm: Double) -> GeoPoint {
        let r = radiusKm * nextDouble().squareRoot(), angle = 2 * .pi * nextDouble()
        return centre.offset(eastKm: r * cos(angle), northKm: r * sin(angle))
    }
}

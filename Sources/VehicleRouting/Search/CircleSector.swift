// The angular sector around the depot that a route's clients span, to limit SWAP* to routes that overlap.
import Foundation

/// An arc of polar angles in [0, 65536), possibly wrapping through 0 (Vidal 2022, SWAP* pruning).
///
/// SWAP* is quadratic in route lengths, so it is tried only for pairs of routes whose sectors around the depot
/// overlap: routes on opposite sides of the depot rarely exchange clients profitably.
struct CircleSector: Equatable {
    /// Start of the arc.
    var start: Int32 = 0
    /// End of the arc, going counter-clockwise from ``start``.
    var end: Int32 = 0

    /// An empty-width sector.
    init() {}

    /// The sector made of one angle.
    init(angle: Int32) {
        start = angle
        end = angle
    }

    /// The integer polar angle (0..<65536) of the vector (dx, dy).
    static func angle(dx: Double, dy: Double) -> Int32 {
        let radians = atan2(dy, dx)
        let turns = radians < 0 ? radians / (2 * .pi) + 1 : radians / (2 * .pi)
        return Int32(turns * 65536) & 65535
    }

    /// Counter-clockwise distance from `a` to `b`.
    @inline(__always) private static func gap(_ a: Int32, _ b: Int32) -> Int32 { (b &- a) & 65535 }

    /// Whether `angle` lies in the arc.
    func contains(_ angle: Int32) -> Bool {
        CircleSector.gap(start, angle) <= CircleSector.gap(start, end)
    }

    /// Grows the arc by the smaller amount needed to include `angle`.
    mutating func extend(_ angle: Int32) {
        guard !contains(angle) else { return }
        if CircleSector.gap(angle, start) <= CircleSector.gap(end, angle) {
            start = angle
        } else {
            end = angle
        }
    }

    /// Whether two arcs share an angle.
    func overlaps(_ other: CircleSector) -> Bool {
        CircleSector.gap(start, other.start) <= CircleSector.gap(start, end)
            || CircleSector.gap(other.start, start) <= CircleSector.gap(other.start, other.end)
    }
}

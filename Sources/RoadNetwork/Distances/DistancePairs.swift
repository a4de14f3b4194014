// Imported or OSRM-computed km and minutes between node pairs, looked up by id, with a log of pairs it lacked.
import Foundation

/// Directed pairs `from -> to` with their km and minutes, as a network's `osm` or `matrix` source holds them.
///
/// Pairs are kept sorted by (from, to) index into ``ids`` for binary search: building ``RoadDistances`` maps
/// each network node to its id index once, and every look-up is then O(log pairs) with no hashing.
/// Pairs a solver asked for and the file lacked are counted in a shared log (the object is shared by every copy
/// of the network), so the plan can list them as warnings whichever model asked.
public final class DistancePairs: @unchecked Sendable, Hashable {
    /// The node ids the pairs name, each once.
    public let ids: [String]
    /// SHA-256 of the file the pairs were read from (recorded in plans), if read from a file.
    public let sha256: String?
    private let keys: [UInt64]
    private let kmValues: [Double]
    private let minuteValues: [Double]
    private let lock = NSLock()
    private var missing: [(String, String)] = []
    private var missingCount = 0

    /// Pairs from parallel arrays; later duplicates of a pair replace earlier ones.
    public init(from: [String], to: [String], km: [Double], minutes: [Double], sha256: String? = nil) {
        precondition(
            from.count == to.count && to.count == km.count && km.count == minutes.count, "pair arrays differ in length")
        var index: [String: Int] = [:], ids: [String] = []
        func id(_ s: String) -> Int {
            if let i = index[s] { return i }
            index[s] = ids.count; ids.append(s); return ids.count - 1
        }
        var entries = from.indices.map { (UInt64(id(from[$0])) << 32 | UInt64(id(to[$0])), $0) }
        entries.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var keys: [UInt64] = [], kmValues: [Double] = [], minuteValues: [Double] = []
        for (key, row) in entries {
            if keys.last == key {
                kmValues[kmValues.count - 1] = km[row]; minuteValues[minuteValues.count - 1] = minutes[row]; continue
            }
            keys.append(key); kmValues.append(km[row]); minuteValues.append(minutes[row])
        }
        self.ids = ids; self.keys = keys; self.kmValues = kmValues; self.minuteValues = minuteValues;
        self.sha256 = sha256
    }

    /// Number of distinct pairs.
    public var count: Int { keys.count }

    /// The position of pair (from, to) given as indices into ``ids``, or nil.
    func find(_ from: Int32, _ to: Int32) -> Int? {
        guard from >= 0, to >= 0 else { return nil }
        let key = UInt64(from) << 32 | UInt64(to)
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < keys.count && keys[lo] == key ? lo : nil
    }

    /// Km of the pair at `position` (from ``find(_:_:)``).
    func km(at position: Int) -> Double { kmValues[position] }
    /// Minutes of the pair at `position`.
    func minutes(at position: Int) -> Double { minuteValues[position] }

    /// Every pair as (from id, to id, km, minutes), in id-index order.
    public var entries: [(from: String, to: String, km: Double, minutes: Double)] {
        keys.indices.map {
            (ids[Int(keys[$0] >> 32)], ids[Int(keys[$0] & 0xffff_ffff)], kmValues[$0], minuteValues[$0])
        }
    }

    /// The km and minutes from `from` to `to`, if the pairs hold them.
    public func lookup(from: String, to: String) -> (km: Double, minutes: Double)? {
        guard let a = ids.firstIndex(of: from), let b = ids.firstIndex(of: to),
            let p = find(Int32(a), Int32(b))
        else { return nil }
        return (kmValues[p], minuteValues[p])
    }

    /// Records that a model needed `from -> to` and got the great-circle fallback (the first 20 are named).
    func recordMissing(_ from: String, _ to: String) {
        lock.lock(); defer { lock.unlock() }
        missingCount += 1
        if missing.count < Self.namedMissing { missing.append((from, to)) }
    }

    /// How many named pairs a warning lists before it only counts.
    static let namedMissing = 20

    /// Warnings for the pairs that fell back so far: one per named pair, then a count of the rest.
    public func fallbackWarnings() -> [String] {
        lock.lock(); defer { lock.unlock() }
        var lines = missing.map {
            "distance: no pair \($0.0) -> \($0.1) in the distance file; great-circle x circuity used"
        }
        if missingCount > missing.count {
            lines.append(
                "distance: \(missingCount - missing.count) more look-ups missing from the distance file used great-circle x circuity"
            )
        }
        return lines
    }

    /// Equal when the pairs are equal (the fallback log is not part of the value).
    public static func == (a: DistancePairs, b: DistancePairs) -> Bool {
        a === b || (a.ids == b.ids && a.keys == b.keys && a.kmValues == b.kmValues && a.minuteValues == b.minuteValues)
    }

    /// Hashes the pair count and ids.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ids)
        hasher.combine(keys)
    }
}

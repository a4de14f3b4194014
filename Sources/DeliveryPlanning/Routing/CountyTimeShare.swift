// A county's routing seconds under a total time limit: its share of what is left, among the counties not yet started.
import Foundation

/// Splits what is left of a plan's time limit among the counties still to route, when each starts.
///
/// A share fixed when the stage starts goes wrong both ways: counties finishing early leave time unused, and
/// overheads the share does not count (building instances, the co-delivery comparison's schemes, writing the
/// files after) push the last counties past the limit. Recomputed as each county starts, from the time then left
/// and the counties not yet started, the error of one county is corrected by the next.
final class CountyTimeShare: @unchecked Sendable {
    // Guards `weightLeft`; counties start on several workers at once.
    private let lock = NSLock()
    private var weightLeft: Double
    private let workers: Int
    private let factor: Double

    /// `total`: the weights of every county to route (their stops); `factor`: wall seconds a county takes per
    /// second of its main search (the co-delivery comparison's schemes run after it).
    init(total: Double, workers: Int, factor: Double) {
        weightLeft = total
        self.workers = max(1, workers)
        self.factor = factor
    }

    /// Seconds of search for a county of `weight` starting with `remaining` seconds left (`nil`: no limit, so
    /// `nil`): `remaining x workers x weight / (weights not yet started) / factor`. The county leaves the pool.
    func start(weight: Double, remaining: Double?) -> Double? {
        lock.lock()
        defer { lock.unlock() }
        let pool = max(weightLeft, weight, 1e-9)
        weightLeft = max(0, weightLeft - weight)
        guard let remaining else { return nil }
        return max(0, remaining) * Double(workers) * weight / pool / factor
    }
}

// Independent work items (counties) on several cores with structured concurrency, results in a fixed order.
import Dispatch
import Foundation

/// Runs independent items on up to `workers` concurrent child tasks and returns their results in item order.
///
/// The plan must not depend on the core count, so:
/// - items start largest first (by `weight`, ties by index), which keeps the last item on the longest
///   path short, but the results come back in item order whatever order they finished in;
/// - each item derives its own seed from the plan's seed and its key (``seed(_:key:)``), never from a shared
///   generator whose state would depend on which item ran first;
/// - when items fail, the error of the first failing item *in start order* is thrown, after every started
///   item has finished. No new item starts once one has failed; since items start in that order, the first
///   failing item has always started, so the error too is the same for any worker count.
///
/// The call blocks its thread until every item is done. With one worker the items run on the calling thread;
/// with more they run as child tasks of a task group on Swift's cooperative pool, so the caller must not be a
/// pool thread itself when the pool is small (the CLI calls from the main thread; tests call from a `Thread`).
public enum ParallelWork {
    /// The default worker count: every core this process may use.
    public static var allCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body(i)` for every `i` in `0..<count`, on up to `workers` items at a time; results in index order.
    public static func map<T: Sendable, Failure: Error>(
        count: Int, workers: Int, weight: (Int) -> Double,
        _ body: @escaping @Sendable (Int) throws(Failure) -> T
    ) throws(Failure) -> [T] {
        let order = (0..<count).sorted { a, b in
            let wa = weight(a), wb = weight(b)
            return wa != wb ? wa > wb : a < b
        }
        var results = [Result<T, Failure>?](repeating: nil, count: count)
        if workers <= 1 || count <= 1 {
            for i in order {
                results[i] = Result { () throws(Failure) -> T in try body(i) }
                if case .failure = results[i] { break }
            }
        } else {
            results = runConcurrently(order: order, count: count, workers: workers, body)
        }
        var values: [T] = []
        values.reserveCapacity(count)
        for i in order {
            if case .failure(let e)? = results[i] { throw e }
        }
        for r in results {
            if case .success(let v)? = r { values.append(v) }
        }
        return values
    }

    /// A seed for one item, derived from the plan's seed and the item's key (a county code): the same on every
    /// machine and whatever the order the items ran in (FNV-1a of the key, mixed with the seed by SplitMix64).
    public static func seed(_ base: UInt64, key: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        var z = (base ^ hash) &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The task group, bridged to the blocking caller with a semaphore.
    private static func runConcurrently<T: Sendable, Failure: Error>(
        order: [Int], count: Int, workers: Int, _ body: @escaping @Sendable (Int) throws(Failure) -> T
    ) -> [Result<T, Failure>?] {
        let box = ResultBox<[Result<T, Failure>?]>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            var results = [Result<T, Failure>?](repeating: nil, count: count)
            await withTaskGroup(of: (Int, Result<T, Failure>).self) { group in
                var next = 0
                var failed = false
                func add() {
                    let i = order[next]
                    next += 1
                    group.addTask { (i, Result { () throws(Failure) -> T in try body(i) }) }
                }
                while next < min(workers, order.count) { add() }
                while let (i, result) = await group.next() {
                    results[i] = result
                    if case .failure = result { failed = true }
                    if !failed && next < order.count { add() }
                }
            }
            box.value = results
            done.signal()
        }
        done.wait()
        return box.value ?? []
    }
}

/// Carries the task group's results back to the blocked caller; the semaphore orders the write before the read.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}

/// Counts finished items across worker threads, for progress lines ("12/167 counties").
public final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// A counter at zero.
    public init() {}

    /// Adds one and returns the new count.
    public func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }
}

// One owner for the search's raw buffers: allocates flat typed buffers and frees them all together.

/// Allocates the flat buffers that the search's hot loops read through plain pointers, and frees every one of
/// them when it goes away.
///
/// The search reads its data through `UnsafeMutablePointer`s (no bounds checks, no reference counting, no
/// copy-on-write checks in the inner loop). A type that holds such pointers keeps the `RawBuffers` that made
/// them as a stored property, so no pointer outlives its memory and no `deinit` lists buffers by hand. Only
/// trivial (bitwise-copyable) elements are allowed, so freeing needs no deinitialisation.
final class RawBuffers {
    private var blocks: [UnsafeMutableRawPointer] = []

    /// An empty owner.
    init() {}

    /// A buffer of `count` elements (at least one is allocated), each set to `value`.
    ///
    /// - Complexity: O(`count`).
    func make<Element: BitwiseCopyable>(_ count: Int, _ value: Element) -> UnsafeMutablePointer<Element> {
        let size = max(1, count)
        let pointer = UnsafeMutablePointer<Element>.allocate(capacity: size)
        pointer.initialize(repeating: value, count: size)
        blocks.append(UnsafeMutableRawPointer(pointer))
        return pointer
    }

    /// A buffer holding a copy of `values` (at least one element is allocated).
    ///
    /// - Complexity: O(`values.count`).
    func copy<Element: BitwiseCopyable>(_ values: [Element]) -> UnsafeMutablePointer<Element> {
        let pointer = UnsafeMutablePointer<Element>.allocate(capacity: max(1, values.count))
        values.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.initialize(from: base, count: values.count) }
        }
        blocks.append(UnsafeMutableRawPointer(pointer))
        return pointer
    }

    deinit {
        for block in blocks { block.deallocate() }
    }
}

// Distances and times between two sets of nodes, as flat row-major arrays that solvers index directly.

/// Kilometres and minutes from each of `rows` nodes to each of `cols` nodes.
///
/// Entry (r, c) is at `r * cols + c` in both arrays.
public struct TravelMatrix: Sendable, Hashable {
    /// Number of origins.
    public let rows: Int
    /// Number of destinations.
    public let cols: Int
    /// Kilometres, row-major.
    public internal(set) var km: [Double]
    /// Minutes, row-major.
    public internal(set) var minutes: [Double]

    /// A matrix of zeros.
    public init(rows: Int, cols: Int) {
        self.rows = rows; self.cols = cols
        km = [Double](repeating: 0, count: rows * cols)
        minutes = [Double](repeating: 0, count: rows * cols)
    }

    /// Creates a matrix from row-major arrays of `rows * cols` entries each.
    public init(rows: Int, cols: Int, km: [Double], minutes: [Double]) {
        precondition(
            km.count == rows * cols && minutes.count == rows * cols, "matrix arrays must hold rows * cols entries")
        self.rows = rows; self.cols = cols; self.km = km; self.minutes = minutes
    }

    /// Kilometres from origin `r` to destination `c`.
    @inlinable public func km(_ r: Int, _ c: Int) -> Double { km[r * cols + c] }
    /// Minutes from origin `r` to destination `c`.
    @inlinable public func minutes(_ r: Int, _ c: Int) -> Double { minutes[r * cols + c] }
}

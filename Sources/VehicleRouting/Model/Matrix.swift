// A square matrix of integer costs (distances or durations), stored row-major in one flat array.

/// A square matrix of scaled integer values, row-major.
///
/// Every cost in VehicleRouting is an `Int` (64 bits) in a unit fixed where the data enters (see
/// ``ProblemData/scale``): exact, fast to add and compare, and the same on every machine.
public struct Matrix: Sendable, Equatable {
    /// Number of rows (and columns).
    public let size: Int
    /// The values, row after row: entry (i, j) is at `i * size + j`.
    public private(set) var values: [Int]

    /// A matrix of zeros.
    public init(size: Int) {
        self.size = size
        values = [Int](repeating: 0, count: size * size)
    }

    /// A matrix from row-major values; `values.count` must be `size * size`.
    public init(size: Int, values: [Int]) {
        precondition(values.count == size * size, "a \(size)x\(size) matrix needs \(size * size) values")
        self.size = size
        self.values = values
    }

    /// The entry in row `i`, column `j`.
    public subscript(i: Int, j: Int) -> Int {
        get { values[i * size + j] }
        set { values[i * size + j] = newValue }
    }

    /// Whether (i, j) equals (j, i) everywhere.
    public var isSymmetric: Bool {
        for i in 0..<size {
            for j in (i + 1)..<max(i + 1, size) where values[i * size + j] != values[j * size + i] {
                return false
            }
        }
        return true
    }

    /// The largest entry (0 for an empty matrix).
    public var maximum: Int { values.max() ?? 0 }

    /// The matrix among `locations` only: entry (i, j) is this one's (`locations[i]`, `locations[j]`).
    public func restricted(to locations: [Int]) -> Matrix {
        var values: [Int] = []
        values.reserveCapacity(locations.count * locations.count)
        for i in locations {
            for j in locations { values.append(self[i, j]) }
        }
        return Matrix(size: locations.count, values: values)
    }
}

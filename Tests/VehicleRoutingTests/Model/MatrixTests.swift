// Tests of Matrix: a restriction keeps each chosen pair's entry, in the order the locations are given.
import Testing

@testable import VehicleRouting

@Suite struct MatrixTests {
    @Test func aRestrictionKeepsTheChosenRowsAndColumnsInTheGivenOrder() {
        // Entry (i, j) is 10 i + j, so each value names its place in the whole.
        let whole = Matrix(size: 4, values: (0..<16).map { 10 * ($0 / 4) + $0 % 4 })
        let part = whole.restricted(to: [0, 3, 1])
        #expect(part.size == 3)
        #expect(part.values == [0, 3, 1, 30, 33, 31, 10, 13, 11])
        #expect(whole.restricted(to: []).size == 0)
    }
}

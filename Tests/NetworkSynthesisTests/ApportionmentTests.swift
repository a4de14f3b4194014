// Tests of the largest-remainder split that keeps census and calibration totals exact.
import Testing

@testable import NetworkSynthesis

@Test func splitSumsToTheRoundedTotal() {
    let parts = Apportionment.split(100, weights: [1, 1, 1], unit: 1)
    #expect(parts.reduce(0, +) == 100)
    #expect(parts == [34, 33, 33])
}

@Test func splitInTenthsFollowsWeights() {
    let parts = Apportionment.split(10.05, weights: [3, 1], unit: 0.1)
    #expect(abs(parts.reduce(0, +) - 10.1) < 1e-9 || abs(parts.reduce(0, +) - 10.0) < 1e-9)
    #expect(parts[0] > parts[1] * 2.9)
}

@Test func zeroWeightsShareEqually() {
    #expect(Apportionment.split(4, weights: [0, 0], unit: 1) == [2, 2])
}

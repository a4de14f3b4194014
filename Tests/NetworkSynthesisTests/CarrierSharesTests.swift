// Tests of the carrier split: eight carriers, shares that sum to one, splits that keep the village total.
import SolverControl
import Testing

@testable import NetworkSynthesis

@Test func eightCarriersWithChinaPostAsBackstop() {
    #expect(CarrierShares.carriers.map(\.id) == ["ems", "sf", "jd", "zto", "yto", "yunda", "sto", "jt"])
    #expect(CarrierShares.carriers.filter(\.postal).map(\.id) == ["ems"])
    #expect(abs(CarrierShares.shares.reduce(0, +) - 1) < 1e-12)
    #expect(abs(CarrierShares.shares[3] - 30.2 / 132.07) < 1e-9)
}

@Test func splitKeepsTheTotalAndVariesBySeed() {
    var a = SeededGenerator(seed: 1), b = SeededGenerator(seed: 2)
    let x = CarrierShares.split(123.4, random: &a), y = CarrierShares.split(123.4, random: &b)
    #expect(abs(x.values.reduce(0, +) - 123.4) < 1e-9)
    #expect(x != y)
    #expect(x["zto"]! > x["jd"]!)
}

// Tests of region parsing and of the rebuild arguments quoted in a network's description.
import Testing

@testable import NetworkSynthesis

@Test func regionsByNameAndPrefix() throws {
    #expect(try SynthesisRegion.parse("datong").prefix == "1402")
    #expect(try SynthesisRegion.parse("Hebei").prefix == "13")
    #expect(try SynthesisRegion.parse("140221").prefix == "140221")
    #expect(throws: SynthesisError.self) { try SynthesisRegion.parse("shanxi") }
    #expect(throws: SynthesisError.self) { try SynthesisRegion.parse("1") }
}

@Test func rebuildArgumentsCarryTheCut() {
    let options = SynthesisOptions(
        region: .datong, seed: 7, townships: ["140221100"], villagesPerTownship: 5, syntheticRoads: true)
    #expect(
        options.rebuildArguments
            == "--region datong --seed 7 --townships 140221100 --villages-per-township 5 --synthetic-roads")
}

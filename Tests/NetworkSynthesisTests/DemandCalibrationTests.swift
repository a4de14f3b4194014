// Tests of the calibration: the derived per-capita rates and the network totals they must reproduce.
import RoadNetwork
import Testing

@testable import NetworkSynthesis

@Test func perCapitaRatesFromThePublishedFigures() {
    #expect(abs(DemandCalibration.ruralPerCapita - 40.73) < 0.01)
    #expect(abs(DemandCalibration.urbanPerCapita - 98.38) < 0.01)
    #expect(abs(DemandCalibration.datongParcelsPerDay - 821_917.8) < 0.1)
}

@Test func datongTotalIsTheGoalsDeliveredShare() throws {
    let network = try Fixtures.datong.get()
    let total = network.nodes.reduce(0) { $0 + $1.totalParcels }
    // Each county's total is apportioned in tenths of a parcel: at most 0.05 off per county.
    #expect(abs(total - DemandCalibration.datongParcelsPerDay) <= 0.05 * Double(network.counties.count) + 1e-6)
    let urban = DemandCalibration.datong(counties: try Fixtures.datongData.get().counties).urbanPerYear
    #expect(abs(urban - 118.47) < 0.01)
}

@Test func hebeiTotalFollowsTheNationalRates() throws {
    let network = try Fixtures.hebei.get(), data = try Fixtures.hebeiData.get()
    let expected = data.counties.filter { $0.code.hasPrefix("13") }.reduce(0) {
        $0 + DemandCalibration.national.parcelsPerDay($1)
    }
    let total = network.nodes.reduce(0) { $0 + $1.totalParcels }
    #expect(abs(total - expected) <= 0.05 * 167 + 1e-6)
}
